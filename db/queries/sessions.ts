import { eq, lt } from "drizzle-orm";
import { sessions } from "../schema";
import type { DbOrTx } from "../types";
import { getUserWithScopeBySession, type UserWithScope } from "./users";

export async function insertSession(db: DbOrTx, input: { tokenHash: string; userId: string; expiresAt: Date }) {
  await db.insert(sessions).values(input);
}

/** The active user behind a session, or null when the session is unknown, expired or the user disabled. */
export async function getSessionUser(db: DbOrTx, { tokenHash, now = new Date() }: { tokenHash: string; now?: Date }): Promise<UserWithScope | null> {
  const found = await getUserWithScopeBySession(db, { tokenHash, now });
  if (!found?.user.isActive) return null;
  return found;
}

export async function deleteSession(db: DbOrTx, { tokenHash }: { tokenHash: string }) {
  await db.delete(sessions).where(eq(sessions.tokenHash, tokenHash));
}

export async function deleteSessionsOfUser(db: DbOrTx, { userId }: { userId: string }) {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: DbOrTx, { now = new Date() }: { now?: Date } = {}) {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}

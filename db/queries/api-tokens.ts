import { and, asc, desc, eq, lt, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import { apiTokenState, rateWindow, type ApiTokenState } from "@/lib/api/token";
import { apiRateWindows, apiTokens, departments, orgUnits, type ApiToken } from "../schema";
import type { DbOrTx, Tx } from "../types";

/** A token with its department, district and state, as the admin list shows it (never the hash). */
export interface ApiTokenListItem {
  id: string;
  name: string;
  prefix: string;
  departmentId: string;
  departmentName: string;
  districtName: string;
  createdAt: Date;
  expiresAt: Date | null;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  state: ApiTokenState;
}

export async function insertApiToken(tx: Tx, input: { name: string; departmentId: string; districtId: string; tokenHash: string; prefix: string; expiresAt: Date | null; createdBy: string | null }): Promise<ApiToken> {
  const [row] = await tx.insert(apiTokens).values(input).returning();
  return row;
}

/** Tokens of the departments under `path` (an admin's subtree), newest first. */
export async function listApiTokens(db: DbOrTx, { path, now = new Date() }: { path: string; now?: Date }): Promise<ApiTokenListItem[]> {
  const rows = await db
    .select({
      id: apiTokens.id,
      name: apiTokens.name,
      prefix: apiTokens.prefix,
      departmentId: apiTokens.departmentId,
      departmentName: departments.name,
      districtName: orgUnits.name,
      createdAt: apiTokens.createdAt,
      expiresAt: apiTokens.expiresAt,
      lastUsedAt: apiTokens.lastUsedAt,
      revokedAt: apiTokens.revokedAt,
    })
    .from(apiTokens)
    .innerJoin(departments, eq(departments.id, apiTokens.departmentId))
    .innerJoin(orgUnits, eq(orgUnits.id, apiTokens.districtId))
    .where(sql`${orgUnits.path} like ${path} || '%'`)
    .orderBy(desc(apiTokens.createdAt), asc(apiTokens.id));
  return rows.map((r) => ({ ...r, state: apiTokenState(r, now) }));
}

/** Revokes a token (kept, for the record); revoking twice is refused as a conflict. */
export async function revokeApiToken(tx: Tx, { id, revokedBy, now = new Date() }: { id: string; revokedBy: string | null; now?: Date }): Promise<{ before: ApiToken; after: ApiToken }> {
  const [before] = await tx.select().from(apiTokens).where(eq(apiTokens.id, id)).for("update");
  if (!before) throw new AppError("notFound");
  if (before.revokedAt) throw new AppError("conflict");
  const [after] = await tx.update(apiTokens).set({ revokedAt: now, revokedBy }).where(eq(apiTokens.id, id)).returning();
  return { before, after };
}

export async function getApiTokenById(db: DbOrTx, { id }: { id: string }): Promise<ApiToken | null> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row ?? null;
}

/** The token behind a hash with its district's path and department name, whatever its state (the caller decides). */
export async function getApiTokenByHash(db: DbOrTx, { tokenHash }: { tokenHash: string }) {
  const [row] = await db
    .select({ token: apiTokens, districtPath: orgUnits.path, departmentName: departments.name })
    .from(apiTokens)
    .innerJoin(orgUnits, eq(orgUnits.id, apiTokens.districtId))
    .innerJoin(departments, eq(departments.id, apiTokens.departmentId))
    .where(eq(apiTokens.tokenHash, tokenHash));
  return row ?? null;
}

/**
 * Counts one request of a token in the current minute and stamps its last use, in the database, so every
 * app process shares the count (one atomic upsert). Returns the requests of this minute including this one.
 * The first request of a minute deletes the token's windows older than an hour.
 */
export async function countApiRequest(db: DbOrTx, { tokenId, now = new Date() }: { tokenId: string; now?: Date }): Promise<{ count: number; retryAfterSeconds: number }> {
  const { start, retryAfterSeconds } = rateWindow(now);
  const [row] = await db
    .insert(apiRateWindows)
    .values({ tokenId, windowStart: start, count: 1 })
    .onConflictDoUpdate({ target: [apiRateWindows.tokenId, apiRateWindows.windowStart], set: { count: sql`${apiRateWindows.count} + 1` } })
    .returning({ count: apiRateWindows.count });
  if (row.count === 1) {
    await db.delete(apiRateWindows).where(and(eq(apiRateWindows.tokenId, tokenId), lt(apiRateWindows.windowStart, new Date(start.getTime() - 3_600_000))));
  }
  await db.update(apiTokens).set({ lastUsedAt: now }).where(eq(apiTokens.id, tokenId));
  return { count: row.count, retryAfterSeconds };
}

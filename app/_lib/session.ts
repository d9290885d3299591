import "server-only";
import { cookies, headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { hashSessionToken, newSessionToken, SESSION_COOKIE, SESSION_DAYS } from "@/lib/auth/session-token";
import { deleteSession, getSessionUser, insertSession } from "@/db/queries/sessions";
import type { UserWithScope } from "@/db/queries/users";
import { getDb } from "./db";

/** The signed-in user for this request, or null. Cached per request. */
export const getCurrentUser = cache(async (): Promise<UserWithScope | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return getSessionUser(await getDb(), { tokenHash: hashSessionToken(token) });
});

/** For pages: the user, or a redirect to the login page. */
export async function requireUser(): Promise<UserWithScope> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

export async function startSession(userId: string): Promise<void> {
  const token = newSessionToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * 86_400_000);
  await insertSession(await getDb(), { tokenHash: hashSessionToken(token), userId, expiresAt });
  (await cookies()).set(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: (await headers()).get("x-forwarded-proto") === "https",
    path: "/",
    expires: expiresAt,
  });
}

export async function endSession(): Promise<void> {
  const store = await cookies();
  const token = store.get(SESSION_COOKIE)?.value;
  if (token) await deleteSession(await getDb(), { tokenHash: hashSessionToken(token) });
  store.delete(SESSION_COOKIE);
}

/** The client's address for login throttling (first hop of X-Forwarded-For behind a proxy). */
export async function clientIp(): Promise<string> {
  const h = await headers();
  return h.get("x-forwarded-for")?.split(",")[0]?.trim() || h.get("x-real-ip") || "local";
}

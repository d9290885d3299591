"use server";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { verifyPassword } from "@/lib/auth/password";
import { loginAllowed } from "@/lib/auth/throttle";
import { loginInput } from "@/lib/schemas/auth";
import { recordAudit } from "@/db/queries/audit";
import { countRecentFailures, getUserByUsername, recordLoginAttempt } from "@/db/queries/users";
import type { ActionResult } from "@/app/_lib/action";
import { getDb } from "@/app/_lib/db";
import { clientIp, endSession, getCurrentUser, startSession } from "@/app/_lib/session";

/** A real hash to compare against when the username is unknown, so timing does not reveal which it was. */
const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

export async function login(_prev: ActionResult, form: FormData): Promise<ActionResult> {
  const t = await getTranslations("errors");
  const parsed = loginInput.safeParse(Object.fromEntries(form));
  if (!parsed.success) return { ok: false, message: t("badCredentials"), values: { username: String(form.get("username") ?? "") } };
  const { username, password, next } = parsed.data;
  const db = await getDb();
  const ip = await clientIp();
  const gate = loginAllowed(await countRecentFailures(db, { username, ip }));
  if (!gate.allowed) return { ok: false, message: t("tooManyAttempts", { minutes: gate.retryAfterMinutes }), values: { username } };
  const user = await getUserByUsername(db, { username });
  const matches = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  const succeeded = !!user && user.isActive && matches;
  await recordLoginAttempt(db, { username, ip, succeeded });
  if (!succeeded) return { ok: false, message: t("badCredentials"), values: { username } };
  await startSession(user.id);
  await recordAudit(db, { userId: user.id }, { action: "login", entity: "user", entityId: user.id, after: { ip } });
  redirect(safeNext(next));
}

export async function logout(): Promise<void> {
  const user = await getCurrentUser();
  await endSession();
  if (user) await recordAudit(await getDb(), { userId: user.user.id }, { action: "logout", entity: "user", entityId: user.user.id });
  redirect("/login");
}

/** Only same-site paths: an open redirect after login would be a phishing aid. */
function safeNext(next: string | undefined): string {
  return next && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\") ? next : "/";
}

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieJar, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { hashSessionToken, SESSION_COOKIE } from "@/lib/auth/session-token";
import { THROTTLE } from "@/lib/auth/throttle";
import { getSessionUser } from "@/db/queries/sessions";
import { auditLog, sessions, type User } from "@/db/schema";
import { FACTORY_PASSWORD, seedOrgTree, seedUser } from "@/db/seed/factories";
import { login, logout } from "@/app/(auth)/actions";
import { changePassword } from "@/app/(app)/account/actions";
import { setUserActive } from "@/app/(app)/admin/users/actions";

const t = useTestDb();
let cadre: User;
let admin: User;

function form(values: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.set(k, v);
  return f;
}

/** Runs the login action; a successful login ends in Next's redirect, which we report as "redirect:<path>". */
async function attempt(username: string, password: string, next = "/") {
  try {
    return await login(null, form({ username, password, next }));
  } catch (error) {
    const digest = String((error as { digest?: string }).digest ?? "");
    if (digest.startsWith("NEXT_REDIRECT")) return `redirect:${digest.split(";")[2]}`;
    throw error;
  }
}

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  const tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
  admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
});

describe("login", () => {
  it("signs in with the right password, sets an httpOnly session and audits it", async () => {
    cookieJar.clear();
    expect(await attempt(cadre.username, FACTORY_PASSWORD, "/org-units")).toBe("redirect:/org-units");
    const token = cookieJar.get(SESSION_COOKIE)!;
    const found = await getSessionUser(t.db, { tokenHash: hashSessionToken(token) });
    expect(found?.user.id).toBe(cadre.id);
    const entries = await t.db.select().from(auditLog).where(eq(auditLog.entityId, cadre.id));
    expect(entries.map((e) => e.action)).toContain("login");
  });

  it("never redirects off-site after login", async () => {
    expect(await attempt(cadre.username, FACTORY_PASSWORD, "//evil.example/x")).toBe("redirect:/");
  });

  it("answers the same for an unknown user and a wrong password", async () => {
    expect(await attempt("nobody_here", "whatever1")).toMatchObject({ ok: false, message: "用户名或密码错误。" });
    expect(await attempt(admin.username, "wrong-password1")).toMatchObject({ ok: false, message: "用户名或密码错误。" });
  });

  it("locks a username after repeated failures, even for the right password", async () => {
    const victim = await seedUser(t.db, { role: "village_cadre", orgUnit: (await seedOrgTree(t.db, { towns: 1, villages: 1 })).villages[0][0] });
    for (let i = 0; i < THROTTLE.maxFailuresPerUser; i++) await attempt(victim.username, `guess${i}xx`);
    const locked = await attempt(victim.username, FACTORY_PASSWORD);
    expect(locked).toMatchObject({ ok: false });
    expect((locked as { message: string }).message).toMatch(/登录失败次数过多，请 \d+ 分钟后再试/);
  });

  it("logs out: the session row is gone and the cookie cleared", async () => {
    await signInAs(t.db, cadre);
    const tokenHash = hashSessionToken(cookieJar.get(SESSION_COOKIE)!);
    await expect(logout()).rejects.toMatchObject({ digest: expect.stringContaining("NEXT_REDIRECT") });
    expect(cookieJar.has(SESSION_COOKIE)).toBe(false);
    expect(await t.db.select().from(sessions).where(eq(sessions.tokenHash, tokenHash))).toEqual([]);
  });
});

describe("sessions", () => {
  it("do not outlive their expiry", async () => {
    await signInAs(t.db, cadre);
    const tokenHash = hashSessionToken(cookieJar.get(SESSION_COOKIE)!);
    expect(await getSessionUser(t.db, { tokenHash, now: new Date(Date.now() + 2 * 3_600_000) })).toBeNull();
  });

  it("end when an admin disables the user", async () => {
    const user = await seedUser(t.db, { role: "village_cadre", orgUnit: (await seedOrgTree(t.db, { towns: 1, villages: 1 })).villages[0][0] });
    await signInAs(t.db, user);
    const tokenHash = hashSessionToken(cookieJar.get(SESSION_COOKIE)!);
    await signInAs(t.db, admin);
    expect(await setUserActive(null, { id: user.id, isActive: "false" })).toMatchObject({ ok: true });
    expect(await getSessionUser(t.db, { tokenHash })).toBeNull();
    expect(await attempt(user.username, FACTORY_PASSWORD)).toMatchObject({ ok: false });
  });
});

describe("password change", () => {
  it("needs the current password, a strong new one typed twice, then signs out other devices", async () => {
    const user = await seedUser(t.db, { role: "village_cadre", orgUnit: (await seedOrgTree(t.db, { towns: 1, villages: 1 })).villages[0][0] });
    await signInAs(t.db, user);
    const otherDevice = hashSessionToken(cookieJar.get(SESSION_COOKIE)!);
    expect(await changePassword(null, { currentPassword: "nope1234", newPassword: "newpass2026", confirmPassword: "newpass2026" })).toMatchObject({ ok: false, message: "当前密码不正确。" });
    const weak = await changePassword(null, { currentPassword: FACTORY_PASSWORD, newPassword: "short", confirmPassword: "short" });
    expect(weak).toMatchObject({ ok: false, fieldErrors: { newPassword: ["密码至少 8 位，须同时包含字母和数字"] } });
    const mismatch = await changePassword(null, { currentPassword: FACTORY_PASSWORD, newPassword: "newpass2026", confirmPassword: "newpass2027" });
    expect(mismatch).toMatchObject({ ok: false, fieldErrors: { confirmPassword: ["两次输入的新密码不一致"] } });
    expect(await changePassword(null, { currentPassword: FACTORY_PASSWORD, newPassword: "newpass2026", confirmPassword: "newpass2026" })).toMatchObject({ ok: true });
    expect(await getSessionUser(t.db, { tokenHash: otherDevice })).toBeNull();
    expect(await getSessionUser(t.db, { tokenHash: hashSessionToken(cookieJar.get(SESSION_COOKIE)!) })).not.toBeNull();
    cookieJar.clear();
    expect(await attempt(user.username, "newpass2026")).toBe("redirect:/");
  });
});

import { describe, expect, it } from "vitest";
import { hashPassword, isStrongPassword, verifyPassword } from "./password";
import { can, type Principal } from "./permissions";
import { hashSessionToken, newSessionToken } from "./session-token";
import { loginAllowed, THROTTLE } from "./throttle";

describe("password hashing", () => {
  it("verifies the right password and refuses a wrong one", async () => {
    const stored = await hashPassword("Secret123");
    expect(stored.startsWith("scrypt$32768$8$1$")).toBe(true);
    expect(await verifyPassword("Secret123", stored)).toBe(true);
    expect(await verifyPassword("secret123", stored)).toBe(false);
    expect(await verifyPassword("Secret123", "garbage")).toBe(false);
  });
  it("salts every hash", async () => {
    expect(await hashPassword("Secret123")).not.toBe(await hashPassword("Secret123"));
  });
  it("asks for letters and digits, 8 characters at least", () => {
    expect(isStrongPassword("abc12345")).toBe(true);
    expect(isStrongPassword("abcdefgh")).toBe(false);
    expect(isStrongPassword("a1")).toBe(false);
  });
});

describe("session tokens", () => {
  it("are random and stored only as a hash", () => {
    const a = newSessionToken();
    expect(a).not.toBe(newSessionToken());
    expect(hashSessionToken(a)).toMatch(/^[0-9a-f]{64}$/);
    expect(hashSessionToken(a)).not.toContain(a);
  });
});

describe("loginAllowed", () => {
  const now = new Date("2026-11-22T10:00:00Z");
  it("lets a user with few failures try again", () => {
    expect(loginAllowed({ forUsername: THROTTLE.maxFailuresPerUser - 1, forIp: 0, oldestAt: now }, now)).toEqual({ allowed: true });
  });
  it("locks a username after too many failures and says for how long", () => {
    const oldest = new Date(now.getTime() - 5 * 60_000);
    expect(loginAllowed({ forUsername: THROTTLE.maxFailuresPerUser, forIp: 0, oldestAt: oldest }, now)).toEqual({ allowed: false, retryAfterMinutes: 10 });
  });
  it("locks an address that guesses across many usernames", () => {
    expect(loginAllowed({ forUsername: 0, forIp: THROTTLE.maxFailuresPerIp, oldestAt: now }, now).allowed).toBe(false);
  });
});

describe("can", () => {
  const district = "/c/d/";
  const village = "/c/d/t1/v1/";
  const otherVillage = "/c/d/t2/v9/";
  const user = (role: Principal["role"], orgUnitPath: string, departmentId: string | null = null): Principal => ({
    userId: "u",
    role,
    orgUnitPath,
    districtPath: district,
    departmentId,
  });
  it("lets a cadre fill only its own village", () => {
    const cadre = user("village_cadre", village);
    expect(can(cadre, "oneForm.fill", { orgUnitPath: village })).toBe(true);
    expect(can(cadre, "oneForm.fill", { orgUnitPath: otherVillage })).toBe(false);
  });
  it("lets a town official see but not fill its villages", () => {
    const town = user("town_official", "/c/d/t1/");
    expect(can(town, "oneForm.view", { orgUnitPath: village })).toBe(true);
    expect(can(town, "oneForm.view", { orgUnitPath: otherVillage })).toBe(false);
    expect(can(town, "oneForm.fill", { orgUnitPath: village })).toBe(false);
  });
  it("lets department staff manage only their department's forms", () => {
    const staff = user("department_staff", district, "dept-a");
    expect(can(staff, "form.manage", { orgUnitPath: district, departmentId: "dept-a" })).toBe(true);
    expect(can(staff, "form.manage", { orgUnitPath: district, departmentId: "dept-b" })).toBe(false);
    expect(can(staff, "form.manage", { orgUnitPath: "/c/other/", departmentId: "dept-a" })).toBe(false);
  });
  it("keeps admin pages to admins", () => {
    expect(can(user("admin", "/c/"), "admin.manage")).toBe(true);
    expect(can(user("district_official", district), "admin.manage")).toBe(false);
  });
  it("lets a town official review only its own towns' villages, the district its district's, and nobody else", () => {
    const town = user("town_official", "/c/d/t1/");
    const cadre = user("village_cadre", village);
    const staff = user("department_staff", district, "dept-a");
    const official = user("district_official", district);
    expect(can(town, "review.town", { orgUnitPath: village })).toBe(true);
    expect(can(town, "review.town", { orgUnitPath: otherVillage })).toBe(false);
    expect(can(town, "review.town", { orgUnitPath: "/c/d/t10/v1/" })).toBe(false); // t1 is not a prefix of t10's path
    expect(can(town, "review.district", { orgUnitPath: village })).toBe(false);
    expect(can(cadre, "review.town", { orgUnitPath: village })).toBe(false);
    expect(can(cadre, "review.district", { orgUnitPath: village })).toBe(false);
    expect(can(cadre, "review.view", { orgUnitPath: village })).toBe(false);
    expect(can(staff, "review.town", { orgUnitPath: village, departmentId: "dept-a" })).toBe(false);
    expect(can(staff, "review.district", { orgUnitPath: village, departmentId: "dept-a" })).toBe(false);
    expect(can(staff, "review.view", { orgUnitPath: village })).toBe(false);
    expect(can(official, "review.district", { orgUnitPath: otherVillage })).toBe(true);
    expect(can(official, "review.district", { orgUnitPath: "/c/other/t/v/" })).toBe(false);
    expect(can(official, "review.town", { orgUnitPath: village })).toBe(false);
    expect(can(town, "review.view", { orgUnitPath: otherVillage })).toBe(false);
  });
  it("lets department staff push only for their own department into their own district", () => {
    const staff = user("department_staff", district, "dept-a");
    expect(can(staff, "dataPush.manage", { orgUnitPath: district, departmentId: "dept-a" })).toBe(true);
    expect(can(staff, "dataPush.manage", { orgUnitPath: district, departmentId: "dept-b" })).toBe(false);
    expect(can(staff, "dataPush.manage", { orgUnitPath: "/c/other/", departmentId: "dept-a" })).toBe(false);
    expect(can(user("village_cadre", village), "dataPush.manage", { orgUnitPath: village, departmentId: "dept-a" })).toBe(false);
    expect(can(user("district_official", district), "dataPush.manage", { orgUnitPath: district, departmentId: "dept-a" })).toBe(false);
    expect(can(user("admin", "/c/"), "dataPush.manage", { orgUnitPath: district, departmentId: "dept-a" })).toBe(false);
  });
  it("lets a cadre see its district's forms but not another village", () => {
    const cadre = user("village_cadre", village);
    expect(can(cadre, "form.view", { orgUnitPath: district })).toBe(true);
    expect(can(cadre, "orgUnit.view", { orgUnitPath: otherVillage })).toBe(false);
  });
});

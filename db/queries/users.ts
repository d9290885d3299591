import { and, asc, count, eq, gt, like, min, sql } from "drizzle-orm";
import type { Principal } from "@/lib/auth/permissions";
import { roleFitsLevel, type Role } from "@/lib/auth/roles";
import { THROTTLE, type RecentFailures } from "@/lib/auth/throttle";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { departments, loginAttempts, orgUnits, sessions, users, type User } from "../schema";
import type { DbOrTx, Tx } from "../types";

/** A user with what the UI and authorization need about their org unit and department. */
export interface UserWithScope {
  user: User;
  orgUnitName: string;
  orgUnitLevel: string;
  departmentName: string | null;
  principal: Principal;
}

const districtPathSql = sql<string>`coalesce((select d.path from org_units d where d.level = 'district' and ${orgUnits.path} like d.path || '%'), ${orgUnits.path})`;

function scopedUserQuery(db: DbOrTx) {
  return db
    .select({ user: users, orgUnitName: orgUnits.name, orgUnitLevel: orgUnits.level, orgUnitPath: orgUnits.path, districtPath: districtPathSql, departmentName: departments.name })
    .from(users)
    .innerJoin(orgUnits, eq(users.orgUnitId, orgUnits.id))
    .leftJoin(departments, eq(users.departmentId, departments.id));
}

type ScopedRow = Awaited<ReturnType<ReturnType<typeof scopedUserQuery>["execute"]>>[number];

function toUserWithScope(row: ScopedRow): UserWithScope {
  return {
    user: row.user,
    orgUnitName: row.orgUnitName,
    orgUnitLevel: row.orgUnitLevel,
    departmentName: row.departmentName,
    principal: { userId: row.user.id, role: row.user.role, orgUnitPath: row.orgUnitPath, districtPath: row.districtPath, departmentId: row.user.departmentId },
  };
}

export async function getUserByUsername(db: DbOrTx, { username }: { username: string }): Promise<User | null> {
  const [row] = await db.select().from(users).where(eq(users.username, username));
  return row ?? null;
}

export async function getUserWithScopeById(db: DbOrTx, { id }: { id: string }): Promise<UserWithScope | null> {
  const [row] = await scopedUserQuery(db).where(eq(users.id, id));
  return row ? toUserWithScope(row) : null;
}

/** The user behind an unexpired session, with scope, in one query (every request's first read). */
export async function getUserWithScopeBySession(db: DbOrTx, { tokenHash, now }: { tokenHash: string; now: Date }): Promise<UserWithScope | null> {
  const [row] = await scopedUserQuery(db)
    .innerJoin(sessions, eq(sessions.userId, users.id))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)));
  return row ? toUserWithScope(row) : null;
}

/** Users whose org unit lies under `path`. */
export async function listUsersInSubtree(db: DbOrTx, { path }: { path: string }): Promise<UserWithScope[]> {
  const rows = await scopedUserQuery(db).where(like(orgUnits.path, `${path}%`)).orderBy(asc(users.username));
  return rows.map(toUserWithScope);
}

export interface UserInput {
  username: string;
  displayName: string;
  role: Role;
  orgUnitId: string;
  departmentId: string | null;
  passwordHash: string;
}

export async function insertUser(tx: Tx, input: UserInput): Promise<User> {
  try {
    const [row] = await tx.insert(users).values(input).returning();
    return row;
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("duplicate", { name: input.username });
    throw error;
  }
}

export async function updateUser(tx: Tx, { id, ...changes }: { id: string } & Partial<Omit<UserInput, "username">> & { isActive?: boolean }) {
  const [before] = await tx.select().from(users).where(eq(users.id, id));
  if (!before) throw new AppError("notFound");
  const passwordChangedAt = changes.passwordHash ? new Date() : undefined;
  const [after] = await tx
    .update(users)
    .set({ ...changes, ...(passwordChangedAt ? { passwordChangedAt } : {}) })
    .where(eq(users.id, id))
    .returning();
  return { before, after };
}

export async function recordLoginAttempt(db: DbOrTx, attempt: { username: string; ip: string; succeeded: boolean }) {
  await db.insert(loginAttempts).values(attempt);
}

/** Failures inside the throttle window, by username and by address; a success clears the username's count. */
export async function countRecentFailures(db: DbOrTx, { username, ip, now = new Date() }: { username: string; ip: string; now?: Date }): Promise<RecentFailures> {
  const since = new Date(now.getTime() - THROTTLE.windowMinutes * 60_000);
  const [lastSuccess] = await db
    .select({ at: sql<Date | null>`max(${loginAttempts.at})`.mapWith((v) => (v ? new Date(v) : null)) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.succeeded, true)));
  const userSince = lastSuccess?.at && lastSuccess.at > since ? lastSuccess.at : since;
  const [forUser] = await db
    .select({ n: count(), oldest: min(loginAttempts.at) })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.username, username), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, userSince)));
  const [forIp] = await db
    .select({ n: count() })
    .from(loginAttempts)
    .where(and(eq(loginAttempts.ip, ip), eq(loginAttempts.succeeded, false), gt(loginAttempts.at, since)));
  return { forUsername: forUser.n, forIp: forIp.n, oldestAt: forUser.oldest ? new Date(forUser.oldest) : null };
}

/**
 * Checks that a role fits its org unit's level and that a department belongs to the unit's district,
 * so no account can be attached where its permissions would make no sense.
 */
export async function assertUserPlacement(db: DbOrTx, input: { role: Role; orgUnitId: string; departmentId: string | null }) {
  const [unit] = await db.select().from(orgUnits).where(eq(orgUnits.id, input.orgUnitId));
  if (!unit) throw new AppError("notFound");
  if (!roleFitsLevel(input.role, unit.level)) throw new AppError("invalidInput", { reason: "roleLevel" });
  if (!input.departmentId) return;
  const [dept] = await db.select().from(departments).where(eq(departments.id, input.departmentId));
  if (!dept) throw new AppError("notFound");
  const [district] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, dept.districtId));
  if (!district || !unit.path.startsWith(district.path)) throw new AppError("invalidInput", { reason: "scopeOutside" });
}

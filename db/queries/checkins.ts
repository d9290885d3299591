import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import type { TargetLevel } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { checkinCounts, checkinTargets, checkinTasks, departments, orgUnits, type CheckinTask, type NewCheckinTask } from "../schema";
import type { DbOrTx, Tx } from "../types";

export interface CheckinTaskRow {
  task: CheckinTask;
  departmentName: string;
  /** Org units the task applies to: its explicit targets, or every unit of its levels in the district. */
  targetCount: number;
  explicitTargets: number;
}

/** The registry of a district's check-in tasks with how many units each one reaches. */
export async function listCheckinTasks(db: DbOrTx, { districtId, districtPath, departmentId }: { districtId: string; districtPath: string; departmentId?: string }): Promise<CheckinTaskRow[]> {
  const explicit = db.select({ taskId: checkinTargets.taskId, n: count().as("n") }).from(checkinTargets).where(eq(checkinTargets.districtId, districtId)).groupBy(checkinTargets.taskId).as("explicit");
  const rows = await db
    .select({ task: checkinTasks, departmentName: departments.name, explicitTargets: sql<number>`coalesce(${explicit.n}, 0)`.mapWith(Number) })
    .from(checkinTasks)
    .innerJoin(departments, eq(departments.id, checkinTasks.departmentId))
    .leftJoin(explicit, eq(explicit.taskId, checkinTasks.id))
    .where(and(eq(checkinTasks.districtId, districtId), departmentId ? eq(checkinTasks.departmentId, departmentId) : undefined))
    .orderBy(asc(checkinTasks.status), asc(departments.name), asc(checkinTasks.app), asc(checkinTasks.name));
  const levelCounts = await db
    .select({ level: orgUnits.level, n: count() })
    .from(orgUnits)
    .where(and(sql`${orgUnits.path} like ${`${districtPath}%`}`, inArray(orgUnits.level, ["village", "community"])))
    .groupBy(orgUnits.level);
  const perLevel = new Map(levelCounts.map((l) => [l.level, Number(l.n)]));
  return rows.map((r) => ({
    ...r,
    targetCount: r.explicitTargets || r.task.targetLevels.reduce((s, level) => s + (perLevel.get(level) ?? 0), 0),
  }));
}

export async function getCheckinTaskById(db: DbOrTx, { id }: { id: string }): Promise<CheckinTask | null> {
  const [row] = await db.select().from(checkinTasks).where(eq(checkinTasks.id, id));
  return row ?? null;
}

/** Stores new tasks (one or many, e.g. from an import) with their explicit targets. */
export async function insertCheckinTasks(tx: Tx, tasks: (NewCheckinTask & { targetIds?: string[] })[]): Promise<CheckinTask[]> {
  if (tasks.length === 0) return [];
  const rows = await tx.insert(checkinTasks).values(tasks.map(({ targetIds: _t, ...task }) => task)).returning();
  const targets = rows.flatMap((row, i) => (tasks[i].targetIds ?? []).map((orgUnitId) => ({ taskId: row.id, orgUnitId, districtId: row.districtId })));
  for (let i = 0; i < targets.length; i += 1000) await tx.insert(checkinTargets).values(targets.slice(i, i + 1000)).onConflictDoNothing();
  return rows;
}

/** Cancels a task from a month on; its past requirement stays, its future load counts as removed. */
export async function cancelCheckinTask(tx: Tx, { id, version, month, reason, userId }: { id: string; version: number; month: string; reason: string | null; userId: string | null }) {
  const before = await getCheckinTaskById(tx, { id });
  if (!before) throw new AppError("notFound");
  if (before.status === "cancelled") throw new AppError("conflict");
  const [after] = await tx
    .update(checkinTasks)
    .set({ status: "cancelled", cancelledMonth: month < before.startMonth ? before.startMonth : month, cancelledAt: new Date(), cancelledBy: userId, cancelReason: reason, version: version + 1, updatedAt: new Date() })
    .where(and(eq(checkinTasks.id, id), eq(checkinTasks.version, version)))
    .returning();
  if (!after) throw new AppError("conflict");
  return { before, after };
}

/** Whether a task applies to an org unit (explicit target, or the unit's level when it has none). */
export async function taskAppliesTo(db: DbOrTx, { task, orgUnitId, level }: { task: CheckinTask; orgUnitId: string; level: string }): Promise<boolean> {
  const targets = await db.select({ orgUnitId: checkinTargets.orgUnitId }).from(checkinTargets).where(eq(checkinTargets.taskId, task.id));
  if (targets.length) return targets.some((t) => t.orgUnitId === orgUnitId);
  return task.targetLevels.includes(level as TargetLevel);
}

/** One check-in logged in OneForm: adds to the month's count. */
export async function logCheckin(tx: Tx, { taskId, orgUnitId, districtId, month, userId, amount = 1 }: { taskId: string; orgUnitId: string; districtId: string; month: string; userId: string | null; amount?: number }) {
  const [row] = await tx
    .insert(checkinCounts)
    .values({ taskId, orgUnitId, districtId, month, count: amount, source: "logged", updatedBy: userId })
    .onConflictDoUpdate({
      target: [checkinCounts.taskId, checkinCounts.orgUnitId, checkinCounts.month],
      set: { count: sql`${checkinCounts.count} + ${amount}`, updatedBy: userId, updatedAt: new Date() },
    })
    .returning();
  return row;
}

/** Imported counts replace the month's count (the app's own export is the truth for that month). */
export async function upsertCheckinCounts(tx: Tx, rows: { taskId: string; orgUnitId: string; districtId: string; month: string; count: number }[], userId: string | null) {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insert(checkinCounts)
      .values(rows.slice(i, i + 1000).map((r) => ({ ...r, source: "imported" as const, updatedBy: userId })))
      .onConflictDoUpdate({
        target: [checkinCounts.taskId, checkinCounts.orgUnitId, checkinCounts.month],
        set: { count: sql`excluded.count`, source: "imported", updatedBy: userId, updatedAt: new Date() },
      });
  }
  return rows.length;
}

/** A village's tasks with this month's count, for the check-in page of a cadre. */
export async function listCheckinsOfUnit(db: DbOrTx, { districtId, orgUnitId, level, month }: { districtId: string; orgUnitId: string; level: string; month: string }) {
  const rows = await db
    .select({ task: checkinTasks, departmentName: departments.name, done: sql<number>`coalesce(${checkinCounts.count}, 0)`.mapWith(Number) })
    .from(checkinTasks)
    .innerJoin(departments, eq(departments.id, checkinTasks.departmentId))
    .leftJoin(checkinCounts, and(eq(checkinCounts.taskId, checkinTasks.id), eq(checkinCounts.orgUnitId, orgUnitId), eq(checkinCounts.month, month)))
    .where(
      and(
        eq(checkinTasks.districtId, districtId),
        eq(checkinTasks.status, "active"),
        sql`(exists (select 1 from checkin_targets ct where ct.task_id = ${checkinTasks.id} and ct.org_unit_id = ${orgUnitId})
          or (not exists (select 1 from checkin_targets ct where ct.task_id = ${checkinTasks.id}) and ${checkinTasks.targetLevels} ? ${level}))`,
      ),
    )
    .orderBy(asc(departments.name), asc(checkinTasks.name));
  return rows;
}

import { and, eq, inArray, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Scalar, StoredValue, ValueSource } from "@/lib/one-form";
import { users, values } from "../schema";
import type { DbOrTx, Tx } from "../types";

export interface ValueRef {
  elementId: string;
  periodKey: string;
}

/** Stored values of an org unit for some elements and periods, with the name of who saved each. */
export async function listValues(db: DbOrTx, input: { orgUnitId: string; elementIds: string[]; periodKeys: string[] }): Promise<Map<string, StoredValue>> {
  const out = new Map<string, StoredValue>();
  if (!input.elementIds.length || !input.periodKeys.length) return out;
  const rows = await db
    .select({ elementId: values.elementId, periodKey: values.periodKey, value: values.value, source: values.source, version: values.version, updatedBy: values.updatedBy, updatedAt: values.updatedAt, updatedByName: users.displayName })
    .from(values)
    .leftJoin(users, eq(users.id, values.updatedBy))
    .where(and(eq(values.orgUnitId, input.orgUnitId), inArray(values.elementId, input.elementIds), inArray(values.periodKey, [...new Set(input.periodKeys)])));
  for (const r of rows) out.set(`${r.elementId}|${r.periodKey}`, r);
  return out;
}

export interface ValueWrite extends ValueRef {
  value: Scalar;
  source: ValueSource;
}

export interface SaveValuesInput {
  orgUnitId: string;
  districtId: string;
  userId: string | null;
  /** Every value of the section as the client read it (0 = no row yet): any change since refuses the save. */
  expected: (ValueRef & { version: number })[];
  /** What to store; values equal to the stored ones are left alone. */
  writes: ValueWrite[];
}

export interface SaveValuesResult {
  written: number;
  before: Record<string, Scalar>;
  after: Record<string, Scalar>;
  versions: Record<string, number>;
}

const clock = new Intl.DateTimeFormat("zh-CN", { timeZone: "Asia/Shanghai", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/** The refusal a cadre sees: who changed the section and when (HH:mm, Beijing time). */
export function conflictError(by: string | null | undefined, at: Date | null | undefined): AppError {
  return new AppError("sectionConflict", { name: by || "他人", time: at ? clock.format(at) : "--:--" });
}

/**
 * Saves a section of the one form with optimistic concurrency. The section's rows are locked (in one
 * order, so two saves never deadlock) and their versions compared with what the client read; a new row
 * is inserted only if nobody inserted it meanwhile. Any difference refuses the whole save: two cadres of
 * one village never overwrite each other silently. Run inside a transaction (mutate()).
 */
export async function saveValues(tx: Tx, input: SaveValuesInput): Promise<SaveValuesResult> {
  const refs = new Map<string, ValueRef>();
  for (const r of [...input.expected, ...input.writes]) refs.set(`${r.elementId}|${r.periodKey}`, r);
  const elementIds = [...new Set([...refs.values()].map((r) => r.elementId))].sort();
  const periodKeys = [...new Set([...refs.values()].map((r) => r.periodKey))];
  const locked = elementIds.length
    ? await tx
        .select({ elementId: values.elementId, periodKey: values.periodKey, value: values.value, version: values.version, source: values.source, updatedBy: values.updatedBy, updatedAt: values.updatedAt })
        .from(values)
        .where(and(eq(values.orgUnitId, input.orgUnitId), inArray(values.elementId, elementIds), inArray(values.periodKey, periodKeys)))
        .orderBy(values.elementId, values.periodKey)
        .for("update")
    : [];
  const current = new Map(locked.map((r) => [`${r.elementId}|${r.periodKey}`, r]));
  const stale = input.expected.filter((e) => (current.get(`${e.elementId}|${e.periodKey}`)?.version ?? 0) !== e.version);
  if (stale.length) {
    const latest = stale.map((e) => current.get(`${e.elementId}|${e.periodKey}`)).filter((r) => !!r).sort((a, b) => b!.updatedAt.getTime() - a!.updatedAt.getTime())[0];
    throw conflictError(latest ? await userName(tx, latest.updatedBy) : null, latest?.updatedAt);
  }
  const before: Record<string, Scalar> = {};
  const after: Record<string, Scalar> = {};
  const versions: Record<string, number> = {};
  const updates: ValueWrite[] = [];
  const inserts: ValueWrite[] = [];
  for (const w of input.writes) {
    const key = `${w.elementId}|${w.periodKey}`;
    const row = current.get(key);
    if (row && JSON.stringify(row.value ?? null) === JSON.stringify(w.value)) {
      versions[key] = row.version;
      continue;
    }
    before[key] = row?.value ?? null;
    after[key] = w.value;
    (row ? updates : inserts).push(w);
  }
  const now = new Date();
  if (inserts.length) {
    const rows = await tx
      .insert(values)
      .values(inserts.map((w) => ({ orgUnitId: input.orgUnitId, elementId: w.elementId, periodKey: w.periodKey, districtId: input.districtId, value: w.value, source: w.source, updatedBy: input.userId, updatedAt: now, version: 1 })))
      .onConflictDoNothing()
      .returning({ elementId: values.elementId, periodKey: values.periodKey });
    if (rows.length !== inserts.length) {
      // Someone inserted one of these rows after we read: theirs stays, ours is refused.
      const taken = inserts.find((w) => !rows.some((r) => r.elementId === w.elementId && r.periodKey === w.periodKey))!;
      const [row] = await tx.select().from(values).where(and(eq(values.orgUnitId, input.orgUnitId), eq(values.elementId, taken.elementId), eq(values.periodKey, taken.periodKey)));
      throw conflictError(await userName(tx, row?.updatedBy ?? null), row?.updatedAt);
    }
    for (const w of inserts) versions[`${w.elementId}|${w.periodKey}`] = 1;
  }
  if (updates.length) {
    const rows = sql.join(
      updates.map((w) => sql`(${w.elementId}::uuid, ${w.periodKey}, ${w.value === null ? null : JSON.stringify(w.value)}::jsonb, ${w.source}, ${current.get(`${w.elementId}|${w.periodKey}`)!.version}::int)`),
      sql`, `,
    );
    await tx.execute(sql`
      update ${values} as v set value = u.value, source = u.source, version = v.version + 1, updated_by = ${input.userId}, updated_at = ${now.toISOString()}::timestamptz
      from (values ${rows}) as u(element_id, period_key, value, source, version)
      where v.org_unit_id = ${input.orgUnitId}::uuid and v.element_id = u.element_id and v.period_key = u.period_key and v.version = u.version`);
    for (const w of updates) versions[`${w.elementId}|${w.periodKey}`] = current.get(`${w.elementId}|${w.periodKey}`)!.version + 1;
  }
  return { written: inserts.length + updates.length, before, after, versions };
}

async function userName(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

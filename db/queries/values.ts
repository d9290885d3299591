import { and, eq, inArray, sql } from "drizzle-orm";
import { AppError } from "@/lib/errors";
import type { Scalar, StoredValue, ValueSource } from "@/lib/one-form";
import { users, values } from "../schema";
import type { DbOrTx, Tx } from "../types";
import { rowsOf } from "../raw-rows";

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

/** A stored value as a save sees it, locked until the end of the transaction. */
export interface LockedValue extends ValueRef {
  value: Scalar;
  source: ValueSource;
  version: number;
  updatedBy: string | null;
  updatedAt: Date;
}

/** A comma-joined list as a text[] parameter: uuids and period keys hold no commas. */
const list = (items: string[]) => sql`string_to_array(${items.join(",")}, ',')`;

/**
 * Locks and reads an org unit's rows for these elements × periods in one statement, in key order (two saves
 * never deadlock). Raw SQL on purpose: this is the hot path of every save, and drizzle's builder and result
 * mapping cost more than the query itself. jsonb comes back as text so both drivers parse it the same way.
 */
export async function lockValues(tx: Tx, input: { orgUnitId: string; elementIds: string[]; periodKeys: string[] }): Promise<Map<string, LockedValue>> {
  const out = new Map<string, LockedValue>();
  if (!input.elementIds.length || !input.periodKeys.length) return out;
  const rows = rowsOf<{ element_id: string; period_key: string; value: string | null; source: ValueSource; version: number; updated_by: string | null; updated_ms: number }>(
    await tx.execute(sql`
      select element_id, period_key, value::text as value, source, version, updated_by, (extract(epoch from updated_at) * 1000)::float8 as updated_ms
      from ${values}
      where org_unit_id = ${input.orgUnitId} and element_id = any(${list([...new Set(input.elementIds)])}::uuid[]) and period_key = any(${list([...new Set(input.periodKeys)])})
      order by element_id, period_key
      for update`),
  );
  for (const r of rows) {
    out.set(`${r.element_id}|${r.period_key}`, {
      elementId: r.element_id,
      periodKey: r.period_key,
      value: r.value === null ? null : (JSON.parse(r.value) as Scalar),
      source: r.source,
      version: Number(r.version),
      updatedBy: r.updated_by,
      updatedAt: new Date(Number(r.updated_ms)),
    });
  }
  return out;
}

export interface WriteValuesInput {
  orgUnitId: string;
  districtId: string;
  userId: string | null;
  /** Every value of the section as the client read it (0 = no row yet): any change since refuses the save. */
  expected: (ValueRef & { version: number })[];
  /** What to store; values equal to the stored ones are left alone. */
  writes: ValueWrite[];
}

/**
 * The write half of a save, on rows `lockValues` locked in this transaction (`current` must cover every
 * expected and written ref): compares versions with what the client read, then inserts and updates in one
 * statement; a new row is inserted only if nobody inserted it meanwhile. Any difference refuses the whole
 * save: two cadres of one village never overwrite each other silently.
 */
export async function writeValues(tx: Tx, input: WriteValuesInput, current: Map<string, LockedValue>): Promise<SaveValuesResult> {
  const stale = input.expected.filter((e) => (current.get(`${e.elementId}|${e.periodKey}`)?.version ?? 0) !== e.version);
  if (stale.length) {
    const latest = stale.map((e) => current.get(`${e.elementId}|${e.periodKey}`)).filter((r) => !!r).sort((a, b) => b!.updatedAt.getTime() - a!.updatedAt.getTime())[0];
    throw conflictError(latest ? await userName(tx, latest.updatedBy) : null, latest?.updatedAt);
  }
  const before: Record<string, Scalar> = {};
  const after: Record<string, Scalar> = {};
  const versions: Record<string, number> = {};
  const changed: { element_id: string; period_key: string; value: Scalar; source: ValueSource; version: number }[] = [];
  for (const w of input.writes) {
    const key = `${w.elementId}|${w.periodKey}`;
    const row = current.get(key);
    if (row && JSON.stringify(row.value ?? null) === JSON.stringify(w.value)) {
      versions[key] = row.version;
      continue;
    }
    before[key] = row?.value ?? null;
    after[key] = w.value;
    changed.push({ element_id: w.elementId, period_key: w.periodKey, value: w.value, source: w.source, version: row?.version ?? 0 });
  }
  if (changed.length) {
    // version 0: a new row (kept out if someone inserted it since we read); otherwise the locked row's version.
    const now = new Date().toISOString();
    const rows = rowsOf<{ element_id: string; period_key: string; version: number }>(
      await tx.execute(sql`
        with w as (
          select * from jsonb_to_recordset(${JSON.stringify(changed)}::jsonb) as w(element_id uuid, period_key text, value jsonb, source text, version int)
        ), updated as (
          update ${values} as v set value = w.value, source = w.source, version = v.version + 1, updated_by = ${input.userId}, updated_at = ${now}::timestamptz
          from w
          where w.version > 0 and v.org_unit_id = ${input.orgUnitId} and v.element_id = w.element_id and v.period_key = w.period_key and v.version = w.version
          returning v.element_id, v.period_key, v.version
        ), inserted as (
          insert into ${values} (org_unit_id, element_id, period_key, district_id, value, source, updated_by, updated_at, version)
          select ${input.orgUnitId}, w.element_id, w.period_key, ${input.districtId}, w.value, w.source, ${input.userId}, ${now}::timestamptz, 1 from w where w.version = 0
          on conflict do nothing
          returning element_id, period_key, version
        )
        select element_id, period_key, version from updated union all select element_id, period_key, version from inserted`),
    );
    const written = new Map(rows.map((r) => [`${r.element_id}|${r.period_key}`, Number(r.version)]));
    const taken = changed.find((c) => !written.has(`${c.element_id}|${c.period_key}`));
    if (taken) {
      // Someone inserted this row after we read (updates cannot miss: their rows are locked): theirs stays, ours is refused.
      const [row] = await tx.select().from(values).where(and(eq(values.orgUnitId, input.orgUnitId), eq(values.elementId, taken.element_id), eq(values.periodKey, taken.period_key)));
      throw conflictError(await userName(tx, row?.updatedBy ?? null), row?.updatedAt);
    }
    for (const [key, version] of written) versions[key] = version;
  }
  return { written: changed.length, before, after, versions };
}

async function userName(db: DbOrTx, id: string | null): Promise<string | null> {
  if (!id) return null;
  const [row] = await db.select({ name: users.displayName }).from(users).where(eq(users.id, id));
  return row?.name ?? null;
}

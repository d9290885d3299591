import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import { checkPushRows, pushOutcome, type PushIssue, type PushKind, type PushRow, type ResolvedResident, type ResolvedVillage, type VillageRef } from "@/lib/data-push";
import type { OrgLevel } from "@/lib/domain";
import { isPeriodKey } from "@/lib/periods";
import { sameScalar, type OneFormElement, type PushedValue, type Scalar } from "@/lib/one-form";
import { dataPushes, departments, elements, formFields, forms, orgUnits, pushedPersonValues, pushedValues, users } from "../schema";
import type { MatchField } from "@/lib/matching";
import type { Db, DbOrTx, Tx } from "../types";
import { rowsOf } from "../raw-rows";
import { mutate, recordAudit, type Actor } from "./audit";
import { storeFile } from "./files";
import { loadPlan } from "./one-form-plan";

/** The most rows one push may carry (a district's roster of 低保 or 残疾人 is well below). */
export const MAX_PUSH_ROWS = 50_000;
const BATCH = 5000;

/**
 * The data elements a department may push: those its own forms in force use (active or under review).
 * A department holds its own data; an element only another department's forms ask for is not its to fill.
 */
export async function listPushElements(db: DbOrTx, { districtId, departmentId }: { districtId: string; departmentId: string }): Promise<OneFormElement[]> {
  return db
    .selectDistinct({ id: elements.id, name: elements.name, type: elements.type, unit: elements.unit, scope: elements.scope, aggregation: elements.aggregation, options: elements.options, section: elements.section })
    .from(elements)
    .innerJoin(formFields, eq(formFields.elementId, elements.id))
    .innerJoin(forms, eq(forms.id, formFields.formId))
    .where(and(eq(forms.districtId, districtId), eq(forms.departmentId, departmentId), inArray(forms.status, ["active", "under_review"]), eq(formFields.excluded, false)))
    .orderBy(asc(elements.name), asc(elements.id));
}

/** The fields of the department's forms in force, by element: the catalog members a pushed sheet's columns are matched against. */
export async function listPushElementFields(db: DbOrTx, { districtId, departmentId }: { districtId: string; departmentId: string }): Promise<Map<string, MatchField[]>> {
  const rows = await db
    .select({ field: formFields, layout: forms.layout })
    .from(formFields)
    .innerJoin(forms, eq(forms.id, formFields.formId))
    .where(and(eq(forms.districtId, districtId), eq(forms.departmentId, departmentId), inArray(forms.status, ["active", "under_review"]), eq(formFields.excluded, false)))
    .orderBy(asc(formFields.formId), asc(formFields.position));
  const out = new Map<string, MatchField[]>();
  for (const { field: f, layout } of rows) {
    if (!f.elementId) continue;
    const list = out.get(f.elementId) ?? out.set(f.elementId, []).get(f.elementId)!;
    list.push({ id: f.id, formId: f.formId, label: f.label, path: f.path, type: f.type, unit: f.unit, options: f.options ?? undefined, isRemark: f.isRemark, layout });
  }
  return out;
}

/** The department's roster forms in force, with the elements they use: a roster push lists its residents on one of them. */
export async function listPushRosterForms(db: DbOrTx, { districtId, departmentId }: { districtId: string; departmentId: string }): Promise<{ id: string; title: string; elementIds: string[] }[]> {
  const rows = await db
    .select({ id: forms.id, title: forms.title, elementId: formFields.elementId })
    .from(forms)
    .leftJoin(formFields, and(eq(formFields.formId, forms.id), eq(formFields.excluded, false)))
    .where(and(eq(forms.districtId, districtId), eq(forms.departmentId, departmentId), eq(forms.kind, "roster"), inArray(forms.status, ["active", "under_review"])))
    .orderBy(asc(forms.title), asc(forms.id));
  const out = new Map<string, { id: string; title: string; elementIds: string[] }>();
  for (const r of rows) {
    const f = out.get(r.id) ?? out.set(r.id, { id: r.id, title: r.title, elementIds: [] }).get(r.id)!;
    if (r.elementId && !f.elementIds.includes(r.elementId)) f.elementIds.push(r.elementId);
  }
  return [...out.values()];
}

/** Villages and communities of a district with their town, as push rows name them. */
export async function listDistrictVillages(db: DbOrTx, { districtId }: { districtId: string }): Promise<(VillageRef & { level: OrgLevel })[]> {
  const district = alias(orgUnits, "district");
  const town = alias(orgUnits, "town");
  return db
    .select({ id: orgUnits.id, name: orgUnits.name, code: orgUnits.divisionCode, townName: town.name, level: orgUnits.level })
    .from(orgUnits)
    .innerJoin(district, and(eq(district.id, districtId), sql`${orgUnits.path} like ${district.path} || '%'`))
    .innerJoin(town, eq(town.id, orgUnits.parentId))
    .where(inArray(orgUnits.level, ["village", "community"]))
    .orderBy(asc(orgUnits.path));
}

export interface PushInput {
  departmentId: string;
  districtId: string;
  periodKey: string;
  kind: PushKind;
  /** Residents: the department's roster form to list them on. */
  formId?: string | null;
  rows: PushRow[];
  /** Check and count only: nothing is written, no audit row. */
  dryRun: boolean;
  /** The uploaded workbook, kept whole with the push (none for API pushes). */
  file?: { name: string; bytes: Buffer } | null;
  today?: Date;
}

export interface VillagePushSummary {
  orgUnitId: string;
  name: string;
  townName: string;
  rows: number;
  /** Items pushed: prefill (village empty), same (equal), conflict (village has another value, kept). */
  prefill: number;
  same: number;
  conflict: number;
  newResidents: number;
}

export interface PushReport {
  dryRun: boolean;
  pushId: string | null;
  kind: PushKind;
  periodKey: string;
  rowCount: number;
  validRows: number;
  villages: VillagePushSummary[];
  rejected: { row: number; issues: PushIssue[] }[];
  unknownVillages: { village: string; rows: number[] }[];
  /** Elements not asked of villages in this period (no form using them falls due): their values are not pushed. */
  notDue: { elementId: string; name: string }[];
  totals: { values: number; prefill: number; same: number; conflict: number; newResidents: number };
}

/** A comma-joined list as a text[] parameter: uuids, period keys and ID numbers hold no commas. */
const list = (items: string[]) => sql`string_to_array(${items.join(",")}, ',')`;
const parse = (text: string | null): Scalar => (text === null ? null : (JSON.parse(text) as Scalar));

function chunks<T>(items: T[], size = BATCH): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * 数据回流: a department's records for its district (residents or figures per village) checked row by
 * row, resolved to villages, and — unless `dryRun` — stored as the department's pushed values in ONE
 * transaction with its audit row (counts only, never ID numbers). A push never writes a village's values:
 * where the village has none the one form shows the push as a prefill, where it has another the
 * difference is a conflict shown to both sides. Residents new to a village are registered (GB 11643
 * checked) and listed on the department's roster form. The caller checks can("dataPush.manage"); this
 * function refuses elements the department's forms do not use and villages outside the district.
 */
export async function applyDepartmentPush(db: Db, actor: Actor, input: PushInput): Promise<PushReport> {
  if (!isPeriodKey(input.periodKey) || !Array.isArray(input.rows)) throw new AppError("invalidInput");
  if (input.rows.length > MAX_PUSH_ROWS) throw new AppError("pushTooLarge", { max: MAX_PUSH_ROWS });
  const [department] = await db.select().from(departments).where(eq(departments.id, input.departmentId));
  if (!department || department.districtId !== input.districtId) throw new AppError("forbidden");
  const rosterForm = input.kind === "residents" ? (await listPushRosterForms(db, input)).find((f) => f.id === input.formId) : undefined;
  if (input.kind === "residents" && !rosterForm) throw new AppError("invalidInput");
  const [allowed, villages] = await Promise.all([listPushElements(db, input), listDistrictVillages(db, input)]);
  const elementById = new Map(allowed.map((e) => [e.id, e]));
  const checked = checkPushRows(input.kind, input.rows, { elements: elementById, villages, rosterElementIds: rosterForm ? new Set(rosterForm.elementIds) : undefined, today: input.today });
  const villageById = new Map(villages.map((v) => [v.id, v]));
  const summaries = new Map<string, VillagePushSummary>();
  const summaryOf = (orgUnitId: string) => {
    const v = villageById.get(orgUnitId)!;
    return summaries.get(orgUnitId) ?? summaries.set(orgUnitId, { orgUnitId, name: v.name, townName: v.townName, rows: 0, prefill: 0, same: 0, conflict: 0, newResidents: 0 }).get(orgUnitId)!;
  };
  const notDue = new Map<string, string>();
  let write: (tx: Tx, push: { id: string; pushedAt: Date }) => Promise<void>;

  if (input.kind === "villages") {
    const rows = checked.valid as ResolvedVillage[];
    const periodOf = await storagePeriods(db, input, rows.map((r) => villageById.get(r.orgUnitId)!.level));
    const writes: { org_unit_id: string; element_id: string; period_key: string; value: Scalar }[] = [];
    for (const r of rows) {
      summaryOf(r.orgUnitId).rows++;
      const level = villageById.get(r.orgUnitId)!.level;
      for (const [elementId, value] of Object.entries(r.values)) {
        const period = periodOf.get(`${level}|${elementId}`);
        if (!period) notDue.set(elementId, elementById.get(elementId)!.name);
        else writes.push({ org_unit_id: r.orgUnitId, element_id: elementId, period_key: period, value });
      }
    }
    const current = await villageValuesOf(db, writes);
    for (const w of writes) summaryOf(w.org_unit_id)[pushOutcome(current.get(`${w.org_unit_id}|${w.element_id}|${w.period_key}`), w.value)]++;
    write = async (tx, push) => {
      for (const part of chunks(writes)) {
        await tx.execute(sql`
          insert into ${pushedValues} (org_unit_id, element_id, period_key, department_id, district_id, value, push_id, pushed_at, first_pushed_at)
          select w.org_unit_id, w.element_id, w.period_key, ${input.departmentId}, ${input.districtId}, w.value, ${push.id}, ${push.pushedAt.toISOString()}::timestamptz, ${push.pushedAt.toISOString()}::timestamptz
          from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as w(org_unit_id uuid, element_id uuid, period_key text, value jsonb)
          on conflict (org_unit_id, element_id, period_key, department_id) do update set value = excluded.value, push_id = excluded.push_id, pushed_at = excluded.pushed_at`);
      }
    };
  } else {
    const rows = checked.valid as ResolvedResident[];
    const known = await personsOf(db, input.districtId, rows);
    const current = await personValuesOf(db, [...known.values()], [...new Set(rows.flatMap((r) => Object.keys(r.values)))]);
    for (const r of rows) {
      const s = summaryOf(r.orgUnitId);
      s.rows++;
      const personId = known.get(`${r.orgUnitId}|${r.idNumber}`);
      if (!personId) s.newResidents++;
      for (const [elementId, value] of Object.entries(r.values)) s[pushOutcome(personId ? current.get(`${personId}|${elementId}`) : undefined, value)]++;
    }
    write = async (tx, push) => {
      const fresh = rows.filter((r) => !known.has(`${r.orgUnitId}|${r.idNumber}`)).map((r) => ({ org_unit_id: r.orgUnitId, id_number: r.idNumber, name: r.name.slice(0, 60), birth_date: r.birthDate, sex: r.sex }));
      for (const part of chunks(fresh)) {
        await tx.execute(sql`
          insert into persons (org_unit_id, district_id, id_number, name, birth_date, sex)
          select w.org_unit_id, ${input.districtId}, w.id_number, w.name, w.birth_date, w.sex
          from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as w(org_unit_id uuid, id_number text, name text, birth_date text, sex text)
          on conflict (org_unit_id, id_number) do nothing`);
      }
      // Everyone's id, including residents a cadre registered since the check.
      const ids = fresh.length ? await personsOf(tx, input.districtId, rows) : known;
      const entries = rows.map((r) => ({ person_id: ids.get(`${r.orgUnitId}|${r.idNumber}`)!, org_unit_id: r.orgUnitId }));
      for (const part of chunks(entries)) {
        await tx.execute(sql`
          insert into roster_entries (form_id, person_id, org_unit_id, district_id, added_by)
          select ${input.formId!}, w.person_id, w.org_unit_id, ${input.districtId}, ${actor.userId}
          from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as w(person_id uuid, org_unit_id uuid)
          on conflict do nothing`);
      }
      const values = rows.flatMap((r) => Object.entries(r.values).map(([elementId, value]) => ({ person_id: ids.get(`${r.orgUnitId}|${r.idNumber}`)!, org_unit_id: r.orgUnitId, element_id: elementId, value })));
      for (const part of chunks(values)) {
        await tx.execute(sql`
          insert into ${pushedPersonValues} (person_id, element_id, department_id, org_unit_id, district_id, value, push_id, pushed_at, first_pushed_at)
          select w.person_id, w.element_id, ${input.departmentId}, w.org_unit_id, ${input.districtId}, w.value, ${push.id}, ${push.pushedAt.toISOString()}::timestamptz, ${push.pushedAt.toISOString()}::timestamptz
          from jsonb_to_recordset(${JSON.stringify(part)}::jsonb) as w(person_id uuid, org_unit_id uuid, element_id uuid, value jsonb)
          on conflict (person_id, element_id, department_id) do update set value = excluded.value, push_id = excluded.push_id, pushed_at = excluded.pushed_at`);
      }
    };
  }

  const villageList = [...summaries.values()].sort((a, b) => a.townName.localeCompare(b.townName, "zh-CN") || a.name.localeCompare(b.name, "zh-CN"));
  const totals = villageList.reduce((t, v) => ({ values: t.values + v.prefill + v.same + v.conflict, prefill: t.prefill + v.prefill, same: t.same + v.same, conflict: t.conflict + v.conflict, newResidents: t.newResidents + v.newResidents }), { values: 0, prefill: 0, same: 0, conflict: 0, newResidents: 0 });
  const report: PushReport = {
    dryRun: input.dryRun,
    pushId: null,
    kind: input.kind,
    periodKey: input.periodKey,
    rowCount: input.rows.length,
    validRows: checked.valid.length,
    villages: villageList,
    rejected: checked.rejected,
    unknownVillages: checked.unknownVillages,
    notDue: [...notDue.entries()].map(([elementId, name]) => ({ elementId, name })).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
    totals,
  };
  if (input.dryRun) return report;
  if (!checked.valid.length) throw new AppError("pushNothingValid");
  return mutate(db, actor, { action: "push", entity: "data_push" }, async (tx) => {
    const file = input.file ? await storeFile(tx, { name: input.file.name, bytes: input.file.bytes, uploadedBy: actor.userId }) : null;
    const [push] = await tx
      .insert(dataPushes)
      .values({ districtId: input.districtId, departmentId: input.departmentId, periodKey: input.periodKey, kind: input.kind, formId: input.formId ?? null, fileId: file?.id ?? null, fileName: input.file?.name ?? null, rowCount: input.rows.length, summary: { validRows: report.validRows, rejected: report.rejected.length, villages: villageList.length, ...totals }, pushedBy: actor.userId })
      .returning({ id: dataPushes.id, pushedAt: dataPushes.pushedAt });
    await write(tx, push);
    return {
      result: { ...report, pushId: push.id },
      entityId: push.id,
      districtId: input.districtId,
      after: { departmentId: input.departmentId, kind: input.kind, periodKey: input.periodKey, formId: input.formId ?? null, file: file ? { id: file.id, name: file.name } : null, rows: input.rows.length, rejected: report.rejected.length, villages: villageList.length, ...totals },
    };
  });
}

/** Where each element's value is stored for villages of each level in the period (the one form's own plan). */
async function storagePeriods(db: DbOrTx, input: { districtId: string; periodKey: string }, levels: OrgLevel[]) {
  const out = new Map<string, string>();
  for (const level of new Set(levels)) {
    const { plan } = await loadPlan(db, { orgUnit: { id: "", level }, districtId: input.districtId }, input.periodKey);
    for (const u of plan.unitElements) out.set(`${level}|${u.element.id}`, u.period);
  }
  return out;
}

async function villageValuesOf(db: DbOrTx, keys: { org_unit_id: string; element_id: string; period_key: string }[]) {
  const out = new Map<string, Scalar>();
  for (const part of chunks(keys)) {
    const rows = rowsOf<{ org_unit_id: string; element_id: string; period_key: string; value: string | null }>(
      await db.execute(sql`
        select v.org_unit_id, v.element_id, v.period_key, v.value::text as value
        from jsonb_to_recordset(${JSON.stringify(part.map(({ org_unit_id, element_id, period_key }) => ({ org_unit_id, element_id, period_key })))}::jsonb) as w(org_unit_id uuid, element_id uuid, period_key text)
        join "values" v on v.org_unit_id = w.org_unit_id and v.element_id = w.element_id and v.period_key = w.period_key`),
    );
    for (const r of rows) out.set(`${r.org_unit_id}|${r.element_id}|${r.period_key}`, parse(r.value));
  }
  return out;
}

/** Person ids of the rows' residents already registered in their village, by `${orgUnitId}|${idNumber}`. */
async function personsOf(db: DbOrTx, districtId: string, rows: { orgUnitId: string; idNumber: string }[]) {
  const out = new Map<string, string>();
  for (const part of chunks([...new Set(rows.map((r) => r.idNumber))])) {
    const found = rowsOf<{ id: string; org_unit_id: string; id_number: string }>(
      await db.execute(sql`select id, org_unit_id, id_number from persons where district_id = ${districtId} and id_number = any(${list(part)})`),
    );
    for (const p of found) out.set(`${p.org_unit_id}|${p.id_number}`, p.id);
  }
  return out;
}

async function personValuesOf(db: DbOrTx, personIds: string[], elementIds: string[]) {
  const out = new Map<string, Scalar>();
  if (!elementIds.length) return out;
  for (const part of chunks(personIds)) {
    const rows = rowsOf<{ person_id: string; element_id: string; value: string | null }>(
      await db.execute(sql`select person_id, element_id, value::text as value from person_values where person_id = any(${list(part)}::uuid[]) and element_id = any(${list(elementIds)}::uuid[])`),
    );
    for (const r of rows) out.set(`${r.person_id}|${r.element_id}`, parse(r.value));
  }
  return out;
}

/** Departments' pushed values of a village's items, the latest per item, with the department's name. */
export async function listPushedValues(db: DbOrTx, input: { orgUnitId: string; elementIds: string[]; periodKeys: string[] }): Promise<Map<string, PushedValue>> {
  const out = new Map<string, PushedValue>();
  if (!input.elementIds.length || !input.periodKeys.length) return out;
  const rows = await db
    .select({ elementId: pushedValues.elementId, periodKey: pushedValues.periodKey, value: pushedValues.value, pushedAt: pushedValues.pushedAt, departmentName: departments.name })
    .from(pushedValues)
    .innerJoin(departments, eq(departments.id, pushedValues.departmentId))
    .where(and(eq(pushedValues.orgUnitId, input.orgUnitId), inArray(pushedValues.elementId, [...new Set(input.elementIds)]), inArray(pushedValues.periodKey, [...new Set(input.periodKeys)])))
    .orderBy(asc(pushedValues.pushedAt), asc(departments.name));
  for (const r of rows) out.set(`${r.elementId}|${r.periodKey}`, { value: r.value, departmentName: r.departmentName, pushedAt: r.pushedAt });
  return out;
}

/** Departments' pushed values of a village's residents, the latest per resident and element. */
export async function listPushedPersonValues(db: DbOrTx, { orgUnitId }: { orgUnitId: string }): Promise<Map<string, PushedValue>> {
  const rows = await db
    .select({ personId: pushedPersonValues.personId, elementId: pushedPersonValues.elementId, value: pushedPersonValues.value, pushedAt: pushedPersonValues.pushedAt, departmentName: departments.name })
    .from(pushedPersonValues)
    .innerJoin(departments, eq(departments.id, pushedPersonValues.departmentId))
    .where(eq(pushedPersonValues.orgUnitId, orgUnitId))
    .orderBy(asc(pushedPersonValues.pushedAt), asc(departments.name));
  const out = new Map<string, PushedValue>();
  for (const r of rows) out.set(`${r.personId}|${r.elementId}`, { value: r.value, departmentName: r.departmentName, pushedAt: r.pushedAt });
  return out;
}

/** The department's pushes, newest first. */
export async function listPushes(db: DbOrTx, { districtId, departmentId, limit = 20 }: { districtId: string; departmentId: string; limit?: number }) {
  return db
    .select({ id: dataPushes.id, periodKey: dataPushes.periodKey, kind: dataPushes.kind, fileName: dataPushes.fileName, rowCount: dataPushes.rowCount, summary: dataPushes.summary, pushedAt: dataPushes.pushedAt, pushedByName: users.displayName, formTitle: forms.title })
    .from(dataPushes)
    .leftJoin(users, eq(users.id, dataPushes.pushedBy))
    .leftJoin(forms, eq(forms.id, dataPushes.formId))
    .where(and(eq(dataPushes.districtId, districtId), eq(dataPushes.departmentId, departmentId)))
    .orderBy(desc(dataPushes.pushedAt))
    .limit(limit);
}

/** An item where a village's value differs from what the department pushed: the village's stays. */
export interface Discrepancy {
  townName: string;
  villageName: string;
  divisionCode: string;
  elementName: string;
  /** Village items: the period the value is stored under; resident items: null. */
  periodKey: string | null;
  personName: string | null;
  /** Full 公民身份号码 (the department's own record); reading the list is audited. */
  idNumber: string | null;
  pushedValue: Scalar;
  pushedAt: Date;
  villageValue: Scalar;
  villageSource: string;
  updatedByName: string | null;
  updatedAt: Date;
  /**
   * The village typed its value after the department first pushed the item (a correction). Otherwise it held
   * another value already, or (villageSource "pushed") it confirmed an earlier push the department has changed since.
   */
  isCorrection: boolean;
}

/**
 * The department's discrepancy list: every item it pushed where the village's value is another, village
 * items and residents' items, in village order. Carries full ID numbers, so every read is audited.
 */
export async function listDiscrepancies(db: DbOrTx, actor: Actor, { districtId, departmentId }: { districtId: string; departmentId: string }): Promise<Discrepancy[]> {
  type Raw = { town: string; village: string; code: string; path: string; element: string; period_key: string | null; person: string | null; id_number: string | null; pushed: string | null; pushed_at: string | Date; first_pushed_at: string | Date; value: string | null; source: string; updated_by: string | null; updated_at: string | Date };
  const unit = rowsOf<Raw>(
    await db.execute(sql`
      select t.name as town, o.name as village, o.division_code as code, o.path, e.name as element, pv.period_key, null as person, null as id_number,
        pv.value::text as pushed, pv.pushed_at, pv.first_pushed_at, v.value::text as value, v.source, u.display_name as updated_by, v.updated_at
      from ${pushedValues} pv
      join "values" v on v.org_unit_id = pv.org_unit_id and v.element_id = pv.element_id and v.period_key = pv.period_key
      join ${elements} e on e.id = pv.element_id
      join ${orgUnits} o on o.id = pv.org_unit_id
      left join ${orgUnits} t on t.id = o.parent_id
      left join ${users} u on u.id = v.updated_by
      where pv.district_id = ${districtId} and pv.department_id = ${departmentId} and v.value is not null and v.value <> 'null'::jsonb and v.value <> '""'::jsonb`),
  );
  const person = rowsOf<Raw>(
    await db.execute(sql`
      select t.name as town, o.name as village, o.division_code as code, o.path, e.name as element, null as period_key, p.name as person, p.id_number,
        ppv.value::text as pushed, ppv.pushed_at, ppv.first_pushed_at, v.value::text as value, v.source, u.display_name as updated_by, v.updated_at
      from ${pushedPersonValues} ppv
      join person_values v on v.person_id = ppv.person_id and v.element_id = ppv.element_id
      join persons p on p.id = ppv.person_id
      join ${elements} e on e.id = ppv.element_id
      join ${orgUnits} o on o.id = ppv.org_unit_id
      left join ${orgUnits} t on t.id = o.parent_id
      left join ${users} u on u.id = v.updated_by
      where ppv.district_id = ${districtId} and ppv.department_id = ${departmentId} and v.value is not null and v.value <> 'null'::jsonb and v.value <> '""'::jsonb`),
  );
  const list = [...unit, ...person]
    .map((r) => ({ r, pushed: parse(r.pushed), value: parse(r.value) }))
    .filter((x) => !sameScalar(x.pushed, x.value))
    .sort((a, b) => a.r.path.localeCompare(b.r.path) || (a.r.person ?? "").localeCompare(b.r.person ?? "", "zh-CN") || a.r.element.localeCompare(b.r.element, "zh-CN") || (a.r.period_key ?? "").localeCompare(b.r.period_key ?? ""))
    .map(({ r, pushed, value }): Discrepancy => ({
      townName: r.town,
      villageName: r.village,
      divisionCode: r.code,
      elementName: r.element,
      periodKey: r.period_key,
      personName: r.person,
      idNumber: r.id_number,
      pushedValue: pushed,
      pushedAt: new Date(r.pushed_at),
      villageValue: value,
      villageSource: r.source,
      updatedByName: r.updated_by,
      updatedAt: new Date(r.updated_at),
      isCorrection: r.source !== "pushed" && new Date(r.updated_at) > new Date(r.first_pushed_at),
    }));
  await recordAudit(db, actor, { action: "view", entity: "data_push_discrepancies", entityId: departmentId, districtId, after: { rows: list.length, idNumbers: list.filter((d) => d.idNumber).length } });
  return list;
}

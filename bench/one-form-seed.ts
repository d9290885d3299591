/** Generated data for the one-form benchmarks: a district, villages with cadres, forms whose fields share elements. */
import { eq, inArray, sql } from "drizzle-orm";
import { checkCharacter } from "@/lib/id-number/gb11643";
import { hashSessionToken, newSessionToken } from "@/lib/auth/session-token";
import type { FieldType } from "@/lib/domain";
import { elements, formFields, personValues, persons, rosterEntries, values } from "@/db/schema";
import { insertSession } from "@/db/queries/sessions";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type FieldSpec } from "@/db/seed/factories";
import type { Db } from "@/db/types";

/** Nouns whose words put elements in every section of the one form. */
const NOUNS = ["户籍人口", "常住人口", "低保对象", "特困人员", "残疾人", "留守儿童", "党员", "入党积极分子", "矛盾纠纷", "网格事件", "信访事项", "耕地", "粮食种植", "生猪存栏", "隐患点", "应急演练", "孕产妇", "家庭医生签约", "外出务工", "技能培训", "村集体收入", "道路"];
const MEASURES: [string, FieldType, string | null][] = [["人数", "integer", "人"], ["户数", "integer", "户"], ["件数", "integer", "件"], ["面积", "decimal", "亩"], ["金额", "decimal", "万元"], ["次数", "integer", "次"], ["日期", "date", null], ["类别", "choice", null], ["是否达标", "boolean", null]];

export function elementSpecs(n: number) {
  const out: { name: string; type: FieldType; unit: string | null; aggregation: "stock" | "flow"; options: string[] | null }[] = [];
  for (let i = 0; out.length < n; i++) {
    const noun = NOUNS[i % NOUNS.length];
    const [measure, type, unit] = MEASURES[Math.floor(i / NOUNS.length) % MEASURES.length];
    const round = Math.floor(i / (NOUNS.length * MEASURES.length));
    out.push({ name: `${noun}${measure}${round ? round + 1 : ""}`, type, unit, aggregation: i % 3 === 0 ? "flow" : "stock", options: type === "choice" ? ["一类", "二类", "三类"] : null });
  }
  return out;
}

export const benchId = (i: number) => {
  const first17 = `430112${1950 + (i % 50)}${String(1 + (i % 12)).padStart(2, "0")}${String(1 + (i % 28)).padStart(2, "0")}${String(100 + (i % 900)).padStart(3, "0")}`;
  return `${first17}${checkCharacter(first17)}`;
};

/**
 * A district whose villages each have `elementCount` unit elements due in a month, spread over
 * `forms` aggregate forms (with 20% of fields shared between forms, so the one form merges them) and
 * two roster forms. Fields are assigned to elements directly (no matcher) so the counts are exact.
 */
export async function seedOneFormDistrict(db: Db, opts: { towns: number; villages: number; elementCount: number; forms: number }) {
  const tree = await seedOrgTree(db, { towns: opts.towns, villages: opts.villages });
  const district = tree.district;
  const departments = await Promise.all(["区民政局", "区统计局", "区委政法委", "区农业农村局", "区应急管理局", "区卫健委"].map((name) => seedDepartment(db, { district, name })));
  const specs = elementSpecs(opts.elementCount);
  const inserted = await db
    .insert(elements)
    .values(specs.map((s) => ({ districtId: district.id, name: s.name, type: s.type, unit: s.unit, scope: "unit" as const, aggregation: s.aggregation, options: s.options })))
    .returning({ id: elements.id, name: elements.name });
  const idByName = new Map(inserted.map((e) => [e.name, e.id]));
  // Each element in one form; every fifth also asked by the next form (the merge the one form makes).
  const perForm = Math.ceil(specs.length / opts.forms);
  for (let f = 0; f < opts.forms; f++) {
    const own = specs.slice(f * perForm, (f + 1) * perForm);
    const shared = specs.filter((_, i) => i % 5 === 0 && Math.floor(i / perForm) === (f + opts.forms - 1) % opts.forms);
    const fields: FieldSpec[] = [...own, ...shared].map((s) => ({ label: s.name, type: s.type, unit: s.unit }));
    const form = await seedForm(db, { district, department: departments[f % departments.length], title: `基层月报${f + 1}`, kind: "aggregate", frequency: f % 4 === 3 ? "quarterly" : "monthly", fields });
    await assignByLabel(db, form.id, idByName);
  }
  const personSpecs = [
    { name: "姓名", type: "text" as const },
    { name: "公民身份号码", type: "idcard" as const },
    { name: "联系电话", type: "phone" as const },
    { name: "保障金额", type: "decimal" as const, unit: "元" },
    { name: "家庭人口数", type: "integer" as const, unit: "人" },
  ];
  const personElements = await db
    .insert(elements)
    .values(personSpecs.map((s) => ({ districtId: district.id, name: s.name, type: s.type, unit: s.unit ?? null, scope: "person" as const, aggregation: "stock" as const })))
    .returning({ id: elements.id, name: elements.name });
  const personIdByName = new Map(personElements.map((e) => [e.name, e.id]));
  const rosters = [];
  for (const title of ["最低生活保障对象名册", "残疾人名册"]) {
    const form = await seedForm(db, { district, department: departments[0], title, kind: "roster", fields: personSpecs.map((s) => ({ label: s.name, type: s.type, unit: s.unit ?? null })) });
    await assignByLabel(db, form.id, personIdByName);
    rosters.push(form);
  }
  return { tree, district, rosters, personElementIds: personIdByName };
}

async function assignByLabel(db: Db, formId: string, idByName: Map<string, string>) {
  const fields = await db.select({ id: formFields.id, label: formFields.label }).from(formFields).where(eq(formFields.formId, formId));
  for (const f of fields) await db.update(formFields).set({ elementId: idByName.get(f.label) ?? null, matchSource: "manual" }).where(eq(formFields.id, f.id));
}

/** Stored values for a village: every unit element last period, `share` of them this period; `residents` on each roster. */
export async function seedVillageValues(db: Db, input: { orgUnitId: string; districtId: string; elementIds: string[]; period: string; previous: string; share: number; residents: number; rosterIds: string[]; personElementIds: Map<string, string> }) {
  const rows = input.elementIds.flatMap((elementId, i) => [
    { orgUnitId: input.orgUnitId, elementId, periodKey: input.previous, districtId: input.districtId, value: i + 1, source: "entered" as const },
    ...(i < input.elementIds.length * input.share ? [{ orgUnitId: input.orgUnitId, elementId, periodKey: input.period, districtId: input.districtId, value: i + 2, source: "entered" as const }] : []),
  ]);
  for (let i = 0; i < rows.length; i += 500) await db.insert(values).values(rows.slice(i, i + 500));
  if (!input.residents) return;
  const people = await db
    .insert(persons)
    .values(Array.from({ length: input.residents }, (_, i) => ({ orgUnitId: input.orgUnitId, districtId: input.districtId, idNumber: benchId(i), name: `居民${i + 1}`, birthDate: `${1950 + (i % 50)}-${String(1 + (i % 12)).padStart(2, "0")}-${String(1 + (i % 28)).padStart(2, "0")}`, sex: i % 2 ? ("male" as const) : ("female" as const) })))
    .onConflictDoNothing()
    .returning({ id: persons.id });
  const phone = input.personElementIds.get("联系电话")!;
  const amount = input.personElementIds.get("保障金额")!;
  await db.insert(personValues).values(people.flatMap((p, i) => [
    { personId: p.id, elementId: phone, districtId: input.districtId, value: `1380000${String(i).padStart(4, "0")}`, source: "entered" as const },
    { personId: p.id, elementId: amount, districtId: input.districtId, value: 500 + i, source: "entered" as const },
  ]));
  await db.insert(rosterEntries).values(input.rosterIds.flatMap((formId) => people.map((p) => ({ formId, personId: p.id, orgUnitId: input.orgUnitId, districtId: input.districtId }))));
}

/** A signed-in session for a user: the cookie value to send. */
export async function sessionFor(db: Db, userId: string): Promise<string> {
  const token = newSessionToken();
  await insertSession(db, { tokenHash: hashSessionToken(token), userId, expiresAt: new Date(Date.now() + 3_600_000) });
  return token;
}

export async function unitElementIds(db: Db, districtId: string): Promise<string[]> {
  const rows = await db.select({ id: elements.id }).from(elements).where(sql`${elements.districtId} = ${districtId} and ${elements.scope} = 'unit'`).orderBy(elements.name);
  return rows.map((r) => r.id);
}

export { seedUser, inArray };

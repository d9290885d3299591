import { and, eq, isNull } from "drizzle-orm";
import ExcelJS from "exceljs";
import { isUnitNameField } from "@/lib/export/fill-template";
import { checkCharacter, parseIdNumber } from "@/lib/id-number/gb11643";
import { loadWorkbookSafely, parseWorkbook } from "@/lib/templates";
import { coreLabel } from "@/lib/templates/text";
import { getDepartmentByName } from "../queries/departments";
import { storeFile } from "../queries/files";
import { insertForm } from "../queries/forms";
import { getOrgUnitByCode, listOrgUnitsInSubtree } from "../queries/org-units";
import { elements, formFields, forms, persons, personValues, rosterEntries, submissions, values, type Department, type Form, type FormField, type OrgUnit } from "../schema";
import type { Db, Tx } from "../types";
import { DEMO_DISTRICT } from "./demo-data";

/**
 * Demo data for the department export: two 区民政局 forms registered from real templates (an aggregate
 * monthly report and a roster), each field linked to an element, the villages' values for one month,
 * some residents, and submissions (submitted / draft / not started). Also used by tests as factories.
 */

export const DEMO_EXPORT_PERIOD = "2026-10";
export const DEMO_AGGREGATE_TITLE = "各村（社区）低保发放情况月报表";
export const DEMO_ROSTER_TITLE = "2026年困难群众走访登记表";

const THIN = { style: "thin" } as const;
const BORDER: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** The aggregate template a 民政局 sends out: title, meta row, code row, 合计, footer and a note. */
export async function aggregateTemplateBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("低保月报");
  const rows: (string | number | null)[][] = [
    [DEMO_AGGREGATE_TITLE],
    ["填报单位（盖章）：", null, null, null, "单位：户、人、万元"],
    ["序号", "村（社区）名称", "低保户数（户）", "低保人数（人）", "发放金额（万元）", "备注"],
    ["甲", "乙", 1, 2, 3, 4],
    [null, null, null, null, null, null],
    [null, "合计"],
    ["单位负责人：            填表人：            联系电话：            报出日期："],
    ["注：本表由各村（社区）填报，每月5日前报送区民政局。"],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  ws.mergeCells("A1:F1");
  ws.mergeCells("A7:F7");
  ws.mergeCells("A8:F8");
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  for (let r = 3; r <= 6; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = BORDER;
  for (let c = 1; c <= 6; c++) ws.getCell(3, c).font = { bold: true };
  ws.columns.forEach((col, i) => (col.width = [6, 16, 14, 14, 16, 20][i]));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A roster with a two-row header, an example row and pre-numbered blank rows. */
export async function rosterTemplateBytes(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("花名册");
  const rows: (string | number | null)[][] = [
    [DEMO_ROSTER_TITLE],
    ["填报单位（盖章）：", null, null, null, null, "制表机关：区民政局"],
    ["序号", "基本情况", null, null, "联系电话", "走访日期", "月补助金额（元）", "备注"],
    [null, "姓名", "性别", "公民身份号码"],
    ["示例", "张三", "男", "34128020010719430X", "138****1234", "2026年3月5日", 120.5],
    [1], [2], [3],
    ["单位负责人：            填表人：            联系电话：            报出日期："],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  for (const m of ["A1:H1", "B3:D3", "A3:A4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "A9:H9"]) ws.mergeCells(m);
  ws.getCell("A1").font = { bold: true, size: 16 };
  for (let r = 3; r <= 8; r++) for (let c = 1; c <= 8; c++) ws.getCell(r, c).border = BORDER;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export interface SeededExportForm {
  form: Form;
  fields: FormField[];
  /** field label without spaces → element id */
  elementOf: Record<string, string>;
}

/** A field in 万元 stored in an element in 元 (value in element unit = field value × 10000). */
const UNIT_FACTORS: Record<string, { unit: string; factor: number }> = { 万元: { unit: "元", factor: 10_000 } };

/**
 * Registers a template as an active form of a department (parsed by the real parser) and gives each field
 * an element of its own (village-name columns excepted), so values can be seeded and exported.
 */
export async function seedFormFromTemplate(
  db: Db,
  input: { district: OrgUnit; department: Department; name: string; bytes: Buffer; frequency?: Form["frequency"] },
): Promise<SeededExportForm> {
  const { workbook } = await loadWorkbookSafely(input.bytes, input.name);
  const [definition] = parseWorkbook(workbook, input.name);
  return db.transaction(async (tx) => {
    const t = tx as Tx;
    const file = await storeFile(t, { name: input.name, bytes: input.bytes, uploadedBy: null });
    const form = await insertForm(t, {
      districtId: input.district.id,
      departmentId: input.department.id,
      fileId: file.id,
      definition,
      frequency: input.frequency ?? "monthly",
      targetLevels: ["village", "community"],
      status: "active",
      createdBy: null,
    });
    const fields = await t.select().from(formFields).where(eq(formFields.formId, form.id));
    const elementOf: Record<string, string> = {};
    const linked: FormField[] = [];
    for (const f of fields) {
      if (isUnitNameField(f)) {
        linked.push(f);
        continue;
      }
      const conversion = f.unit ? UNIT_FACTORS[f.unit] : undefined;
      const name = coreLabel(f.label) || f.label;
      const scope = definition.kind === "roster" ? "person" : "unit";
      const unit = conversion?.unit ?? f.unit;
      // The district's catalog may already hold this datum (the demo's other forms): use it, as a confirmed match would.
      const [known] = await t
        .select()
        .from(elements)
        .where(and(eq(elements.districtId, input.district.id), eq(elements.name, name), eq(elements.type, f.type), eq(elements.scope, scope), unit ? eq(elements.unit, unit) : isNull(elements.unit)))
        .limit(1);
      const element =
        known ??
        (
          await t
            .insert(elements)
            .values({ districtId: input.district.id, name, type: f.type, unit, scope, aggregation: /本月|新增|发放|走访/.test(name) ? "flow" : "stock", options: f.options })
            .returning()
        )[0];
      const [updated] = await t
        .update(formFields)
        .set({ elementId: element.id, unitFactor: conversion?.factor ?? 1, matchSource: "manual", matchScore: 1 })
        .where(eq(formFields.id, f.id))
        .returning();
      linked.push(updated);
      elementOf[f.label.replace(/\s+/g, "")] = element.id;
    }
    return { form, fields: linked.sort((a, b) => a.position - b.position), elementOf };
  });
}

/** A valid 公民身份号码 for a demo resident (region 430112, the given birth date and sequence). */
export function demoIdNumber(birth: string, sequence: number): string {
  const first17 = `430112${birth.replace(/-/g, "")}${String(sequence).padStart(3, "0")}`;
  return `${first17}${checkCharacter(first17)}`;
}

/** Adds a resident to a village's registry and to a roster form, with person values by element id. */
export async function seedRosterPerson(
  db: Db,
  input: { unit: OrgUnit; districtId: string; formId: string; name: string; idNumber: string; values?: Record<string, string | number | boolean | null> },
) {
  const parsed = parseIdNumber(input.idNumber);
  if (!parsed.ok) throw new Error(`bad demo ID number ${input.idNumber}`);
  return db.transaction(async (tx) => {
    const [person] = await tx
      .insert(persons)
      .values({ orgUnitId: input.unit.id, districtId: input.districtId, idNumber: parsed.info.idNumber, name: input.name, birthDate: parsed.info.birthDate, sex: parsed.info.sex })
      .returning();
    await tx.insert(rosterEntries).values({ formId: input.formId, personId: person.id, orgUnitId: input.unit.id, districtId: input.districtId });
    const entries = Object.entries(input.values ?? {});
    if (entries.length) await tx.insert(personValues).values(entries.map(([elementId, value]) => ({ personId: person.id, elementId, districtId: input.districtId, value, source: "entered" as const })));
    return person;
  });
}

/** The deterministic figures of village i for the demo aggregate form. */
export function demoAggregateFigures(i: number) {
  const households = 8 + ((i * 7) % 23);
  return { households, people: households * 2 + (i % 5), amountYuan: households * 2 * 680 };
}

/** Seeds the export demo into the demo district. Idempotent: skipped when the aggregate form exists. */
export async function seedDemoExport(db: Db): Promise<{ forms: number; values: number }> {
  const district = await getOrgUnitByCode(db, { code: DEMO_DISTRICT.code });
  const department = district ? await getDepartmentByName(db, { districtId: district.id, name: "区民政局" }) : null;
  if (!district || !department) return { forms: 0, values: 0 };
  const [existing] = await db.select({ id: forms.id }).from(forms).where(and(eq(forms.districtId, district.id), eq(forms.title, DEMO_AGGREGATE_TITLE)));
  if (existing) return { forms: 0, values: 0 };

  const aggregate = await seedFormFromTemplate(db, { district, department, name: `${DEMO_AGGREGATE_TITLE}.xlsx`, bytes: await aggregateTemplateBytes() });
  const roster = await seedFormFromTemplate(db, { district, department, name: `${DEMO_ROSTER_TITLE}.xlsx`, bytes: await rosterTemplateBytes() });
  const units = await listOrgUnitsInSubtree(db, { path: district.path, levels: ["village", "community"] });
  const rows: (typeof values.$inferInsert)[] = [];
  const subs: (typeof submissions.$inferInsert)[] = [];
  units.forEach((unit, i) => {
    const state = i % 5 === 4 ? null : i % 5 === 3 ? "draft" : "submitted";
    if (!state) return;
    const f = demoAggregateFigures(i);
    const figures: [string, number][] = [
      ["低保户数（户）", f.households],
      ["低保人数（人）", f.people],
      ["发放金额（万元）", f.amountYuan],
    ];
    for (const [label, value] of figures) rows.push({ orgUnitId: unit.id, elementId: aggregate.elementOf[label], periodKey: DEMO_EXPORT_PERIOD, districtId: district.id, value, source: "entered" });
    subs.push({ orgUnitId: unit.id, formId: aggregate.form.id, periodKey: DEMO_EXPORT_PERIOD, districtId: district.id, status: state, submittedAt: state === "submitted" ? new Date("2026-11-03T09:00:00+08:00") : null });
  });
  await db.insert(values).values(rows);
  await db.insert(submissions).values(subs);

  const village = units.find((u) => u.name === "团山湖村") ?? units[0];
  const residents: [string, string, number, string][] = [
    ["刘桂英", "1948-03-12", 22, "13807310001"],
    ["陈建国", "1952-11-02", 31, "13807310002"],
    ["周秀兰", "1940-07-25", 42, "=HYPERLINK(\"http://example.com\",\"点我\")"],
  ];
  for (const [name, birth, seq, phone] of residents) {
    await seedRosterPerson(db, {
      unit: village,
      districtId: district.id,
      formId: roster.form.id,
      name,
      idNumber: demoIdNumber(birth, seq),
      values: { [roster.elementOf["联系电话"]]: phone, [roster.elementOf["走访日期"]]: "2026-10-15", [roster.elementOf["月补助金额（元）"]]: 680 },
    });
  }
  return { forms: 2, values: rows.length };
}

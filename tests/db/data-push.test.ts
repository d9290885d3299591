import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/helpers/test-db";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { pushedShare } from "@/lib/data-push";
import { auditLog, personValues, persons, pushedPersonValues, pushedValues, rosterEntries, values, type Department, type User } from "@/db/schema";
import { applyDepartmentPush, listDiscrepancies, listPushElements } from "@/db/queries/data-push";
import { editResident, getOneFormScope, loadOneForm, saveOneFormSection, type OneFormScope } from "@/db/queries/one-form";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { demoIdNumber, seedFormFromTemplate, type SeededExportForm } from "@/db/seed/demo-export";

const t = useTestDb();
const PERIOD = "2026-11";
let tree: OrgTree;
let other: OrgTree;
let dept: Department;
let health: Department;
let aggregate: SeededExportForm;
let roster: SeededExportForm;
let healthForm: SeededExportForm;
let staff: User;
let cadre: User;
let scope: OneFormScope;

const ALICE = demoIdNumber("1948-03-12", 22);
const BOB = demoIdNumber("1952-11-02", 31);

async function template(title: string, header: string[]) {
  return buildWorkbook([{ name: "Sheet1", rows: [[title], header, [null]] }]);
}

beforeAll(async () => {
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  other = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  dept = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  health = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  aggregate = await seedFormFromTemplate(t.db, { district: tree.district, department: dept, name: "困难群众情况统计表.xlsx", bytes: await template("困难群众情况统计表", ["序号", "村（社区）名称", "户籍人口", "低保户数", "走访户数"]) });
  roster = await seedFormFromTemplate(t.db, { district: tree.district, department: dept, name: "最低生活保障对象名册.xlsx", bytes: await template("最低生活保障对象名册", ["序号", "姓名", "公民身份号码", "家庭人口数", "保障金额（元）"]) });
  healthForm = await seedFormFromTemplate(t.db, { district: tree.district, department: health, name: "孕产妇统计表.xlsx", bytes: await template("孕产妇统计表", ["序号", "村（社区）名称", "孕产妇人数"]) });
  staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: dept });
  cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
  scope = (await getOneFormScope(t.db, { orgUnitId: tree.villages[0][0].id }))!;
});

const el = (form: SeededExportForm, label: string) => form.elementOf[label]!;
const actor = () => ({ userId: staff.id, districtId: tree.district.id });
const villageRows = (pop: number, dibao: number) => [
  { row: 2, village: tree.villages[0][0].name, values: { [el(aggregate, "户籍人口")]: pop, [el(aggregate, "低保户数")]: dibao } },
  { row: 3, village: tree.villages[0][1].divisionCode, values: { [el(aggregate, "户籍人口")]: 980, [el(aggregate, "低保户数")]: 12 } },
];
const push = (rows: unknown[], extra: Partial<Parameters<typeof applyDepartmentPush>[2]> = {}) =>
  applyDepartmentPush(t.db, actor(), { departmentId: dept.id, districtId: tree.district.id, periodKey: PERIOD, kind: "villages", rows: rows as never, dryRun: false, ...extra });

async function countOf(table: typeof pushedValues | typeof pushedPersonValues) {
  const [row] = await t.db.select({ n: count() }).from(table).where(eq(table.districtId, tree.district.id));
  return row.n;
}

async function cellsOf() {
  const { view } = await loadOneForm(t.db, { scope, periodKey: PERIOD });
  return { view, cells: Object.fromEntries(view.sections.flatMap((s) => s.elements.map((e) => [e.element.id, { ...e.cell, section: s.key }]))) };
}

describe("department data push (数据回流)", () => {
  it("allows only the elements the department's own forms use", async () => {
    const ids = (await listPushElements(t.db, { districtId: tree.district.id, departmentId: dept.id })).map((e) => e.id);
    expect(ids).toContain(el(aggregate, "户籍人口"));
    expect(ids).toContain(el(roster, "家庭人口数"));
    expect(ids).not.toContain(el(healthForm, "孕产妇人数"));
  });

  it("a dry run reports what would be filled where and writes nothing", async () => {
    const report = await push([...villageRows(2310, 41), { row: 4, village: "不存在村", values: {} }, { row: 5, village: tree.villages[0][1].name, values: { [el(healthForm, "孕产妇人数")]: 3 } }], { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, pushId: null, rowCount: 4, validRows: 2, totals: { values: 4, prefill: 4, same: 0, conflict: 0 } });
    expect(report.villages.map((v) => [v.name, v.rows, v.prefill])).toEqual([[tree.villages[0][0].name, 1, 2], [tree.villages[0][1].name, 1, 2]]);
    expect(report.unknownVillages).toEqual([{ village: "不存在村", rows: [4] }]);
    // Another department's element is refused, as is the village named twice.
    expect(report.rejected.map((r) => [r.row, r.issues.map((i) => i.key)])).toEqual([[4, ["unknownVillage"]], [5, ["elementNotAllowed", "duplicateVillage"]]]);
    expect(await countOf(pushedValues)).toBe(0);
    const [audits] = await t.db.select({ n: count() }).from(auditLog).where(eq(auditLog.entity, "data_push"));
    expect(audits.n).toBe(0);
  });

  it("refuses a department of another district and villages outside the district", async () => {
    const foreign = await seedDepartment(t.db, { district: other.district });
    await expect(applyDepartmentPush(t.db, actor(), { departmentId: foreign.id, districtId: tree.district.id, periodKey: PERIOD, kind: "villages", rows: [], dryRun: true })).rejects.toMatchObject({ code: "forbidden" });
    const report = await push([{ row: 2, village: other.villages[0][0].divisionCode, values: { [el(aggregate, "户籍人口")]: 5 } }], { dryRun: true });
    expect(report.validRows).toBe(0);
    expect(report.rejected[0].issues[0].key).toBe("unknownVillage");
  });

  it("applies a push: the village's one form shows the values prefilled with department and date; the push is audited", async () => {
    const report = await push(villageRows(2310, 41));
    expect(report.pushId).toBeTruthy();
    expect(await countOf(pushedValues)).toBe(4);
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "data_push"), eq(auditLog.entityId, report.pushId!)));
    expect(audit.action).toBe("push");
    expect(await t.db.select().from(values).where(eq(values.orgUnitId, scope.orgUnit.id))).toEqual([]);
    const { view, cells } = await cellsOf();
    const pop = cells[el(aggregate, "户籍人口")];
    expect(pop).toMatchObject({ value: 2310, source: "pushed", isPrefill: true, pushed: { departmentName: "区民政局", conflict: false } });
    // Stock items: 户籍人口 and 低保户数 pushed, 孕产妇人数 (区卫健委's) not; 走访户数 is a flow item.
    expect(pushedShare(view)).toEqual({ filled: 2, total: 3 });
  });

  it("the cadre confirms one value and corrects another; a second push overwrites neither and the correction is in the discrepancy list", async () => {
    const { cells } = await cellsOf();
    const pop = el(aggregate, "户籍人口");
    const dibao = el(aggregate, "低保户数");
    const section = cells[dibao].section;
    const sectionIds = Object.entries(cells).filter(([, c]) => c.section === section).map(([id]) => id);
    const versions = Object.fromEntries(sectionIds.map((id) => [id, 0]));
    // Correct 低保户数 (41 → 40) and keep the rest as shown.
    const inputs = Object.fromEntries(sectionIds.map((id) => [id, id === dibao ? "40" : cells[id].value === null ? "" : String(cells[id].value)]));
    const saved = await saveOneFormSection(t.db, { userId: cadre.id, districtId: tree.district.id }, { scope, periodKey: PERIOD, section, values: inputs, versions, confirmed: sectionIds });
    expect(saved.status).toBe("saved");
    const stored = async (id: string) => (await t.db.select().from(values).where(and(eq(values.orgUnitId, scope.orgUnit.id), eq(values.elementId, id))))[0];
    expect((await stored(dibao)).value).toBe(40);
    if (cells[pop].section !== section) {
      const popSection = Object.entries(cells).filter(([, c]) => c.section === cells[pop].section);
      const confirmed = await saveOneFormSection(t.db, { userId: cadre.id, districtId: tree.district.id }, { scope, periodKey: PERIOD, section: cells[pop].section, values: {}, versions: Object.fromEntries(popSection.map(([id, c]) => [id, c.version])), confirmed: [], unchanged: true });
      expect(confirmed.status).toBe("saved");
    }
    expect(await stored(pop)).toMatchObject({ value: 2310 });

    const second = await push(villageRows(2320, 41));
    expect(second.villages[0]).toMatchObject({ prefill: 0, conflict: 2 });
    expect((await stored(dibao)).value).toBe(40);
    expect((await stored(pop)).value).toBe(2310);
    const after = await cellsOf();
    expect(after.cells[dibao]).toMatchObject({ value: 40, isPrefill: false, pushed: { value: 41, conflict: true } });

    const list = await listDiscrepancies(t.db, actor(), { districtId: tree.district.id, departmentId: dept.id });
    const mine = list.filter((d) => d.villageName === scope.orgUnit.name);
    // 低保户数: the cadre's correction; 户籍人口: the village confirmed the first push, the department changed it since.
    expect(mine.map((d) => [d.elementName, d.pushedValue, d.villageValue, d.isCorrection, d.villageSource])).toEqual([["低保户数", 41, 40, true, "entered"], ["户籍人口", 2320, 2310, false, "pushed"]]);
    const [view] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "data_push_discrepancies"), eq(auditLog.action, "view")));
    expect(view.userId).toBe(staff.id);
  });

  it("'unchanged' stores the pushed values as the village's, source pushed", async () => {
    const village = (await getOneFormScope(t.db, { orgUnitId: tree.villages[0][1].id }))!;
    const { view } = await loadOneForm(t.db, { scope: village, periodKey: PERIOD });
    const sections = view.sections.filter((s) => s.elements.some((e) => e.element.id === el(aggregate, "户籍人口") || e.element.id === el(aggregate, "低保户数")));
    for (const section of sections) {
      const versions = Object.fromEntries(section.elements.map((e) => [e.element.id, e.cell.version]));
      const saved = await saveOneFormSection(t.db, { userId: cadre.id, districtId: tree.district.id }, { scope: village, periodKey: PERIOD, section: section.key, values: {}, versions, confirmed: [], unchanged: true });
      expect(saved.status).toBe("saved");
    }
    const rows = await t.db.select().from(values).where(eq(values.orgUnitId, village.orgUnit.id));
    expect(rows.map((r) => [r.elementId, r.value, r.source]).sort()).toEqual([[el(aggregate, "户籍人口"), 980, "pushed"], [el(aggregate, "低保户数"), 12, "pushed"]].sort());
  });

  it("a roster push registers residents, lists them on the department's roster form, and a cadre's correction survives the next push", async () => {
    const size = el(roster, "家庭人口数");
    const amount = el(roster, "保障金额（元）");
    const rows = (n: number) => [
      { row: 2, village: tree.villages[0][0].name, idNumber: ALICE, name: "刘桂英", values: { [size]: n, [amount]: 680 } },
      { row: 3, village: tree.villages[0][0].name, idNumber: BOB, name: "陈建国", values: { [size]: 2, [amount]: 720 } },
      { row: 4, village: tree.villages[0][0].name, idNumber: `${BOB.slice(0, 17)}${BOB[17] === "1" ? "2" : "1"}`, name: "假号码", values: {} },
    ];
    await expect(push(rows(3), { kind: "residents" })).rejects.toMatchObject({ code: "invalidInput" });
    const first = await push(rows(3), { kind: "residents", formId: roster.form.id });
    expect(first).toMatchObject({ validRows: 2, totals: { newResidents: 2, prefill: 4 } });
    expect(first.rejected).toEqual([{ row: 4, issues: [{ column: null, key: "idCheckDigit", params: {} }] }]);
    const [listed] = await t.db.select({ n: count() }).from(rosterEntries).where(eq(rosterEntries.formId, roster.form.id));
    expect(listed.n).toBe(2);
    // The audit row carries counts, never ID numbers.
    const [audit] = await t.db.select().from(auditLog).where(eq(auditLog.entityId, first.pushId!));
    expect(JSON.stringify(audit.after)).not.toContain(ALICE);

    const { view } = await loadOneForm(t.db, { scope, periodKey: PERIOD });
    const list = view.rosters.find((r) => r.form.id === roster.form.id)!;
    const alice = list.rows.find((r) => r.name === "刘桂英")!;
    expect(alice.cells[size]).toMatchObject({ value: 3, isPrefill: true, pushed: { departmentName: "区民政局" } });

    const [person] = await t.db.select().from(persons).where(and(eq(persons.orgUnitId, scope.orgUnit.id), eq(persons.idNumber, ALICE)));
    const edited = await editResident(t.db, { userId: cadre.id, districtId: tree.district.id }, { scope, periodKey: PERIOD, formId: roster.form.id, personId: person.id, name: "刘桂英", version: person.version, values: { [size]: "4", [amount]: "680" }, versions: {} });
    expect(edited.status).toBe("saved");

    const second = await push(rows(3), { kind: "residents", formId: roster.form.id });
    expect(second.totals).toMatchObject({ newResidents: 0, conflict: 1, same: 1, prefill: 2 });
    const [kept] = await t.db.select().from(personValues).where(and(eq(personValues.personId, person.id), eq(personValues.elementId, size)));
    expect(kept.value).toBe(4);
    const discrepancies = await listDiscrepancies(t.db, actor(), { districtId: tree.district.id, departmentId: dept.id });
    const resident = discrepancies.find((d) => d.personName === "刘桂英")!;
    expect(resident).toMatchObject({ idNumber: ALICE, elementName: "家庭人口数", pushedValue: 3, villageValue: 4, isCorrection: true });
  });
});

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkCharacter } from "@/lib/id-number/gb11643";
import { readImportSheet } from "@/lib/import/roster-import";
import { buildOneForm, type BuildInput, type OneFormElement } from "@/lib/one-form";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { applyMapping, checkResidentRows, checkVillageRows, mappingChoices, planPushColumns, pushedShare, pushOutcome, pushRowsOf, villageResolver, villageRoleOf, type VillageRef } from ".";

function idNumber(birth: string, seq: number): string {
  const first17 = `430112${birth}${String(seq).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

const el = (id: string, name: string, type: OneFormElement["type"], extra: Partial<OneFormElement> = {}): OneFormElement => ({ id, name, type, unit: null, scope: "person", aggregation: "stock", options: null, section: null, ...extra });

const ALLOWED: OneFormElement[] = [
  el("e-name", "姓名", "text"),
  el("e-id", "公民身份号码", "idcard"),
  el("e-phone", "联系电话", "phone"),
  el("e-size", "家庭人口数", "integer"),
  el("e-amount", "保障金额", "decimal", { unit: "元" }),
  el("e-pop", "户籍人口", "integer", { scope: "unit", unit: "人" }),
  el("e-dibao", "低保户数", "integer", { scope: "unit", unit: "户" }),
  el("e-money", "慰问金额", "decimal", { scope: "unit", unit: "元", aggregation: "flow" }),
];
const byId = new Map(ALLOWED.map((e) => [e.id, e]));

const VILLAGES: VillageRef[] = [
  { id: "v1", name: "团山湖村", code: "430112101203", townName: "乔口镇" },
  { id: "v2", name: "芦江村", code: "430112102202", townName: "靖港镇" },
  { id: "v3", name: "新华村", code: "430112101207", townName: "乔口镇" },
  { id: "v4", name: "新华村", code: "430112004205", townName: "铜官街道" },
];

async function sheetOf(header: string[], rows: unknown[][]) {
  const buf = await buildWorkbook([{ name: "数据", rows: [["区民政局数据回流"], header, ...(rows as never[][])] }]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return readImportSheet(wb, "回流.xlsx", 50_000);
}

const A = idNumber("19500101", 11);
const B = idNumber("19620315", 22);

describe("applyMapping: the department corrects the proposed mapping", () => {
  const header = ["村（社区）", "户籍人口（人）", "低保户数", "走访发放款（万元）", "养殖户数"];
  const by = (plan: { columns: { label: string; elementId: string | null; role: string; factor: number }[] }) =>
    Object.fromEntries(plan.columns.map((c) => [c.label.replace(/\s+/g, ""), c]));

  it("maps an unmapped column by hand with its unit converted, drops a column, and pushes only what is mapped", async () => {
    const sheet = await sheetOf(header, [["团山湖村", 2310, 41, 1.5, 7]]);
    const plan = planPushColumns(sheet, ALLOWED);
    expect(by(plan)["走访发放款（万元）"].role).toBe("unmapped");
    const col = (label: string) => plan.columns.find((c) => c.label.replace(/\s+/g, "") === label)!.column;
    const out = applyMapping(plan, sheet, { [col("走访发放款（万元）")]: "e-money", [col("低保户数")]: null }, ALLOWED);
    if (!("plan" in out)) throw new Error(out.problem);
    expect(by(out.plan)["走访发放款（万元）"]).toMatchObject({ role: "value", elementId: "e-money", factor: 10000 });
    expect(by(out.plan)["低保户数"]).toMatchObject({ role: "unmapped", elementId: null });
    expect(pushRowsOf(sheet, out.plan)[0].values).toEqual({ "e-pop": 2310, "e-money": 15000 });
  });

  it("gives the element to the column mapped by hand, and refuses a person element, a unit that does not convert or two columns on one element", async () => {
    const sheet = await sheetOf(header, [["团山湖村", 2310, 41, 1.5, 7]]);
    const plan = planPushColumns(sheet, ALLOWED);
    const col = (label: string) => plan.columns.find((c) => c.label.replace(/\s+/g, "") === label)!.column;
    const moved = applyMapping(plan, sheet, { [col("养殖户数")]: "e-dibao" }, ALLOWED);
    if (!("plan" in moved)) throw new Error(moved.problem);
    expect([by(moved.plan)["养殖户数"].elementId, by(moved.plan)["低保户数"].role]).toEqual(["e-dibao", "unmapped"]);
    expect(applyMapping(plan, sheet, { [col("养殖户数")]: "e-size" }, ALLOWED)).toEqual({ problem: "mappingElement", column: "养殖户数" });
    expect(applyMapping(plan, sheet, { [col("走访发放款（万元）")]: "e-pop" }, ALLOWED)).toEqual({ problem: "mappingUnit", column: "走访发放款（万元）" });
    expect(applyMapping(plan, sheet, { [col("养殖户数")]: "e-dibao", [col("低保户数")]: "e-dibao" }, ALLOWED)).toMatchObject({ problem: "mappingTwice" });
    // The village column says whose row it is: not a mapping to change.
    const village = applyMapping(plan, sheet, { [col("村（社区）")]: "e-pop" }, ALLOWED);
    expect("plan" in village && by(village.plan)["村（社区）"].role).toBe("village");
    // A form's own 备注 is never offered (every form has one, all named alike).
    expect(mappingChoices("villages", [...ALLOWED, el("e-remark", "备注", "text", { scope: "unit" })]).map((e) => e.id)).not.toContain("e-remark");
    expect(mappingChoices("villages", ALLOWED).map((e) => e.id)).toEqual(["e-pop", "e-dibao", "e-money"].sort((a, b) => byId.get(a)!.name.localeCompare(byId.get(b)!.name, "zh-CN")));
  });
});

describe("planPushColumns", () => {
  it("reads a roster of residents: village and registry columns, values matched to the department's elements, the rest unmapped", async () => {
    const sheet = await sheetOf(["序号", "村（社区）", "姓名", "公民身份号码", "联系电话", "家庭人口数", "保障金额（元）", "养殖规模"], [[1, "团山湖村", "刘桂英", A, "13807310001", 3, 680, "10头"]]);
    const plan = planPushColumns(sheet, ALLOWED);
    expect(plan.kind).toBe("residents");
    const by = Object.fromEntries(plan.columns.map((c) => [c.label.replace(/\s+/g, ""), c]));
    expect(by["村（社区）"].role).toBe("village");
    expect(by["公民身份号码"].attribute).toBe("idNumber");
    expect(by["姓名"].attribute).toBe("name");
    expect(by["保障金额（元）"].elementId).toBe("e-amount");
    expect(by["家庭人口数"].elementId).toBe("e-size");
    expect(by["养殖规模"].role).toBe("unmapped");
    const [row] = pushRowsOf(sheet, plan);
    expect(row).toMatchObject({ village: "团山湖村", idNumber: A, name: "刘桂英", values: { "e-size": 3, "e-amount": 680 } });
    // A phone number Excel stored as a number comes out of the check as text, digits kept.
    const [resident] = checkResidentRows([row as never], { elements: byId, villages: VILLAGES }).valid;
    expect(resident.values).toEqual({ "e-size": 3, "e-amount": 680, "e-phone": "13807310001" });
  });

  it("reads figures per village keyed by 统计用区划代码 and converts units (万元 → 元)", async () => {
    const sheet = await sheetOf(["统计用区划代码", "村名称", "户籍人口（人）", "低保户数", "慰问金额（万元）", "集体经济收入（万元）"], [["430112101203", "团山湖村", 2310, 41, 1.5, 80]]);
    // The department's form fields are the catalog's members, as in a template upload.
    const field = (id: string, label: string, unit: string | null) => ({ id, formId: "f-form", label, path: [label], type: "integer" as const, unit, layout: "columns" as const });
    const fieldsOf = new Map([["e-pop", [field("fa", "户籍人口（人）", "人")]], ["e-dibao", [field("fb", "低保户数（户）", "户")]], ["e-money", [{ ...field("fc", "慰问金额（元）", "元"), type: "decimal" as const }]]]);
    const plan = planPushColumns(sheet, ALLOWED, fieldsOf);
    expect(plan.kind).toBe("villages");
    const by = Object.fromEntries(plan.columns.map((c) => [c.label.replace(/\s+/g, ""), c]));
    expect(by["统计用区划代码"].role).toBe("code");
    expect(by["村名称"].role).toBe("village");
    expect(by["户籍人口（人）"].elementId).toBe("e-pop");
    expect(by["慰问金额（万元）"]).toMatchObject({ elementId: "e-money", factor: 10000 });
    // Not an element of the department's forms: never pushed.
    expect(by["集体经济收入（万元）"].role).toBe("unmapped");
    const [row] = pushRowsOf(sheet, plan);
    expect(row).toMatchObject({ village: "430112101203", values: { "e-pop": 2310, "e-dibao": 41, "e-money": 15000 } });
    expect(Object.keys(row.values)).toHaveLength(3);
  });

  it("knows village columns by their usual labels", () => {
    for (const label of ["村", "社区", "村（社区）", "村(居)委会", "所在村", "村名称", "单位名称"]) expect(villageRoleOf(label)).toBe("village");
    for (const label of ["统计用区划代码", "区划代码", "村代码"]) expect(villageRoleOf(label)).toBe("code");
    expect(villageRoleOf("村民小组")).toBeNull();
    expect(villageRoleOf("户籍人口")).toBeNull();
  });
});

describe("checking push rows", () => {
  it("finds villages by code, name, or town + name, and refuses a name two towns share", () => {
    const resolve = villageResolver(VILLAGES);
    expect(resolve("430112102202")).toEqual({ village: VILLAGES[1] });
    expect(resolve(" 团山湖村 ")).toEqual({ village: VILLAGES[0] });
    expect(resolve("铜官街道新华村")).toEqual({ village: VILLAGES[3] });
    expect(resolve("新华村")).toEqual({ problem: "ambiguousVillage" });
    expect(resolve("月亮村")).toEqual({ problem: "unknownVillage" });
    expect(resolve("")).toEqual({ problem: "villageMissing" });
  });

  it("rejects invalid ID numbers, unknown villages, duplicates and bad values, row by row, and keeps the good rows", () => {
    const bad = A.slice(0, 17) + (A[17] === "0" ? "1" : "0");
    const checked = checkResidentRows(
      [
        { row: 3, village: "团山湖村", idNumber: A, name: "刘桂英", values: { "e-size": 3 } },
        { row: 4, village: "团山湖村", idNumber: bad, name: "张三", values: {} },
        { row: 5, village: "月亮村", idNumber: B, name: "李四", values: {} },
        { row: 6, village: "团山湖村", idNumber: A.toLowerCase(), name: "刘桂英", values: {} },
        { row: 7, village: "芦江村", idNumber: B, name: "王五", values: { "e-size": "三口" } },
        { row: 8, village: "芦江村", idNumber: B, name: "王五", values: { "e-pop": 1 } },
        { row: 9, village: "芦江村", idNumber: B, name: "", values: {} },
      ],
      { elements: byId, villages: VILLAGES },
    );
    expect(checked.valid).toEqual([{ row: 3, orgUnitId: "v1", idNumber: A, name: "刘桂英", birthDate: "1950-01-01", sex: "male", values: { "e-size": 3 } }]);
    const keys = Object.fromEntries(checked.rejected.map((r) => [r.row, r.issues.map((i) => i.key)]));
    expect(keys[4]).toEqual(["idCheckDigit"]);
    expect(keys[5]).toEqual(["unknownVillage"]);
    expect(keys[6]).toEqual(["duplicateResident"]);
    expect(keys[7]).toEqual(["notNumber"]);
    // A person-level push cannot carry a village-level element, and a row of the same resident again is a duplicate.
    expect(keys[8]).toEqual(["elementNotAllowed", "duplicateResident"]);
    expect(keys[9]).toEqual(["nameMissing", "duplicateResident"]);
    expect(checked.unknownVillages).toEqual([{ village: "月亮村", rows: [5] }]);
    // The sex a department wrote must agree with the ID number (the number is what is kept).
    const sex = checkResidentRows([{ row: 2, village: "团山湖村", idNumber: A, name: "刘桂英", sex: "女", values: {} }], { elements: byId, villages: VILLAGES });
    expect(sex.rejected[0].issues).toEqual([{ column: null, key: "sexMismatch", params: { expected: "男" } }]);
  });

  it("takes a village-level element in a resident's row only when the roster form has that column", () => {
    const row = { row: 2, village: "团山湖村", idNumber: A, name: "刘桂英", values: { "e-pop": 5 } };
    expect(checkResidentRows([row], { elements: byId, villages: VILLAGES }).rejected[0].issues[0].key).toBe("elementNotAllowed");
    expect(checkResidentRows([row], { elements: byId, villages: VILLAGES, rosterElementIds: new Set(["e-pop"]) }).valid[0].values).toEqual({ "e-pop": 5 });
  });

  it("takes one row per village and refuses elements the department's forms do not use", () => {
    const checked = checkVillageRows(
      [
        { row: 3, village: "团山湖村", values: { "e-pop": 2310, "e-dibao": "" } },
        { row: 4, village: "430112101203", values: { "e-pop": 2311 } },
        { row: 5, village: "芦江村", values: { "e-other": 5 } },
        { row: 6, village: "铜官街道新华村", values: { "e-pop": -3 } },
      ],
      { elements: byId, villages: VILLAGES },
    );
    expect(checked.valid).toEqual([{ row: 3, orgUnitId: "v1", values: { "e-pop": 2310 } }]);
    expect(checked.rejected.map((r) => [r.row, r.issues.map((i) => i.key)])).toEqual([
      [4, ["duplicateVillage"]],
      [5, ["elementNotAllowed"]],
      [6, ["negative"]],
    ]);
  });
});

describe("merge rule", () => {
  it("prefills an empty item, agrees with an equal one, and never overwrites another value: a conflict", () => {
    expect(pushOutcome(undefined, 5)).toBe("prefill");
    expect(pushOutcome(null, 5)).toBe("prefill");
    expect(pushOutcome("", 5)).toBe("prefill");
    expect(pushOutcome(5, 5)).toBe("same");
    expect(pushOutcome("5", 5)).toBe("same");
    expect(pushOutcome(6, 5)).toBe("conflict");
    expect(pushOutcome("低保", "特困")).toBe("conflict");
  });
});

describe("the one form with pushed values", () => {
  const form = { id: "f1", title: "困难群众情况统计表", departmentId: "d1", departmentName: "区民政局", frequency: "monthly" as const, kind: "aggregate" as const, status: "active" as const, targetLevels: ["village" as const] };
  const roster = { ...form, id: "f2", title: "低保对象名册", kind: "roster" as const };
  const field = (id: string, formId: string, elementId: string, position: number) => ({ id, formId, elementId, label: byId.get(elementId)!.name, path: [byId.get(elementId)!.name], position, isRemark: false, excluded: false });
  const at = new Date("2026-12-02T02:00:00Z");
  const input = (values: BuildInput["values"], personValues: BuildInput["personValues"]): BuildInput => ({
    unit: { id: "v1", level: "village" },
    periodKey: "2026-12",
    forms: [form, roster],
    fields: [field("a", "f1", "e-pop", 1), field("b", "f1", "e-dibao", 2), field("c", "f1", "e-money", 3), field("d", "f2", "e-name", 1), field("e", "f2", "e-id", 2), field("f", "f2", "e-size", 3), field("g", "f2", "e-amount", 4)],
    elements: ALLOWED,
    values,
    persons: [{ id: "p1", name: "刘桂英", idNumber: A, sex: "female", birthDate: "1950-01-01", version: 1 }],
    personValues,
    rosterEntries: [{ formId: "f2", personId: "p1" }],
    submissions: new Map(),
    pushed: new Map([
      ["e-pop|2026-12", { value: 2310, departmentName: "区民政局", pushedAt: at }],
      ["e-dibao|2026-12", { value: 41, departmentName: "区民政局", pushedAt: at }],
    ]),
    pushedPersonValues: new Map([
      ["p1|e-size", { value: 3, departmentName: "区民政局", pushedAt: at }],
      ["p1|e-amount", { value: 680, departmentName: "区民政局", pushedAt: at }],
    ]),
  });

  it("shows pushed values as prefills with department and date, a differing village value as a conflict, and the pushed share", () => {
    const view = buildOneForm(input(new Map([["e-dibao|2026-12", { value: 40, source: "entered", version: 2 }]]), new Map()));
    const cells = Object.fromEntries(view.sections.flatMap((s) => s.elements).map((e) => [e.element.id, e.cell]));
    expect(cells["e-pop"]).toMatchObject({ value: 2310, source: "pushed", isPrefill: true, pushed: { departmentName: "区民政局", pushedAt: at.toISOString(), conflict: false } });
    // The village's 40 stays; the department's 41 is shown beside it.
    expect(cells["e-dibao"]).toMatchObject({ value: 40, source: "entered", isPrefill: false, pushed: { value: 41, conflict: true } });
    expect(cells["e-money"].pushed).toBeUndefined();
    const row = view.rosters[0].rows[0];
    expect(row.cells["e-size"]).toMatchObject({ value: 3, isPrefill: true, pushed: { departmentName: "区民政局" } });
    // Stock items e-pop (prefilled) and e-dibao (conflict), roster cells e-size and e-amount (both prefilled): 3 of 4.
    expect(pushedShare(view)).toEqual({ filled: 3, total: 4 });
    // The header's prefill count is in the progress bar's cells: e-pop, e-size and e-amount await confirmation.
    expect(view.burden.prefilled).toBe(3);
    expect(view.burden.prefilled).toBeLessThanOrEqual(view.progress.total - view.progress.filled);
  });

  it("counts a stored value equal to the push as prefilled and a correction as not", () => {
    const view = buildOneForm(input(new Map([["e-pop|2026-12", { value: 2310, source: "pushed", version: 1 }]]), new Map([["p1|e-size", { value: 4, source: "entered", version: 1 }]])));
    const row = view.rosters[0].rows[0];
    expect(row.cells["e-size"]).toMatchObject({ value: 4, pushed: { value: 3, conflict: true } });
    expect(row.cells["e-size"].isPrefill).toBeUndefined();
    expect(pushedShare(view)).toEqual({ filled: 3, total: 4 });
  });
});

import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkCharacter } from "@/lib/id-number/gb11643";
import type { OneFormElement } from "@/lib/one-form";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { ImportProblem, planColumns, readImportSheet, validateImportRows } from "./roster-import";

function idNumber(birth: string, seq: number): string {
  const first17 = `430112${birth}${String(seq).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

const el = (id: string, name: string, type: OneFormElement["type"], extra: Partial<OneFormElement> = {}): OneFormElement => ({
  id,
  name,
  type,
  unit: null,
  scope: "person",
  aggregation: "stock",
  options: null,
  section: null,
  ...extra,
});

const CATALOG: OneFormElement[] = [
  el("e-name", "姓名", "text"),
  el("e-id", "公民身份号码", "idcard"),
  el("e-sex", "性别", "choice", { options: ["男", "女"] }),
  el("e-phone", "联系电话", "phone"),
  el("e-amount", "月补助金额", "decimal", { unit: "元" }),
  el("e-disabled", "是否残疾人", "boolean"),
  el("e-population", "户籍人口", "integer", { scope: "unit" }),
];

const MAN = idNumber("19500101", 11);
const WOMAN = idNumber("19620315", 22);

async function sheetOf(rows: unknown[][]) {
  const buf = await buildWorkbook([{ name: "台账", rows: [["团山湖村困难群众台账"], ["序号", "姓名", "性别", "身份证号", "联系电话", "月补助金额（元）", "是否残疾人", "备注"], ...(rows as never[][])] }]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return readImportSheet(wb, "台账.xlsx");
}

describe("cadre import", () => {
  it("matches the sheet's columns to catalog elements with a score and reason", async () => {
    const sheet = await sheetOf([[1, "刘桂英", "男", MAN, "13807310001", 680, "否"]]);
    const plan = planColumns(sheet, CATALOG);
    const byLabel = Object.fromEntries(plan.map((p) => [p.label.replace(/\s+/g, ""), p]));
    expect(byLabel["身份证号"].attribute).toBe("idNumber");
    expect(byLabel["姓名"].attribute).toBe("name");
    expect(byLabel["联系电话"].elementId).toBe("e-phone");
    expect(byLabel["月补助金额（元）"].elementId).toBe("e-amount");
    expect(byLabel["月补助金额（元）"].score).toBeGreaterThan(0.5);
    expect(byLabel["月补助金额（元）"].reason).toBeTruthy();
    expect(plan.some((p) => p.elementId === "e-population")).toBe(false);
    expect(plan.find((p) => p.label === "备注")).toBeUndefined();
  });

  it("rejects bad rows with reasons and keeps the good ones", async () => {
    const sheet = await sheetOf([
      [1, "刘桂英", "男", MAN, "13807310001", 680, "否"],
      [2, "陈某", "女", MAN.slice(0, 17) + (MAN[17] === "0" ? "1" : "0"), "", "", ""],
      [3, "周秀兰", "女", WOMAN, "138", "六百", "是"],
      [4, "刘桂英", "男", MAN],
      [5, "", "女", idNumber("19700101", 42)],
      [6, "王五", "女", idNumber("19800101", 51)],
      [7, "赵六", "女", idNumber("19900101", 62), "0731-88889999", "1,200.5", "是"],
    ]);
    const { valid, rejected } = validateImportRows(sheet, planColumns(sheet, CATALOG), CATALOG);
    expect(valid.map((v) => [v.row, v.name, v.sex])).toEqual([
      [3, "刘桂英", "male"],
      [9, "赵六", "female"],
    ]);
    expect(valid[1].values).toEqual({ "e-phone": "073188889999", "e-amount": 1200.5, "e-disabled": true });
    expect(valid[0].values).toEqual({ "e-phone": "13807310001", "e-amount": 680, "e-disabled": false });
    const reasons = Object.fromEntries(rejected.map((r) => [r.row, r.issues.map((i) => i.key).sort()]));
    expect(reasons).toEqual({ 4: ["idCheckDigit"], 5: ["notNumber", "phone"], 6: ["duplicateId"], 7: ["required"], 8: ["sexMismatch"] });
    expect(rejected.find((r) => r.row === 6)!.issues[0].params).toEqual({ row: 3 });
  });

  it("refuses a sheet without an ID number column", async () => {
    const buf = await buildWorkbook([{ name: "s", rows: [["名单"], ["序号", "姓名", "联系电话"], [1, "张三", "13800000000"]] }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = readImportSheet(wb, "s.xlsx");
    expect(() => validateImportRows(sheet, planColumns(sheet, CATALOG), CATALOG)).toThrow(ImportProblem);
  });

  it("keeps one resident ID column: a spouse's ID number is an ordinary value", async () => {
    const buf = await buildWorkbook([{ name: "s", rows: [["户籍台账"], ["序号", "户主姓名", "配偶身份证号码", "身份证号码"], [1, "张三", WOMAN, MAN]] }]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = readImportSheet(wb, "s.xlsx");
    const plan = planColumns(sheet, CATALOG);
    expect(plan.filter((p) => p.attribute === "idNumber").map((p) => p.label)).toEqual(["身份证号码"]);
    const { valid } = validateImportRows(sheet, plan, CATALOG);
    expect(valid.map((v) => v.idNumber)).toEqual([MAN]);
  });
});

describe("cadre import of a workbook whose sheets are parts of one form", () => {
  it("reads the columns of one sheet only (表二's columns are not 表一's)", async () => {
    const buf = await buildWorkbook([
      { name: "表1", rows: [["困难群众台账"], ["序号", "姓名", "身份证号", "联系电话"], [1, "刘桂英", MAN, "13807310001"], [2, "王秀兰", WOMAN, "13807310002"]] },
      { name: "表2", rows: [["序号", "帮扶措施"], [1, "产业帮扶"]] },
    ]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ArrayBuffer);
    const sheet = readImportSheet(wb, "台账.xlsx");
    expect(sheet.sheet).toBe("表1");
    expect(sheet.columns.map((c) => [c.column, c.label])).toEqual([
      [2, "姓名"],
      [3, "身份证号"],
      [4, "联系电话"],
    ]);
    expect(sheet.rows).toHaveLength(2);
  });
});

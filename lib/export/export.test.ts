import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { parseWorkbook } from "@/lib/templates";
import { buildWorkbook, fiveSheetSurveySpec, rosterSpec } from "@/lib/templates/test-fixtures";
import { readZipDirectory, readZipEntry } from "@/lib/templates/zip";
import type { FormDefinition } from "@/lib/templates/types";
import { fillTemplate, matchUnitRows, type ExportField, type ExportUnit } from "./fill-template";
import { isFormulaLike, writeCell } from "./sanitize-cell";

async function load(buf: Buffer | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as ArrayBuffer);
  return wb;
}

/** Writes the workbook to .xlsx bytes and reads it back, as a department's Excel would. */
async function roundTrip(wb: ExcelJS.Workbook): Promise<{ wb: ExcelJS.Workbook; bytes: Buffer }> {
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return { wb: await load(bytes), bytes };
}

function sheetXml(bytes: Buffer): string {
  return readZipDirectory(bytes, 1000)
    .filter((e) => /^xl\/worksheets\/sheet\d+\.xml$/.test(e.name))
    .map((e) => readZipEntry(bytes, e).toString("utf8"))
    .join("\n");
}

async function parse(buf: Buffer): Promise<FormDefinition> {
  return parseWorkbook(await load(buf), "t.xlsx")[0];
}

function exportFields(def: FormDefinition, factors: Record<string, number> = {}): ExportField[] {
  return def.fields.map((f) => ({ id: f.ref, label: f.label, type: f.type, column: f.column ?? null, valueCell: f.valueCell ?? null, unitFactor: factors[f.label] ?? 1 }));
}

/** field label → id, for building records by label. */
function byLabel(def: FormDefinition, values: Record<string, unknown>): Record<string, never> {
  const out: Record<string, unknown> = {};
  for (const [label, v] of Object.entries(values)) {
    const f = def.fields.find((x) => x.label.replace(/\s+/g, "") === label);
    if (!f) throw new Error(`no field ${label}`);
    out[f.ref] = v;
  }
  return out as Record<string, never>;
}

const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/** An aggregate form (统计表) listing three villages, a code row, a 合计 row and a merged footer. */
async function aggregateTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("月报");
  const rows = [
    ["2026年11月各村（社区）就业情况统计表"],
    ["填报单位：", "", "", "", "单位：人"],
    ["序号", "村（社区）名称", "户籍人口", "劳动力人数", "村集体收入（万元）", "备注"],
    ["甲", "乙", 1, 2, 3, 4],
    [1, "团山湖村"],
    [2, "芦江村"],
    [3, "新华村"],
    ["", "合计"],
    ["单位负责人：          填表人：          联系电话：          报出日期："],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => (ws.getCell(i + 1, j + 1).value = v === "" ? null : v)));
  ws.mergeCells("A1:F1");
  ws.mergeCells("A9:F9");
  ws.getCell("A1").font = { bold: true, size: 16 };
  for (let r = 3; r <= 8; r++) for (let c = 1; c <= 6; c++) ws.getCell(r, c).border = BORDER;
  for (let c = 1; c <= 6; c++) ws.getCell(5, c).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
  ws.getRow(5).height = 22;
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("writeCell", () => {
  it("writes formula-like text as text, never as a formula, and keeps it text on edit", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("s");
    const dangerous = ["=1+1", "+8613800000000", "-5-3", "@SUM(A1:A2)", "\t=cmd|' /C calc'!A0", "\r=2", '=HYPERLINK("http://x","y")'];
    dangerous.forEach((text, i) => writeCell(ws.getCell(i + 1, 1), text));
    writeCell(ws.getCell("B1"), "34128020010719430X", "idcard");
    writeCell(ws.getCell("B2"), "2026-11-05", "date");
    writeCell(ws.getCell("B3"), true, "boolean");
    writeCell(ws.getCell("B4"), 12.5, "decimal");
    writeCell(ws.getCell("B5"), "a\u0000b\u0007c", "text");
    writeCell(ws.getCell("B6"), 13807310001, "phone");
    const { wb: back, bytes } = await roundTrip(wb);
    const s = back.getWorksheet("s")!;
    dangerous.forEach((text, i) => {
      const cell = s.getCell(i + 1, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      // XML turns a bare CR into a line feed when read; either way it stays text.
      expect(cell.value).toBe(text.replace(/\r/g, "\n"));
      expect(cell.formula).toBeUndefined();
      expect(cell.numFmt).toBe("@");
    });
    expect(sheetXml(bytes)).not.toMatch(/<f[ >]/);
    expect(s.getCell("B1").value).toBe("34128020010719430X");
    expect(s.getCell("B1").numFmt).toBe("@");
    expect(s.getCell("B2").value).toEqual(new Date(Date.UTC(2026, 10, 5)));
    expect(s.getCell("B3").value).toBe("是");
    expect(s.getCell("B4").value).toBe(12.5);
    expect(s.getCell("B5").value).toBe("abc");
    expect([s.getCell("B6").value, s.getCell("B6").numFmt]).toEqual(["13807310001", "@"]);
    expect(isFormulaLike("普通文字")).toBe(false);
  });

  it("gives a cell a new style instead of changing one shared with other cells", async () => {
    const wb = await load(await aggregateTemplate());
    const ws = wb.getWorksheet("月报")!;
    writeCell(ws.getCell("F5"), "=bad");
    expect(ws.getCell("F5").numFmt).toBe("@");
    expect(ws.getCell("E5").numFmt).toBeUndefined();
  });
});

describe("fillTemplate, aggregate columns layout", () => {
  it("uses the rows that name villages, inserts rows for the others before 合计, and keeps merges, styles and footer", async () => {
    const def = await parse(await aggregateTemplate());
    const wb = await load(await aggregateTemplate());
    const units: ExportUnit[] = [
      { name: "芦江村", records: [byLabel(def, { 户籍人口: 1200, 劳动力人数: 700, "村集体收入（万元）": 350000, 备注: "=cmd" })] },
      { name: "团山湖村", records: [byLabel(def, { 户籍人口: 800, 劳动力人数: 500, "村集体收入（万元）": 125000 })] },
      { name: "光明村", records: [byLabel(def, { 户籍人口: 600, 劳动力人数: 300 })] },
      { name: "东风村", records: [byLabel(def, { 户籍人口: 400 })] },
    ];
    const fields = exportFields(def, { "村集体收入（万元）": 10_000 });
    const summary = fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields, units });
    expect(summary.rows).toBe(4);
    const { wb: back } = await roundTrip(wb);
    const ws = back.getWorksheet("月报")!;
    const row = (r: number) => [1, 2, 3, 4, 5, 6].map((c) => ws.getCell(r, c).value);
    expect(row(5)).toEqual([1, "团山湖村", 800, 500, 12.5, null]);
    expect(row(6)).toEqual([2, "芦江村", 1200, 700, 35, "=cmd"]);
    expect(row(7)).toEqual([3, "新华村", null, null, null, null]);
    expect(row(8)).toEqual([4, "光明村", 600, 300, null, null]);
    expect(row(9)).toEqual([5, "东风村", 400, null, null, null]);
    expect(row(10)).toEqual([null, "合计", 3000, 1500, 47.5, null]);
    expect(ws.getCell("F6").type).toBe(ExcelJS.ValueType.String);
    expect(String(ws.getCell("A11").value)).toContain("单位负责人");
    expect(ws.model.merges.sort()).toEqual(["A11:F11", "A1:F1"].sort());
    expect(ws.getCell("A1").font?.bold).toBe(true);
    expect(ws.getCell("C8").border?.top?.style).toBe("thin");
    expect(ws.getCell("C9").fill).toEqual(ws.getCell("C5").fill);
    expect(ws.getRow(9).height).toBe(22);
  });

  it("numbers inserted rows and writes village names when the template lists none", async () => {
    const buf = await buildWorkbook([
      {
        name: "Sheet1",
        rows: [["各村低保发放情况表"], ["序号", "村（社区）", "低保户数（户）", "发放金额（元）"], ["注：本表每月5日前报区民政局，数据截至上月末，请如实填写。"]],
        merges: ["A1:D1", "A3:D3"],
      },
    ]);
    const def = await parse(buf);
    expect(def.kind).toBe("aggregate");
    const wb = await load(buf);
    const units = Array.from({ length: 30 }, (_, i) => ({ name: `第${i + 1}村`, records: [byLabel(def, { "低保户数（户）": i, "发放金额（元）": i * 100.5 })] }));
    fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields: exportFields(def), units });
    const { wb: back } = await roundTrip(wb);
    const ws = back.getWorksheet("Sheet1")!;
    expect(ws.getCell("A3").value).toBe(1);
    expect(ws.getCell("B3").value).toBe("第1村");
    expect(ws.getCell("A32").value).toBe(30);
    expect(ws.getCell("D32").value).toBe(2914.5);
    expect(String(ws.getCell("A33").value)).toMatch(/^注/);
    expect(ws.model.merges.sort()).toEqual(["A1:D1", "A33:D33"]);
  });
});

describe("fillTemplate, roster", () => {
  it("writes one row per resident under the header, clears the example row and keeps the statistical block", async () => {
    const buf = await buildWorkbook(rosterSpec());
    const def = await parse(buf);
    expect(def.kind).toBe("roster");
    const wb = await load(buf);
    const people = [
      { 姓名: "李四", 性别: "女", 公民身份号码: "11010519491231002X", 走访日期: "2026-08-05", "月补助金额（元）": 300 },
      { 姓名: "王五", 性别: "男", 公民身份号码: "110105194912310037", 走访日期: "2026-08-06", "月补助金额（元）": 450.5 },
      { 姓名: "=HYPERLINK(\"http://evil\",\"x\")", 性别: "男", 公民身份号码: "110105194912310053" },
      { 姓名: "赵六", 性别: "女" },
      { 姓名: "钱七", 性别: "男", "联系电话": "13800000000" },
    ];
    const units = [
      { name: "团山湖村", records: people.slice(0, 3).map((p) => byLabel(def, p)) },
      { name: "芦江村", records: people.slice(3).map((p) => byLabel(def, p)) },
    ];
    fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields: exportFields(def), units });
    const { wb: back, bytes } = await roundTrip(wb);
    const ws = back.getWorksheet("花名册")!;
    expect([1, 2, 3, 4, 5, 6, 7].map((c) => ws.getCell(8, c).value)).toEqual([null, null, null, null, null, null, null]);
    expect(ws.getCell("A9").value).toBe(1);
    expect(ws.getCell("B9").value).toBe("李四");
    expect(ws.getCell("D9").value).toBe("11010519491231002X");
    expect(ws.getCell("D9").numFmt).toBe("@");
    expect(ws.getCell("F9").value).toEqual(new Date(Date.UTC(2026, 7, 5)));
    expect(ws.getCell("G10").value).toBe(450.5);
    expect(ws.getCell("B11").value).toBe('=HYPERLINK("http://evil","x")');
    expect(ws.getCell("B11").formula).toBeUndefined();
    expect(ws.getCell("E13").value).toBe("13800000000");
    expect(ws.getCell("A13").value).toBe(5);
    expect(String(ws.getCell("A14").value)).toContain("单位负责人");
    expect(String(ws.getCell("A15").value)).toMatch(/^注/);
    expect(ws.getCell("A2").value).toBe("2026年第三季度困难群众走访登记表");
    expect(String(ws.getCell("F3").value)).toContain("民统01表");
    const merges = ws.model.merges;
    for (const m of ["A2:H2", "F3:H3", "B6:D6", "A6:A7", "A14:H14", "A15:H15"]) expect(merges).toContain(m);
    expect(merges).not.toContain("A12:H12");
    expect(back.getWorksheet("填表说明")).toBeDefined();
    expect(sheetXml(bytes)).not.toMatch(/<f[ >]/);
  });

  it("clears pre-numbered blank rows it does not need", async () => {
    const buf = await buildWorkbook(rosterSpec());
    const def = await parse(buf);
    const wb = await load(buf);
    fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields: exportFields(def), units: [{ name: "团山湖村", records: [byLabel(def, { 姓名: "李四" })] }] });
    const ws = (await roundTrip(wb)).wb.getWorksheet("花名册")!;
    expect([ws.getCell("A9").value, ws.getCell("A10").value, ws.getCell("A11").value]).toEqual([1, null, null]);
    expect(String(ws.getCell("A12").value)).toContain("单位负责人");
  });
});

describe("fillTemplate, indicator layouts", () => {
  const spec = [
    {
      name: "基本情况",
      rows: [
        ["村（社区）基本情况表"],
        ["填报单位（盖章）：", "", "", "报送日期："],
        ["指标名称", "计量单位", "代码", "数值"],
        ["户籍人口", "人", "01", ""],
        ["常住人口", "人", "02", ""],
        ["耕地面积", "亩", "03", ""],
        ["村集体经济收入", "万元", "04", ""],
        ["注：本表由村（社区）填报。本表为年报，每年12月31日前报送区统计局。"],
      ],
      merges: ["A1:D1", "A8:D8"],
    },
    { name: "填表说明", rows: [["填表说明"], ["按实填写。"]] },
  ];

  it("writes one village into the value cells and the 填报单位 line", async () => {
    const buf = await buildWorkbook(spec);
    const def = await parse(buf);
    expect(def.layout).toBe("indicator-rows");
    const wb = await load(buf);
    const record = byLabel(def, { 户籍人口: 1234, 村集体经济收入: 520000 });
    fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields: exportFields(def, { 村集体经济收入: 10_000 }), units: [{ name: "团山湖村", records: [record] }], singleUnit: true });
    const ws = (await roundTrip(wb)).wb.getWorksheet("基本情况")!;
    expect(ws.getCell("D4").value).toBe(1234);
    expect(ws.getCell("D5").value).toBeNull();
    expect(ws.getCell("D7").value).toBe(52);
    expect(ws.getCell("A2").value).toBe("填报单位（盖章）：团山湖村");
  });

  it("writes every village on its own copy of the sheet, merges and all", async () => {
    const buf = await buildWorkbook(spec);
    const def = await parse(buf);
    const wb = await load(buf);
    const units = ["团山湖村", "芦江村", "新华村"].map((name, i) => ({ name, records: [byLabel(def, { 户籍人口: 1000 + i, 耕地面积: 10.5 * i })] }));
    const summary = fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields: exportFields(def), units });
    expect(summary.sheets).toEqual(["团山湖村", "芦江村", "新华村"]);
    const back = (await roundTrip(wb)).wb;
    expect(back.worksheets.map((w) => w.name)).toEqual(["团山湖村", "芦江村", "新华村", "填表说明"]);
    units.forEach((u, i) => {
      const ws = back.getWorksheet(u.name)!;
      expect(ws.getCell("D4").value).toBe(1000 + i);
      expect(ws.getCell("A1").value).toBe("村（社区）基本情况表");
      expect(ws.getCell("A2").value).toBe(`填报单位（盖章）：${u.name}`);
      expect(ws.model.merges.sort()).toEqual(["A1:D1", "A8:D8"]);
    });
  });
});

describe("fillTemplate, a town's table with its villages across", () => {
  it("fills one sheet, each village's column from that village's record", async () => {
    const buf = await buildWorkbook([
      {
        name: "月报",
        rows: [["田长制耕地保护工作月报表"], ["项目", "计量单位", "李庄村", "王楼村", "合计"], ["耕地面积", "亩"], ["撂荒面积", "亩"]],
        merges: ["A1:E1"],
      },
    ]);
    const def = await parse(buf);
    expect(def.layout).toBe("grid");
    const wb = await load(buf);
    const fields = def.fields.map((f) => ({ id: f.ref, label: f.label, type: f.type, valueCell: f.valueCell ?? null, unitFactor: 1, orgUnit: f.orgUnit ?? null }));
    // Every cell of a row is one element: each village's record holds it under each of the row's cells.
    const recordOf = (land: number, idle: number) => Object.fromEntries(fields.map((f) => [f.id, f.label.startsWith("耕地") ? land : idle]));
    const summary = fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields, units: [{ name: "王楼村", records: [recordOf(800, 12)] }, { name: "李庄村", records: [recordOf(1200, 30)] }] });
    expect(summary.sheets).toEqual(["月报"]);
    const ws = (await roundTrip(wb)).wb.getWorksheet("月报")!;
    expect([ws.getCell("C3").value, ws.getCell("D3").value, ws.getCell("C4").value, ws.getCell("D4").value]).toEqual([1200, 800, 30, 12]);
    expect(ws.getCell("E3").value).toBeNull();
  });
});

describe("matchUnitRows", () => {
  it("pairs template rows with villages by name, then by name without 村/社区/村委会 when unambiguous", () => {
    const rows = [
      { row: 5, label: "团山湖村委会" },
      { row: 6, label: "芦 江" },
      { row: 7, label: "新华村" },
      { row: 8, label: "新华社区" },
      { row: 9, label: "光明" },
    ];
    const m = matchUnitRows(rows, ["团山湖村", "芦江村", "新华村", "新华社区", "光明村", "光明社区"]);
    expect(Object.fromEntries(m)).toEqual({ 团山湖村: 5, 芦江村: 6, 新华村: 7, 新华社区: 8 });
  });
});

describe("fillTemplate, subtotals", () => {
  it("sums each 小计 over its own group and 合计 over every village", async () => {
    const buf = await buildWorkbook([
      {
        name: "s",
        rows: [
          ["各村人口统计表"],
          ["序号", "村（社区）名称", "户籍人口（人）", "常住人口（人）"],
          [1, "甲村"],
          [2, "乙村"],
          ["", "小计"],
          [3, "丙村"],
          ["", "小计"],
          ["", "合计"],
        ],
      },
    ]);
    const def = await parse(buf);
    expect(def.layoutInfo.totalRows).toEqual([5, 7, 8]);
    const wb = await load(buf);
    const units = [
      { name: "甲村", records: [byLabel(def, { "户籍人口（人）": 1, "常住人口（人）": 10 })] },
      { name: "乙村", records: [byLabel(def, { "户籍人口（人）": 2 })] },
      { name: "丙村", records: [byLabel(def, { "户籍人口（人）": 4, "常住人口（人）": 40 })] },
    ];
    fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, fields: exportFields(def), units });
    const ws = (await roundTrip(wb)).wb.getWorksheet("s")!;
    expect([5, 7, 8].map((r) => [ws.getCell(r, 3).value, ws.getCell(r, 4).value])).toEqual([
      [3, 10],
      [4, 40],
      [7, 50],
    ]);
  });
});

describe("a form spanning several sheets", () => {
  const fieldsOf = (def: FormDefinition): ExportField[] =>
    def.fields.map((f) => ({ id: f.ref, label: f.label, type: f.type, column: f.column ?? null, valueCell: f.valueCell ?? null, unitFactor: 1, sheet: f.sheet }));

  it("fills every sheet with its own fields (表一…表五 of one survey), none on another sheet's columns", async () => {
    const def = parseWorkbook(await load(await buildWorkbook(fiveSheetSurveySpec())), "t.xlsx")[0];
    expect(def.parts?.length).toBe(5);
    const record = { "表一!B4": "张三", "表二!B4": "张小明", "表一!C4": "430121199001011234", "表五!C4": "产业帮扶" };
    const wb = await load(await buildWorkbook(fiveSheetSurveySpec()));
    const summary = fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, parts: def.parts, fields: fieldsOf(def), units: [{ name: "东村", records: [record] }] });
    expect(summary.sheets).toEqual(["表一", "表二", "表三", "表四", "表五"]);
    const back = (await roundTrip(wb)).wb;
    expect([back.getWorksheet("表一")!.getCell("B5").value, back.getWorksheet("表一")!.getCell("C5").value]).toEqual(["张三", "430121199001011234"]);
    expect(back.getWorksheet("表二")!.getCell("B5").value).toBe("张小明");
    expect(back.getWorksheet("表二")!.getCell("C5").value).toBeNull();
    expect(back.getWorksheet("表五")!.getCell("C5").value).toBe("产业帮扶");
    // The survey's option and instruction sheets are left as they were.
    expect(back.getWorksheet("选项")!.getCell("A2").value).toBe("男");
  });

  it("fills an indicator-rows part per village and a columns part with one row per village", async () => {
    const spec = [
      {
        name: "表一",
        rows: [["表一"], ["2026年村级基本情况调查表（基本情况）"], ["指标名称", "计量单位", "数值"], ["户籍人口", "人", ""], ["耕地面积", "亩", ""], ["填表人：", "", "审核人："]],
        merges: ["A2:C2"],
      },
      {
        name: "表二",
        rows: [["表二"], ["2026年村级基本情况调查表（村干部）"], ["序号", "村（社区）名称", "村干部人数（人）", "其中女性（人）"], ["填表人：", "", "审核人："]],
        merges: ["A2:D2"],
      },
    ];
    const def = parseWorkbook(await load(await buildWorkbook(spec)), "t.xlsx")[0];
    expect(def.parts?.map((p) => [p.sheet, p.layout])).toEqual([
      ["表一", "indicator-rows"],
      ["表二", "columns"],
    ]);
    const ids = Object.fromEntries(def.fields.map((f) => [f.label.replace(/（.*）$/, ""), f.ref]));
    const wb = await load(await buildWorkbook(spec));
    const units: ExportUnit[] = [
      { name: "东村", records: [{ [ids["户籍人口"]]: 1200, [ids["村干部人数"]]: 5 }] },
      { name: "西村", records: [{ [ids["户籍人口"]]: 800, [ids["村干部人数"]]: 4 }] },
    ];
    const summary = fillTemplate(wb, { layout: def.layout, kind: def.kind, layoutInfo: def.layoutInfo, parts: def.parts, fields: fieldsOf(def), units });
    expect(summary.sheets).toEqual(["表一-东村", "表一-西村", "表二"]);
    const back = (await roundTrip(wb)).wb;
    expect(back.getWorksheet("表一-东村")!.getCell("C4").value).toBe(1200);
    expect(back.getWorksheet("表一-西村")!.getCell("C4").value).toBe(800);
    const roster = back.getWorksheet("表二")!;
    expect([4, 5].map((r) => [roster.getCell(r, 2).value, roster.getCell(r, 3).value])).toEqual([
      ["东村", 5],
      ["西村", 4],
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { parseTemplate } from "./parse-template";
import { aggregateSpec, buildWorkbook, gridSpec, indicatorSpec, rosterSpec, type SheetSpec } from "./test-fixtures";
import type { FormDefinition } from "./types";

async function parseOne(sheets: SheetSpec[], file = "表样.xlsx", relativePath?: string): Promise<FormDefinition> {
  const forms = await parseTemplate(await buildWorkbook(sheets), file, { relativePath });
  expect(forms).toHaveLength(1);
  return forms[0];
}

function byRef(form: FormDefinition) {
  return Object.fromEntries(form.fields.map((f) => [f.address, f]));
}

describe("columns layout: roster", () => {
  it("reads the merged two-row header, skips 序号/示例/footer/notes and the instruction sheet", async () => {
    const form = await parseOne(rosterSpec());
    expect(form.layout).toBe("columns");
    expect(form.kind).toBe("roster");
    expect(form.title).toBe("2026年第三季度困难群众走访登记表");
    expect(form.sheet).toBe("花名册");
    const f = byRef(form);
    expect(Object.keys(f).sort()).toEqual(["B7", "C7", "D7", "E6", "F6", "G6", "H6"]);
    expect(f.B7).toMatchObject({ label: "姓  名", path: ["基本情况", "姓  名"], type: "text", unit: null, column: 2 });
    expect(f.C7).toMatchObject({ type: "choice", options: ["男", "女"] });
    expect(f.D7.type).toBe("idcard");
    expect(f.E6.type).toBe("phone");
    expect(f.F6.type).toBe("date");
    expect(f.G6).toMatchObject({ type: "decimal", unit: "元" });
    expect(f.H6).toMatchObject({ isRemark: true, type: "text", unit: null });
    expect(form.layoutInfo).toMatchObject({ headerRows: [6, 7], exampleRows: [8], firstDataRow: 9, serialColumn: 1, footerRow: 12, codeRow: null });
    expect(form.department).toBe("区民政局");
    expect(form.frequency).toBe("quarterly");
    expect(form.targetLevels).toEqual(["village", "community"]);
  });

  it("takes options from a list range on a hidden sheet, and the hidden sheet is not a form", async () => {
    const form = await parseOne([
      {
        name: "Sheet1",
        rows: [["老年人台账"], ["姓名", "老年人类别", "是否独居", "领取情况"], []],
        lists: { "B3:B50": "'下拉选项'!$A$2:$A$4", "D3:D50": "'下拉选项'!$B$2:$B$3" },
      },
      { name: "下拉选项", state: "hidden", rows: [["类别", "是否"], ["独居", "是"], ["空巢", "否"], ["留守"]] },
    ]);
    const f = byRef(form);
    expect(f.B2).toMatchObject({ type: "choice", options: ["独居", "空巢", "留守"] });
    expect(f.C2.type).toBe("boolean");
    expect(f.D2).toMatchObject({ type: "boolean", options: ["是", "否"] });
  });

  it("reads a group header written without merged cells", async () => {
    const form = await parseOne([
      { name: "表", rows: [["人口统计表"], ["村名", "户籍人口", "", "备注"], ["", "男", "女"], ["东村"], ["西村"]] },
    ]);
    const f = byRef(form);
    expect(Object.keys(f).sort()).toEqual(["A2", "B3", "C3", "D2"]);
    expect(f.B3).toMatchObject({ path: ["户籍人口", "男"], type: "integer", unit: "人" });
    expect(form.kind).toBe("aggregate");
  });
});

describe("columns layout: aggregate (one row per village)", () => {
  it("finds code row, pre-filled villages, 合计 row and footer; units from note, parent and label", async () => {
    const form = await parseOne(aggregateSpec(), "统计表.xlsx", "区农业农村局/统计表.xlsx");
    expect(form.kind).toBe("aggregate");
    const f = byRef(form);
    expect(Object.keys(f).sort()).toEqual(["B3", "C3", "D4", "E4", "F3"]);
    expect(f.B3).toMatchObject({ type: "text", unit: null });
    expect(f.C3).toMatchObject({ type: "decimal", unit: "万元" });
    expect(f.D4).toMatchObject({ type: "integer", unit: "人", path: ["户籍人口（人）", "合计"] });
    expect(f.E4).toMatchObject({ type: "integer", unit: "人" });
    expect(f.F3).toMatchObject({ type: "integer", unit: "个" });
    expect(form.layoutInfo).toMatchObject({ codeRow: 5, firstDataRow: 6, totalRows: [8], footerRow: 9, serialColumn: 1 });
    expect(form.layoutInfo.prefilledRows).toEqual([
      { row: 6, label: "东风村" },
      { row: 7, label: "南街社区" },
    ]);
    expect(form.department).toBe("区农业农村局");
    expect(form.frequency).toBe("monthly");
  });

  it("reads a unit row under the header", async () => {
    const form = await parseOne([
      { name: "S", rows: [["村名", "耕地面积", "林地面积", "常住户"], ["", "亩", "（公顷）", "户"], ["东村"]] },
    ]);
    const f = byRef(form);
    expect(f.B1).toMatchObject({ type: "decimal", unit: "亩" });
    expect(f.C1).toMatchObject({ type: "decimal", unit: "公顷" });
    expect(f.D1).toMatchObject({ type: "integer", unit: "户" });
    expect(form.layoutInfo.firstDataRow).toBe(3);
  });
});

describe("indicator-rows layout", () => {
  it("reads two side-by-side panels, category rows and 其中 sub-items; the category carries across panels", async () => {
    const form = await parseOne(indicatorSpec());
    expect(form.layout).toBe("indicator-rows");
    const f = byRef(form);
    expect(Object.keys(f).sort()).toEqual(["A4", "A5", "A6", "A8", "E4", "E5", "E6", "E7"]);
    expect(f.A4).toMatchObject({ type: "integer", unit: "户", valueCell: "D4", code: "01" });
    expect(f.A5).toMatchObject({ type: "decimal", unit: "万元" });
    expect(f.A8.path).toEqual(["三、户籍", "1.户数"]);
    expect(f.E4.path).toEqual(["三、户籍", "2.人数"]);
    expect(f.E5.path).toEqual(["三、耕地面积"]);
    expect(f.E6).toMatchObject({ type: "decimal", unit: "%" });
    expect(form.department).toBe("区民政局");
    expect(form.targetLevels).toEqual(["village"]);
    expect(form.layoutInfo).toMatchObject({ serialColumn: null, prefilledRows: [], totalRows: [], codeRow: 3, firstDataRow: 4, footerRow: 9 });
  });

  it("reads an unnumbered category (户籍人口 → 合计/男/女) and ends it at the next full indicator", async () => {
    const form = await parseOne([
      {
        name: "S",
        rows: [["项目", "单位", "行次", "数量", "备注"], ["户籍人口", "—", "", "—"], ["合计", "人", "1"], ["男", "人", "2"], ["个体工商户数", "户", "3"]],
      },
    ]);
    const f = byRef(form);
    expect(f.A3.path).toEqual(["户籍人口", "合计"]);
    expect(f.A4.path).toEqual(["户籍人口", "男"]);
    expect(f.A5.path).toEqual(["个体工商户数"]);
    expect(f.E1).toMatchObject({ isRemark: true, type: "text" });
  });
});

describe("grid layout", () => {
  it("makes a field of each row label × leaf column, ref at the value cell, unit from a 单位： note", async () => {
    const form = await parseOne(gridSpec());
    expect(form.layout).toBe("grid");
    const f = byRef(form);
    expect(Object.keys(f).sort()).toEqual(["B5", "B6", "C5", "C6", "D3"]);
    expect(f.B5).toMatchObject({ label: "高血压在管人数", path: ["高血压", "管理情况", "在管人数"], type: "integer", unit: "人", valueCell: "B5" });
    expect(f.C6.unit).toBe("人");
    expect(f.D3.isRemark).toBe(true);
  });
});

describe("values in templates", () => {
  it("reads rich text headers and formula results, warning about formulas", async () => {
    const form = await parseOne([
      {
        name: "S",
        rows: [
          ["台账"],
          [{ richText: [{ text: "姓" }, { text: "名", font: { bold: true } }] }, "年龄", { formula: "\"电话\"", result: "电话" } as never],
        ],
      },
    ]);
    expect(form.fields.map((f) => f.label)).toEqual(["姓名", "年龄", "电话"]);
    expect(form.fields[1]).toMatchObject({ type: "integer", unit: "岁" });
    expect(form.warnings.some((w) => w.includes("公式"))).toBe(true);
  });
});

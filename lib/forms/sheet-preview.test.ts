import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { buildSheetGrid } from "@/lib/templates/sheet-grid";
import { buildWorkbook, rosterSpec } from "@/lib/templates/test-fixtures";
import { buildSheetPreview } from "./sheet-preview";

async function rosterGrid() {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await buildWorkbook(rosterSpec())) as unknown as ArrayBuffer);
  return buildSheetGrid(wb.worksheets[0]);
}

describe("buildSheetPreview", () => {
  it("turns merges into spans and leaves covered cells out", async () => {
    const preview = buildSheetPreview(await rosterGrid(), { maxRows: 40, maxCols: 30 });
    const title = preview.rows[1][0];
    expect(title).toMatchObject({ text: "2026年第三季度困难群众走访登记表", address: "A2", colSpan: 8, rowSpan: 1 });
    expect(preview.rows[1]).toHaveLength(1);
    const header = preview.rows[5];
    expect(header.map((c) => c.address)).toEqual(["A6", "B6", "E6", "F6", "G6", "H6"]);
    expect(header.find((c) => c.address === "A6")).toMatchObject({ text: "序号", rowSpan: 2, colSpan: 1 });
    expect(header.find((c) => c.address === "B6")).toMatchObject({ text: "基本情况", colSpan: 3 });
    // Row 7 holds only the leaf labels under 基本情况: A7 and E7–H7 are covered by row 6's merges.
    expect(preview.rows[6].map((c) => c.text)).toEqual(["姓  名", "性别", "公民身份号码"]);
    expect(preview.columns).toBe(8);
  });

  it("every shown row spans exactly the shown columns", async () => {
    const preview = buildSheetPreview(await rosterGrid(), { maxRows: 40, maxCols: 30 });
    const width = new Map<number, number>();
    preview.rows.forEach((cells, i) => {
      for (const cell of cells) for (let r = i; r < i + cell.rowSpan; r++) width.set(r, (width.get(r) ?? 0) + cell.colSpan);
    });
    for (let i = 0; i < preview.rows.length; i++) expect(width.get(i)).toBe(preview.columns);
  });

  it("clips merges at the shown area and says what was cut", async () => {
    const preview = buildSheetPreview(await rosterGrid(), { maxRows: 6, maxCols: 4 });
    expect(preview.rows).toHaveLength(6);
    expect(preview.rows[1][0]).toMatchObject({ address: "A2", colSpan: 4 });
    expect(preview.rows[5].find((c) => c.address === "A6")).toMatchObject({ rowSpan: 1 });
    expect(preview.truncatedRows).toBe(true);
    expect(preview.truncatedCols).toBe(true);
  });

  it("renders a blank grid for an empty sheet", () => {
    const preview = buildSheetPreview({ maxRow: 0, maxCol: 0, text: () => "", mergeAt: () => null }, { maxRows: 40, maxCols: 30, minCols: 3 });
    expect(preview.rows).toEqual([[1, 2, 3].map((c) => ({ text: "", address: `${"ABC"[c - 1]}1`, row: 1, col: c, rowSpan: 1, colSpan: 1 }))]);
  });
});

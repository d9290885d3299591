import { describe, expect, it } from "vitest";
import { cellText, cellValue, excelSerialToDate, isFormulaValue, toHalfWidth } from "./cell-value";

describe("cellValue", () => {
  it("joins rich text and reads hyperlinks", () => {
    expect(cellValue({ richText: [{ text: "姓" }, { font: { bold: true }, text: "名" }] })).toBe("姓名");
    expect(cellValue({ text: "网站", hyperlink: "https://example.cn" })).toBe("网站");
    expect(cellText({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "x" })).toBe("ab");
  });

  it("reads cached formula results, shared formulas included, and null without a result", () => {
    expect(cellValue({ formula: "SUM(A1:A3)", result: 42 })).toBe(42);
    expect(cellValue({ sharedFormula: "B2", result: "是" })).toBe("是");
    expect(cellValue({ formula: "A1" })).toBeNull();
    expect(isFormulaValue({ sharedFormula: "B2", result: 1 })).toBe(true);
  });

  it("turns errors and blanks into null", () => {
    expect(cellValue({ error: "#N/A" })).toBeNull();
    expect(cellValue({ formula: "1/0", result: { error: "#DIV/0!" } })).toBeNull();
    expect(cellValue("   ")).toBeNull();
    expect(cellValue(undefined)).toBeNull();
  });

  it("reads numbers stored as text, full-width digits and thousands separators", () => {
    expect(cellValue("１２３")).toBe(123);
    expect(cellValue("1,234.5")).toBe(1234.5);
    expect(cellValue("０１")).toBe("０１");
    expect(toHalfWidth("（１）ＡＢ")).toBe("(1)AB");
  });

  it("keeps ID numbers as text, including ones Excel turned into 3.2E+17", () => {
    expect(cellValue("34128020010719430X")).toBe("34128020010719430X");
    expect(cellValue("341280200107194301")).toBe("341280200107194301");
    expect(cellValue(3.2e17)).toBe("320000000000000000");
  });

  it("reads Chinese date text and dates", () => {
    expect(cellValue("2026年11月22日")).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(cellValue("2026-1-5")).toEqual(new Date(Date.UTC(2026, 0, 5)));
    const d = new Date(Date.UTC(2026, 0, 1));
    expect(cellValue(d)).toBe(d);
    expect(cellText(d)).toBe("2026-01-01");
  });

  it("converts serial numbers with a date format, in both date systems", () => {
    expect(cellValue(46348, { numFmt: "yyyy-mm-dd" })).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(cellValue(46348 - 1462, { numFmt: 'yyyy"年"m"月"d"日"', date1904: true })).toEqual(new Date(Date.UTC(2026, 10, 22)));
    expect(cellValue(46348, { numFmt: "0.00" })).toBe(46348);
    expect(cellValue(46348, { numFmt: "0.00E+00" })).toBe(46348);
    expect(excelSerialToDate(1, true)).toEqual(new Date(Date.UTC(1904, 0, 2)));
  });

  it("keeps header text as text when asked", () => {
    expect(cellValue("2026", { asText: true })).toBe("2026");
  });
});

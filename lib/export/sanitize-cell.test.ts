import { describe, expect, it } from "vitest";
import { sanitizeCell } from "./sanitize-cell";

describe("sanitizeCell", () => {
  it("defangs text that a spreadsheet would read as a formula", () => {
    for (const text of ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"]) expect(sanitizeCell(text)).toBe(`'${text}`);
  });

  it("leaves plain text, numbers, dates and null alone", () => {
    const date = new Date("2026-11-22T00:00:00Z");
    expect(sanitizeCell("低保对象花名册")).toBe("低保对象花名册");
    expect(sanitizeCell("a=b")).toBe("a=b");
    expect(sanitizeCell(-3)).toBe(-3);
    expect(sanitizeCell(date)).toBe(date);
    expect(sanitizeCell(null)).toBeNull();
  });
});

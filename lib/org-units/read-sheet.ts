import type ExcelJS from "exceljs";
import { rawText, toHalfWidth } from "../templates/cell-value";
import type { OrgUnitRow } from "./import-rows";

const HEADERS = {
  code: ["代码", "区划代码", "统计用区划代码", "code"],
  name: ["名称", "组织名称", "单位名称", "name"],
  parentCode: ["上级代码", "上级区划代码", "parent code", "parentcode"],
  level: ["层级", "级别", "类型", "level"],
} as const;

const norm = (s: string) => toHalfWidth(s).replace(/\s+/g, "").toLowerCase();

/** Finds the header row (within the first 10 rows) and reads every data row below it. null: no header. */
export function readOrgUnitSheet(sheet: ExcelJS.Worksheet): OrgUnitRow[] | null {
  for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
    const columns = headerColumns(sheet.getRow(r));
    if (columns) return readRows(sheet, r + 1, columns);
  }
  return null;
}

function headerColumns(row: ExcelJS.Row): Record<keyof typeof HEADERS, number> | null {
  const found: Partial<Record<keyof typeof HEADERS, number>> = {};
  row.eachCell((cell, col) => {
    const text = norm(rawText(cell.value));
    for (const [key, words] of Object.entries(HEADERS) as [keyof typeof HEADERS, readonly string[]][]) {
      if (found[key] === undefined && words.some((w) => norm(w) === text)) found[key] = col;
    }
  });
  return found.code && found.name && found.parentCode && found.level ? (found as Record<keyof typeof HEADERS, number>) : null;
}

function readRows(sheet: ExcelJS.Worksheet, from: number, columns: Record<keyof typeof HEADERS, number>): OrgUnitRow[] {
  const rows: OrgUnitRow[] = [];
  for (let r = from; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const cell = (col: number) => toHalfWidth(rawText(row.getCell(col).value)).trim();
    const values = { code: cell(columns.code), name: cell(columns.name), parentCode: cell(columns.parentCode), level: cell(columns.level) };
    if (!values.code && !values.name && !values.parentCode && !values.level) continue;
    rows.push({ rowNumber: r, ...values });
  }
  return rows;
}

import type ExcelJS from "exceljs";

/** A merged range as row/column numbers (1-based, inclusive). */
export interface MergeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The sheet's merged ranges (exceljs keeps them by master address). */
export function listMerges(ws: ExcelJS.Worksheet): MergeBox[] {
  const merges = (ws as unknown as { _merges: Record<string, MergeBox> })._merges;
  return Object.values(merges).map((m) => ({ top: m.top, left: m.left, bottom: m.bottom, right: m.right }));
}

function mergeWithoutStyle(ws: ExcelJS.Worksheet, m: MergeBox): void {
  (ws as unknown as { mergeCellsWithoutStyle(t: number, l: number, b: number, r: number): void }).mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
}

/**
 * Inserts `count` empty rows before row `at`, keeping every merge (exceljs's spliceRows moves cells but
 * not the sheet's merge list): merges at or below `at` move down, merges spanning `at` grow. The new rows
 * take the height, cell styles and one-row merges of `styleRow` (a row number before the insertion).
 */
export function insertRowsBefore(ws: ExcelJS.Worksheet, at: number, count: number, styleRow: number, columns: [number, number]): void {
  if (count <= 0) return;
  const merges = listMerges(ws).filter((m) => m.bottom >= at);
  for (const m of merges) ws.unMergeCells(m.top, m.left, m.bottom, m.right);
  const source = ws.getRow(styleRow);
  const height = source.height;
  const styles: [number, Partial<ExcelJS.Style>][] = [];
  for (let c = columns[0]; c <= columns[1]; c++) styles.push([c, source.getCell(c).style]);
  const rowMerges = listMerges(ws).filter((m) => m.top === styleRow && m.bottom === styleRow);
  ws.spliceRows(at, 0, ...Array.from({ length: count }, () => []));
  for (const m of merges) {
    const moved = m.top >= at ? { ...m, top: m.top + count, bottom: m.bottom + count } : { ...m, bottom: m.bottom + count };
    mergeWithoutStyle(ws, moved);
  }
  for (let r = at; r < at + count; r++) {
    const row = ws.getRow(r);
    if (height) row.height = height;
    // The same style object for every new row is fine: cells are only ever given new style objects.
    for (const [c, style] of styles) row.getCell(c).style = style;
    for (const m of rowMerges) mergeWithoutStyle(ws, { top: r, left: m.left, bottom: r, right: m.right });
  }
}

const SHEET_NAME_BAD = /[[\]:*?/\\]/g;

/** A valid, unique worksheet name (≤ 31 characters, none of []:*?/\). */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = (wanted.replace(SHEET_NAME_BAD, "_").replace(/^'+|'+$/g, "").trim() || "Sheet").slice(0, 31);
  let name = base;
  for (let i = 2; taken.has(name.toLowerCase()); i++) {
    const suffix = `(${i})`;
    name = `${base.slice(0, 31 - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Copies a worksheet (values, styles, merges, column widths, row heights, page setup) under a new name,
 * placed at `orderNo` in the tab order. `model` is the source's model taken before any filling.
 */
export function copyWorksheet(wb: ExcelJS.Workbook, model: ExcelJS.WorksheetModel, name: string, orderNo: number): ExcelJS.Worksheet {
  const copy = wb.addWorksheet(name);
  const source = model as ExcelJS.WorksheetModel & { merges?: string[] };
  // Tables are dropped (their names must be unique in a workbook); only one tab stays selected.
  const views = (source.views ?? []).map((v) => ({ ...v, tabSelected: false }));
  copy.model = { ...source, id: copy.id, name, views, tables: [], mergeCells: source.merges ?? [] } as unknown as ExcelJS.WorksheetModel;
  (copy as unknown as { orderNo: number }).orderNo = orderNo;
  return copy;
}

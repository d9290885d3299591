import type ExcelJS from "exceljs";
import { cellText } from "./cell-value";
import { parseA1, type SheetGrid } from "./sheet-grid";

const MAX_OPTIONS = 200;

/** Reads a list range like `'下拉选项'!$A$2:$A$6` (sheet may be hidden) into its non-empty texts. */
function readRangeOptions(workbook: ExcelJS.Workbook, ref: string, defaultSheet: string): string[] | null {
  const m = /^(?:'((?:[^']|'')+)'|([^!]+))?!?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?$/.exec(ref.trim());
  if (!m) return null;
  const sheetName = (m[1]?.replace(/''/g, "'") ?? m[2] ?? defaultSheet).trim();
  const ws = workbook.getWorksheet(sheetName);
  if (!ws) return null;
  const from = parseA1(`${m[3]}${m[4]}`);
  const to = m[5] ? parseA1(`${m[5]}${m[6]}`) : from;
  const out: string[] = [];
  for (let r = from.r; r <= Math.min(to.r, from.r + MAX_OPTIONS); r++) {
    for (let c = from.c; c <= Math.min(to.c, from.c + 20); c++) {
      const text = cellText(ws.getCell(r, c).value);
      if (text) out.push(text);
    }
  }
  return out;
}

/** Options of a data-validation list formula: `"男,女"`, a range, or a defined name. */
export function resolveListFormula(workbook: ExcelJS.Workbook, formula: string, sheet: string): string[] {
  const f = formula.trim().replace(/^=/, "");
  if (f.startsWith('"')) {
    return f
      .replace(/^"|"$/g, "")
      .split(/[,，]/)
      .map((s) => s.trim())
      .filter(Boolean)
      .slice(0, MAX_OPTIONS);
  }
  const direct = readRangeOptions(workbook, f, sheet);
  if (direct) return direct;
  const named = (workbook.definedNames as unknown as { getRanges?: (n: string) => { ranges?: string[] } }).getRanges?.(f);
  const first = named?.ranges?.[0];
  return first ? (readRangeOptions(workbook, first, sheet) ?? []) : [];
}

const byColumnCache = new WeakMap<SheetGrid, Map<number, { r: number; formula: string }[]>>();

function validationsByColumn(grid: SheetGrid): Map<number, { r: number; formula: string }[]> {
  let index = byColumnCache.get(grid);
  if (index) return index;
  index = new Map();
  for (const [address, formula] of grid.validations) {
    const { r, c } = parseA1(address);
    const list = index.get(c) ?? [];
    list.push({ r, formula });
    index.set(c, list);
  }
  for (const list of index.values()) list.sort((a, b) => a.r - b.r);
  byColumnCache.set(grid, index);
  return index;
}

/** Dropdown options for the data cells of a column (the first list validation found under the header). */
export function columnOptions(
  workbook: ExcelJS.Workbook,
  grid: SheetGrid,
  col: number,
  rows: { from: number; to: number },
): string[] | undefined {
  const tried = new Set<string>();
  for (const { r, formula } of validationsByColumn(grid).get(col) ?? []) {
    if (r < rows.from || r > rows.to || tried.has(formula)) continue;
    tried.add(formula);
    const options = resolveListFormula(workbook, formula, grid.name);
    if (options.length > 0) return options;
  }
  return undefined;
}

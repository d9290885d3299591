import type ExcelJS from "exceljs";
import { cellText, cellValue, isFormulaValue } from "./cell-value";
import type { CellScalar } from "./types";
import { columnLetters, columnNumber } from "./xml-bounds";

/** A merged range, 1-based inclusive. */
export interface MergeBox {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

/** A worksheet as plain data: the text of each master cell, merges, and dropdown lists by cell. */
export interface SheetGrid {
  name: string;
  maxRow: number;
  maxCol: number;
  /** Text of the master cell at (r, c); '' for blanks and for merge slaves. 1-based. */
  text(r: number, c: number): string;
  value(r: number, c: number): CellScalar;
  /** The merge covering (r, c), if any. */
  mergeAt(r: number, c: number): MergeBox | null;
  /** Raw data-validation list formulae per A1 address. */
  validations: Map<string, string>;
  formulaCount: number;
  /** Columns hidden in the template (helper columns, not to be filled). */
  hiddenColumns: Set<number>;
}

export const GRID_LIMITS = { maxRow: 3000, maxCol: 200 };

export function a1(r: number, c: number): string {
  return `${columnLetters(c)}${r}`;
}

export function parseA1(address: string): { r: number; c: number } {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/.exec(address.toUpperCase());
  if (!m) throw new Error(`bad address ${address}`);
  return { r: Number(m[2]), c: columnNumber(m[1]) };
}

function parseBox(ref: string): MergeBox | null {
  const [a, b] = ref.split(":");
  if (!a || !b) return null;
  const p = parseA1(a);
  const q = parseA1(b);
  return { r1: Math.min(p.r, q.r), c1: Math.min(p.c, q.c), r2: Math.max(p.r, q.r), c2: Math.max(p.c, q.c) };
}

function readMerges(ws: ExcelJS.Worksheet): MergeBox[] {
  const internal = (ws as unknown as { _merges?: Record<string, { range?: string; model?: { top: number; left: number; bottom: number; right: number } }> })._merges;
  if (internal) {
    return Object.values(internal)
      .map((m) => (m.model ? { r1: m.model.top, c1: m.model.left, r2: m.model.bottom, c2: m.model.right } : null))
      .filter((m): m is MergeBox => !!m);
  }
  return (ws.model.merges ?? []).map(parseBox).filter((m): m is MergeBox => !!m);
}

function readValidations(ws: ExcelJS.Worksheet, maxRow: number, maxCol: number): Map<string, string> {
  const out = new Map<string, string>();
  const model = (ws as unknown as { dataValidations?: { model?: Record<string, { type?: string; formulae?: unknown[] }> } }).dataValidations?.model ?? {};
  for (const [address, dv] of Object.entries(model)) {
    if (dv?.type !== "list" || !dv.formulae?.length) continue;
    if (!/^[A-Z]{1,3}\d+$/.test(address)) continue;
    const { r, c } = parseA1(address);
    if (r <= maxRow + 400 && c <= maxCol) out.set(address, String(dv.formulae[0]));
  }
  return out;
}

function readHiddenColumns(ws: ExcelJS.Worksheet, maxCol: number): Set<number> {
  const out = new Set<number>();
  for (let c = 1; c <= maxCol; c++) if (ws.getColumn(c).hidden) out.add(c);
  return out;
}

/** Builds the grid of one worksheet, clipped to its used area (and GRID_LIMITS). */
export function buildSheetGrid(ws: ExcelJS.Worksheet, options: { date1904?: boolean } = {}): SheetGrid {
  const texts = new Map<number, string>();
  const values = new Map<number, CellScalar>();
  let maxRow = 0;
  let maxCol = 0;
  let formulaCount = 0;
  const key = (r: number, c: number) => r * 1024 + c;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    if (r > GRID_LIMITS.maxRow) return;
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (c > GRID_LIMITS.maxCol) return;
      if (cell.isMerged && cell.master.address !== cell.address) return;
      const raw = cell.value;
      if (isFormulaValue(raw)) formulaCount++;
      const text = cellText(raw);
      if (!text) return;
      texts.set(key(r, c), text);
      values.set(key(r, c), cellValue(raw, { date1904: options.date1904, numFmt: cell.numFmt }));
      maxRow = Math.max(maxRow, r);
      maxCol = Math.max(maxCol, c);
    });
  });
  const merges = readMerges(ws).filter((m) => m.r1 <= GRID_LIMITS.maxRow && m.c1 <= GRID_LIMITS.maxCol);
  const mergeIndex = new Map<number, MergeBox>();
  for (const m of merges) {
    const r2 = Math.min(m.r2, Math.max(maxRow, m.r1));
    const c2 = Math.min(m.c2, Math.max(maxCol, m.c1));
    for (let r = m.r1; r <= r2; r++) for (let c = m.c1; c <= c2; c++) mergeIndex.set(key(r, c), m);
  }
  return {
    name: ws.name,
    maxRow,
    maxCol,
    text: (r, c) => texts.get(key(r, c)) ?? "",
    value: (r, c) => values.get(key(r, c)) ?? null,
    mergeAt: (r, c) => mergeIndex.get(key(r, c)) ?? null,
    validations: readValidations(ws, maxRow, maxCol),
    formulaCount,
    hiddenColumns: readHiddenColumns(ws, maxCol),
  };
}

/** Non-empty master cells of a row, left to right. */
export function rowCells(grid: SheetGrid, r: number, c1 = 1, c2 = grid.maxCol): { c: number; text: string }[] {
  const out: { c: number; text: string }[] = [];
  for (let c = c1; c <= c2; c++) {
    const text = grid.text(r, c);
    if (text) out.push({ c, text });
  }
  return out;
}

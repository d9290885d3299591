/**
 * Clip what a worksheet declares to its used area before exceljs sees it. exceljs expands every merge,
 * data-validation sqref and defined-name range cell by cell, so `A1:XFD1048576` would allocate for every
 * cell of the sheet. Works on the raw XML text with small regexes (no DOM).
 */

export interface SheetBounds {
  maxRow: number;
  maxCol: number;
  cellCount: number;
}

export interface ClipLimits {
  /** Extra rows/columns kept beyond the last cell with content (validations often run past the sample rows). */
  marginRows: number;
  marginCols: number;
  maxMerges: number;
  maxValidationCells: number;
}

export const DEFAULT_CLIP_LIMITS: ClipLimits = { marginRows: 200, marginCols: 10, maxMerges: 5000, maxValidationCells: 100_000 };

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

export function columnLetters(n: number): string {
  let s = "";
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/** Last row/column holding a value or formula, and the number of `<c>` elements. */
export function measureSheetXml(xml: string): SheetBounds {
  let maxRow = 0;
  let maxCol = 0;
  let cellCount = 0;
  const re = /<c\s[^>]*?\br="([A-Z]{1,3})(\d{1,7})"[^>]*?(\/>|>)/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    cellCount++;
    if (m[3] === "/>") continue;
    const next = xml.slice(re.lastIndex, re.lastIndex + 6);
    if (next.startsWith("</c>")) continue;
    maxRow = Math.max(maxRow, Number(m[2]));
    maxCol = Math.max(maxCol, columnNumber(m[1]));
  }
  return { maxRow, maxCol, cellCount };
}

interface Box {
  r1: number;
  c1: number;
  r2: number;
  c2: number;
}

function parseRange(ref: string): Box | null {
  const m = /^\$?([A-Z]{1,3})?\$?(\d{1,7})?(?::\$?([A-Z]{1,3})?\$?(\d{1,7})?)?$/.exec(ref.trim().toUpperCase());
  if (!m || (!m[1] && !m[2])) return null;
  const c1 = m[1] ? columnNumber(m[1]) : 1;
  const r1 = m[2] ? Number(m[2]) : 1;
  const c2 = m[3] ? columnNumber(m[3]) : m[4] && !m[3] ? 16384 : m[1] ? c1 : 16384;
  const r2 = m[4] ? Number(m[4]) : m[3] && !m[4] ? 1048576 : m[2] ? r1 : 1048576;
  return { r1, c1, r2: Math.max(r1, r2), c2: Math.max(c1, c2) };
}

function boxRef(b: Box): string {
  const a = `${columnLetters(b.c1)}${b.r1}`;
  return b.r1 === b.r2 && b.c1 === b.c2 ? a : `${a}:${columnLetters(b.c2)}${b.r2}`;
}

/** Clips one range to rows ≤ maxRow and cols ≤ maxCol; null when it lies outside. */
export function clipRange(ref: string, maxRow: number, maxCol: number): string | null {
  const b = parseRange(ref);
  if (!b || b.r1 > maxRow || b.c1 > maxCol) return null;
  if (b.r2 <= maxRow && b.c2 <= maxCol) return ref;
  return boxRef({ r1: b.r1, c1: b.c1, r2: Math.min(b.r2, maxRow), c2: Math.min(b.c2, maxCol) });
}

function area(ref: string): number {
  const b = parseRange(ref);
  return b ? (b.r2 - b.r1 + 1) * (b.c2 - b.c1 + 1) : 0;
}

export interface ClipResult {
  xml: string;
  changed: boolean;
  notes: string[];
}

/** Clips merges and data-validation ranges of one worksheet XML to its used area (plus margins). */
export function clipSheetXml(xml: string, limits: ClipLimits = DEFAULT_CLIP_LIMITS): ClipResult {
  const used = measureSheetXml(xml);
  const maxRow = Math.max(used.maxRow, 1) + limits.marginRows;
  const maxCol = Math.max(used.maxCol, 1) + limits.marginCols;
  const notes: string[] = [];
  let changed = false;
  let merges = 0;
  let out = xml.replace(/<mergeCell\s+ref="([^"]*)"\s*\/>/g, (whole, ref: string) => {
    const clipped = merges < limits.maxMerges ? clipRange(ref, maxRow, maxCol) : null;
    merges++;
    if (clipped === ref) return whole;
    changed = true;
    return clipped && clipped.includes(":") ? `<mergeCell ref="${clipped}"/>` : "";
  });
  if (merges > limits.maxMerges) notes.push(`合并单元格过多（${merges} 个），只读取前 ${limits.maxMerges} 个`);
  let budget = limits.maxValidationCells;
  out = out.replace(/(<dataValidation\b[^>]*?\bsqref=")([^"]*)(")/g, (whole, pre: string, sqref: string, post: string) => {
    const kept = sqref
      .split(/\s+/)
      .filter(Boolean)
      .map((r) => clipRange(r, maxRow, maxCol))
      .filter((r): r is string => !!r)
      .filter((r) => (budget -= area(r)) >= 0);
    const next = kept.join(" ");
    if (next === sqref) return whole;
    changed = true;
    return `${pre}${next || "A1"}${post}`;
  });
  if (budget < 0) notes.push("数据有效性（下拉）范围过大，已截断");
  return { xml: out, changed, notes };
}

/** Clips range references inside `<definedName>` elements of workbook.xml. */
export function clipDefinedNamesXml(xml: string, maxRow: number, maxCol: number): ClipResult {
  let changed = false;
  const out = xml.replace(/(<definedName\b[^>]*>)([^<]*)(<\/definedName>)/g, (whole, open: string, body: string, close: string) => {
    const next = body.replace(/(\$?[A-Z]{1,3}\$?\d{1,7}:\$?[A-Z]{1,3}\$?\d{1,7}|\$[A-Z]{1,3}:\$[A-Z]{1,3}|\$\d{1,7}:\$\d{1,7})/g, (ref: string) => {
      const clipped = clipRange(ref, maxRow, maxCol);
      return clipped === ref ? ref : (clipped ?? "$A$1").replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    });
    if (next === body) return whole;
    changed = true;
    return `${open}${next}${close}`;
  });
  return { xml: out, changed, notes: changed ? ["名称定义的范围过大，已截断"] : [] };
}

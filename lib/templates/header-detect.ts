import { rowCells, type SheetGrid } from "./sheet-grid";
import { CODE_CELL, EXAMPLE_LABEL, FOOTER_CUE, GRID_ROW_HEADER, NOTE_CUE, SERIAL_LABEL, TOTAL_LABEL } from "./structure-cues";
import { norm, splitKeyValue } from "./text";
import { opensWithPartNumber } from "./workbook-parts";

/** Where the header band of a sheet is, and what sits above it. */
export interface HeaderBand {
  top: number;
  bottom: number;
  firstCol: number;
  lastCol: number;
  title: string;
  /** Rows above the header (title, 附件N, meta row, statistical block). */
  aboveTexts: string[];
}

const SCAN_ROWS = 40;
const TITLE_WORDS = /(表|台账|名册|名单|清单|目录|汇总|统计|登记|报告|情况|信息)[)）]?$|(表|台账|名册|名单|清单)[(（]/;

/** Meta words written without a colon (`填报单位  （盖章）  填报时间  年 月 日` in separate cells). */
const META_WORD = /^((填报|填表|报送|统计|制表)(单位|时间|日期|时段|机关)|单位名称|表号|制定机关|批准文号|有效期至)|^[(（]?(盖章|公章|签章)[)）]?$|^(\d{4})?年\d*月\d*日?$/;

export function isMetaCell(text: string): boolean {
  const kv = splitKeyValue(text);
  return (!!kv && kv.key.length <= 10) || META_WORD.test(norm(text));
}

const FOOTER_WORD = /(单位负责人|负责人|填表人|填报人|审核人|统计人|制表人|联系电话|报出日期|填报日期)/g;

export function isFooterRow(texts: string[]): boolean {
  if (texts.some((t) => FOOTER_CUE.test(norm(t)) || NOTE_CUE.test(norm(t)))) return true;
  // A colon-less footer line names two signatories in one cell; header cells hold one word each.
  return texts.some((t) => t.split(/\s+/).filter((token) => new RegExp(FOOTER_WORD.source).test(token)).length >= 2);
}

export function isNoteText(text: string): boolean {
  return NOTE_CUE.test(norm(text));
}

/** `甲 乙 1 2 3` under a statistical header: ≥2 code-like cells and no other text. */
export function isCodeRow(texts: string[]): boolean {
  if (texts.length < 2) return false;
  const all = texts.every((t) => CODE_CELL.test(norm(t)));
  if (!all) return false;
  const hasLetter = texts.some((t) => /^(甲|乙|丙|丁)$/.test(norm(t)));
  const nums = texts.map((t) => Number(norm(t))).filter((n) => Number.isInteger(n));
  const sequential = nums.length >= 2 && nums.every((n, i) => i === 0 || n === nums[i - 1] + 1);
  return hasLetter || sequential;
}

export function isExampleText(text: string): boolean {
  return EXAMPLE_LABEL.test(norm(text));
}

export function isTotalText(text: string): boolean {
  return TOTAL_LABEL.test(norm(text));
}

/** A title cell: `附件N`, or a long text named like a form (…统计表, …台账). */
function isTitleCell(text: string): boolean {
  const t = norm(text);
  return /^附件\s*\d*[:：]?$/.test(t) || (t.length >= 8 && TITLE_WORDS.test(t));
}

function isHeaderCandidate(all: { c: number; text: string }[]): boolean {
  const cells = all.filter((x) => !isTitleCell(x.text));
  if (cells.length < 2 || cells.length < all.length - 1) return false;
  const meta = cells.filter((x) => isMetaCell(x.text)).length;
  if (meta * 2 >= cells.length) return false;
  if (isFooterRow(cells.map((x) => x.text)) || isCodeRow(cells.map((x) => x.text))) return false;
  return cells.filter((x) => /\p{Script=Han}|[A-Za-z]/u.test(x.text)).length >= 2;
}

/** Rows covered by vertical merges that start inside [top, bottom]. */
function mergeBottom(grid: SheetGrid, top: number, bottom: number, c1: number, c2: number): number {
  let out = bottom;
  for (let r = top; r <= out; r++) {
    for (let c = c1; c <= c2; c++) {
      const m = grid.mergeAt(r, c);
      if (m && m.r1 >= top && m.r2 > out && m.r2 - m.r1 < 6) out = m.r2;
    }
  }
  return out;
}

/** A next row that only fills in under group headers (horizontal merges or blanks) is header too. */
function isSubHeaderRow(grid: SheetGrid, r: number, bottom: number, c1: number, c2: number): boolean {
  const cells = rowCells(grid, r, c1, c2);
  if (cells.length === 0) return false;
  const texts = cells.map((x) => x.text);
  if (isCodeRow(texts) || isFooterRow(texts) || texts.some((t) => isExampleText(t) || isTotalText(t))) return false;
  if (texts.some((t) => /^[\d.,\-\s]+$/.test(t))) return false;
  let underGroup = 0;
  const filled = new Set(cells.map((x) => x.c));
  for (const { c } of cells) {
    const above = grid.mergeAt(bottom, c);
    const aboveText = grid.text(bottom, c);
    if (above && GRID_ROW_HEADER.test(norm(grid.text(above.r1, above.c1)))) return false;
    if (above && above.c2 > above.c1 && above.r2 === bottom) underGroup++;
    else if (!above && aboveText && cells.length >= 2 && isUnmergedGroupStart(grid, bottom, c, filled)) underGroup++;
    else if (above || aboveText) return false;
  }
  return underGroup > 0;
}

/** A group header written without merging: text over c, blank header cells to its right with sub-labels below. */
function isUnmergedGroupStart(grid: SheetGrid, bottom: number, c: number, filledBelow: Set<number>): boolean {
  const right = c + 1;
  return !grid.text(bottom, right) && !grid.mergeAt(bottom, right) && filledBelow.has(right);
}

function tableColumns(grid: SheetGrid, top: number, bottom: number): [number, number] {
  let first = grid.maxCol;
  let last = 1;
  for (let r = top; r <= bottom; r++) {
    for (let c = 1; c <= grid.maxCol; c++) {
      if (!grid.text(r, c)) continue;
      const m = grid.mergeAt(r, c);
      first = Math.min(first, c);
      last = Math.max(last, m ? m.c2 : c);
    }
  }
  return [first, last];
}

/** Finds the header band: the first row with ≥2 column titles that is not a meta row, plus rows below it. */
export function detectHeaderBand(grid: SheetGrid): HeaderBand | null {
  const limit = Math.min(grid.maxRow, SCAN_ROWS);
  for (let top = 1; top <= limit; top++) {
    const cells = rowCells(grid, top);
    if (!isHeaderCandidate(cells)) continue;
    let [firstCol, lastCol] = tableColumns(grid, top, top);
    let bottom = mergeBottom(grid, top, top, firstCol, lastCol);
    while (bottom < grid.maxRow && isSubHeaderRow(grid, bottom + 1, bottom, firstCol, lastCol)) {
      bottom = mergeBottom(grid, top, bottom + 1, firstCol, lastCol);
    }
    [firstCol, lastCol] = tableColumns(grid, top, bottom);
    const aboveTexts: string[] = [];
    for (let r = 1; r < top; r++) aboveTexts.push(...rowCells(grid, r).map((x) => x.text));
    return { top, bottom, firstCol, lastCol, title: pickTitle(grid, top), aboveTexts };
  }
  return null;
}

const STAT_BLOCK_LINE = /^(表号|制定机关|制表机关|批准机关|批准文号|备案文号|有效期至|统计制度)/;

/** The title: the first text above the header that reads like one (…表, …台账), else the longest; never 附件N or meta. */
function pickTitle(grid: SheetGrid, headerTop: number): string {
  let best = "";
  let titled = "";
  for (let r = 1; r < headerTop; r++) {
    for (const { text } of rowCells(grid, r)) {
      const t = text.trim().replace(/^附件\s*\d*\s*[:：]?\s*/, "");
      // The statistics block (表号：农经1表, 制定机关：…) ends like a title but never is one.
      // 表五：网格内单位和场所 reads like `key：value` but titles its part.
      if (!t || isNoteText(t) || STAT_BLOCK_LINE.test(norm(t)) || (isMetaCell(t) && !TITLE_WORDS.test(norm(t)) && !opensWithPartNumber(t))) continue;
      if (!titled && TITLE_WORDS.test(norm(t))) titled = t;
      if (norm(t).length > norm(best).length) best = t;
    }
  }
  return (titled || best).replace(/\s*\n\s*/g, "");
}

/** Whether a header text names the 序号 column. */
export function isSerialHeader(text: string): boolean {
  return SERIAL_LABEL.test(norm(text));
}

import { isCodeRow, isExampleText, isFooterRow, isMetaCell, isTotalText, type HeaderBand } from "./header-detect";
import { STAMP_OR_SIGNATURE_CELL } from "./structure-cues";
import { rowCells, type SheetGrid } from "./sheet-grid";
import { bracketParts, norm } from "./text";
import { canonicalUnit } from "./unit-lexicon";

/** The rows under the header: code row, examples, totals, pre-filled labels, footer. */
export interface TableBody {
  codeRow: number | null;
  /** A row of units under the header (`人 | 户 | 万元`), by column. */
  unitRow: number | null;
  columnUnits: Map<number, string>;
  firstDataRow: number;
  lastDataRow: number;
  exampleRows: number[];
  totalRows: number[];
  /** Row labels in the key column (first non-serial column), excluding examples and totals. */
  labelRows: { row: number; label: string }[];
  footerRow: number | null;
  /** Texts of footer and notes rows (for department/frequency cues). */
  footerTexts: string[];
}

/** A wide single text cell below the table that is neither data nor total: a note or footer line. */
function isLooseNote(grid: SheetGrid, r: number, band: HeaderBand, texts: { c: number; text: string }[]): boolean {
  if (texts.length !== 1) return false;
  const m = grid.mergeAt(r, texts[0].c);
  const width = m ? m.c2 - m.c1 + 1 : 1;
  const tableWidth = band.lastCol - band.firstCol + 1;
  return width >= Math.max(3, tableWidth * 0.6) && norm(texts[0].text).length > 12;
}

/**
 * A stamp and signature line written without colons (`单位（盖章）  填表人  审核人`), or with meta cells beside it
 * (`填报单位（盖章）：  报送区民政局`): it closes the table like a footer.
 */
function isStampRow(texts: string[]): boolean {
  if (texts.length === 0) return false;
  const stamps = texts.filter((t) => STAMP_OR_SIGNATURE_CELL.test(norm(t)) || /[(（](盖章|签章|公章|签字)[)）]/.test(norm(t)));
  return stamps.length > 0 && texts.every((t) => stamps.includes(t) || isMetaCell(t) || /^报送/.test(norm(t)));
}

/** The caption of a units row (`单位` in the 序号 column) and placeholders under text columns (`—`). */
const UNIT_ROW_CAPTION = /^(计量)?单位[:：]?$/;
const UNIT_ROW_BLANK = /^[—–\-－─―/／]+$/;

/** `人 | （户） | 单位：万元` right under the header: every cell a unit, a `单位` caption or a dash. */
function unitRowUnits(cells: { c: number; text: string }[]): Map<number, string> | null {
  const out = new Map<number, string>();
  for (const { c, text } of cells) {
    const t = norm(text);
    if (UNIT_ROW_CAPTION.test(t) || UNIT_ROW_BLANK.test(t)) continue;
    const unit = canonicalUnit(t) ?? bracketParts(text).map(canonicalUnit).find(Boolean);
    if (!unit) return null;
    out.set(c, unit);
  }
  return out.size >= 2 ? out : null;
}

/** Reads the body of the table under `band`; `keyCol` is the column holding row labels. */
export function readTableBody(grid: SheetGrid, band: HeaderBand, keyCol: number, serialCol: number | null): TableBody {
  const body: TableBody = {
    codeRow: null,
    unitRow: null,
    columnUnits: new Map(),
    firstDataRow: band.bottom + 1,
    lastDataRow: band.bottom,
    exampleRows: [],
    totalRows: [],
    labelRows: [],
    footerRow: null,
    footerTexts: [],
  };
  let r = band.bottom + 1;
  const first = rowCells(grid, r, band.firstCol, band.lastCol);
  if (isCodeRow(first.map((x) => x.text))) {
    body.codeRow = r;
    body.firstDataRow = r + 1;
    r++;
  }
  const units = unitRowUnits(rowCells(grid, r, band.firstCol, band.lastCol));
  if (units) {
    body.unitRow = r;
    body.columnUnits = units;
    body.firstDataRow = r + 1;
    r++;
  }
  for (; r <= grid.maxRow; r++) {
    const cells = rowCells(grid, r, 1, Math.max(band.lastCol, grid.maxCol));
    const texts = cells.map((x) => x.text);
    if (body.footerRow === null && (isFooterRow(texts) || isStampRow(texts) || isLooseNote(grid, r, band, cells))) body.footerRow = r;
    if (body.footerRow !== null) {
      body.footerTexts.push(...texts);
      continue;
    }
    if (cells.length === 0) continue;
    const lead = cells.filter((x) => x.c <= keyCol).map((x) => x.text);
    if (lead.some(isExampleText) || (serialCol && isExampleText(grid.text(r, serialCol)))) body.exampleRows.push(r);
    else if (lead.some(isTotalText)) body.totalRows.push(r);
    else {
      const label = grid.text(r, keyCol);
      if (label) body.labelRows.push({ row: r, label });
    }
  }
  body.lastDataRow = (body.footerRow ?? grid.maxRow + 1) - 1;
  if (body.exampleRows.length > 0 && body.exampleRows[0] === body.firstDataRow) body.firstDataRow = body.exampleRows[body.exampleRows.length - 1] + 1;
  return body;
}

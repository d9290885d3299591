import { a1, type SheetGrid } from "@/lib/templates/sheet-grid";

/** One rendered cell of the original sheet: a merge's master cell carries the merge's spans. */
export interface PreviewCell {
  text: string;
  /** A1 address of the (master) cell. */
  address: string;
  row: number;
  col: number;
  rowSpan: number;
  colSpan: number;
}

export interface SheetPreview {
  /** rows[i] holds the cells that start in sheet row i + 1 (cells covered by a merge are left out). */
  rows: PreviewCell[][];
  columns: number;
  /** The sheet goes on beyond what is shown. */
  truncatedRows: boolean;
  truncatedCols: boolean;
}

export interface PreviewLimits {
  maxRows: number;
  maxCols: number;
  /** Show at least this many columns (a header may end in empty columns the grid does not count). */
  minCols?: number;
}

/**
 * Lays out the top-left part of a worksheet as an HTML-table grid: merges become rowSpan/colSpan,
 * clipped at the shown area so a merge reaching past it never breaks the table.
 */
export function buildSheetPreview(grid: Pick<SheetGrid, "maxRow" | "maxCol" | "text" | "mergeAt">, limits: PreviewLimits): SheetPreview {
  const usedCols = Math.max(grid.maxCol, limits.minCols ?? 0, 1);
  const rowCount = Math.min(Math.max(grid.maxRow, 1), limits.maxRows);
  const colCount = Math.min(usedCols, limits.maxCols);
  const rows: PreviewCell[][] = [];
  for (let r = 1; r <= rowCount; r++) {
    const cells: PreviewCell[] = [];
    for (let c = 1; c <= colCount; c++) {
      const merge = grid.mergeAt(r, c);
      // Covered by a merge: its master (always up-left, so already shown) spans this slot.
      if (merge && (merge.r1 !== r || merge.c1 !== c)) continue;
      const rowSpan = merge ? Math.min(merge.r2, rowCount) - r + 1 : 1;
      const colSpan = merge ? Math.min(merge.c2, colCount) - c + 1 : 1;
      cells.push({ text: grid.text(r, c), address: a1(r, c), row: r, col: c, rowSpan, colSpan });
    }
    rows.push(cells);
  }
  return { rows, columns: colCount, truncatedRows: grid.maxRow > rowCount, truncatedCols: usedCols > colCount };
}

/** Excel's column letters for a 1-based column number (A … Z, AA …). */
export { columnLetters } from "@/lib/templates/xml-bounds";

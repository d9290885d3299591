import type { HeaderBand } from "./header-detect";
import type { SheetGrid } from "./sheet-grid";

/** One header cell on a column's path from the top of the band to its leaf. */
export interface HeaderNode {
  text: string;
  r: number;
  c: number;
}

/** A leaf column of the header tree: the header texts top → leaf and the columns the leaf spans. */
export interface HeaderColumn {
  path: HeaderNode[];
  leaf: HeaderNode;
  firstCol: number;
  lastCol: number;
}

/** Header texts covering column c, top → bottom, one per distinct (merged) cell. */
export function columnPath(grid: SheetGrid, band: HeaderBand, c: number): HeaderNode[] {
  const path: HeaderNode[] = [];
  for (let r = band.top; r <= band.bottom; r++) {
    const m = grid.mergeAt(r, c);
    let mr = m ? m.r1 : r;
    let mc = m ? m.c1 : c;
    if (mr < band.top) continue;
    if (!m && r < band.bottom && !grid.text(r, c)) [mr, mc] = unmergedGroupOwner(grid, r, c);
    const text = grid.text(mr, mc);
    if (!text) continue;
    const last = path[path.length - 1];
    if (last && last.r === mr && last.c === mc) continue;
    path.push({ text, r: mr, c: mc });
  }
  return path;
}

/** Leaf columns of the header band, left to right; columns sharing a leaf cell are one column. */
export function headerColumns(grid: SheetGrid, band: HeaderBand): HeaderColumn[] {
  const out: HeaderColumn[] = [];
  for (let c = band.firstCol; c <= band.lastCol; c++) {
    if (grid.hiddenColumns.has(c)) continue;
    const path = columnPath(grid, band, c);
    if (path.length === 0) continue;
    const leaf = path[path.length - 1];
    const prev = out[out.length - 1];
    if (prev && prev.leaf.r === leaf.r && prev.leaf.c === leaf.c) {
      prev.lastCol = c;
      continue;
    }
    out.push({ path, leaf, firstCol: c, lastCol: c });
  }
  return out;
}

/**
 * A blank, unmerged upper header cell belongs to the group text on its left when that text has no merge
 * and sub-labels sit below both (a group header written without merging cells).
 */
function unmergedGroupOwner(grid: SheetGrid, r: number, c: number): [number, number] {
  if (!grid.text(r + 1, c)) return [r, c];
  for (let x = c - 1; x >= 1 && c - x <= 8; x--) {
    if (grid.mergeAt(r, x) || !grid.text(r + 1, x)) return [r, c];
    if (grid.text(r, x)) return [r, x];
  }
  return [r, c];
}

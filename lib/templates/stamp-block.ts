import { isMetaCell } from "./header-detect";
import type { MergeBox, SheetGrid } from "./sheet-grid";
import { FOOTER_CUE, STAMP_OR_SIGNATURE_CELL } from "./structure-cues";
import { norm } from "./text";

/** One line of a stamp block: a signatory, stamp, date or other `key：` line. */
function isStampLine(line: string): boolean {
  const t = norm(line);
  if (!t) return true;
  return FOOTER_CUE.test(t) || STAMP_OR_SIGNATURE_CELL.test(t) || /[(（](盖章|公章|签章|签字)[)）]/.test(t) || isMetaCell(line);
}

/**
 * A stamp and signature block written into one cell beside the table (`填报单位（盖章）：⏎填表人：⏎审核人：…`, often
 * merged down the whole height of the table): several lines, all stamp/signature/meta lines, at least one of them a
 * signatory or stamp — or one such line in a cell merged down over three rows or more.
 */
function isStampBlock(text: string, merge: MergeBox | null): boolean {
  const lines = text.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  if (!lines.every(isStampLine)) return false;
  const signed = lines.some((l) => FOOTER_CUE.test(norm(l)) || /盖章|公章|签章|签字|签名/.test(l) || STAMP_OR_SIGNATURE_CELL.test(norm(l)));
  if (!signed) return false;
  return lines.length >= 2 || (!!merge && merge.r2 - merge.r1 >= 2);
}

/**
 * The grid without stamp blocks (their cells read as blank and unmerged), and the blocks' texts (for department and
 * other cues). A stamp block in the header row otherwise reads as a footer and hides the header.
 */
export function withoutStampBlocks(grid: SheetGrid): { grid: SheetGrid; texts: string[] } {
  const hidden = new Set<number>();
  const texts: string[] = [];
  const key = (r: number, c: number) => r * 1024 + c;
  for (let r = 1; r <= grid.maxRow; r++) {
    for (let c = 1; c <= grid.maxCol; c++) {
      const text = grid.text(r, c);
      if (!text || !text.includes("\n") && !grid.mergeAt(r, c)) continue;
      const merge = grid.mergeAt(r, c);
      if (merge && (merge.r1 !== r || merge.c1 !== c)) continue;
      if (!isStampBlock(text, merge)) continue;
      hidden.add(key(r, c));
      texts.push(...text.split(/\n+/).map((l) => l.trim()).filter(Boolean));
    }
  }
  if (hidden.size === 0) return { grid, texts };
  const masterHidden = (m: MergeBox | null) => !!m && hidden.has(key(m.r1, m.c1));
  return {
    grid: {
      ...grid,
      text: (r, c) => (hidden.has(key(r, c)) ? "" : grid.text(r, c)),
      value: (r, c) => (hidden.has(key(r, c)) ? null : grid.value(r, c)),
      mergeAt: (r, c) => {
        const m = grid.mergeAt(r, c);
        return masterHidden(m) ? null : m;
      },
    },
    texts,
  };
}

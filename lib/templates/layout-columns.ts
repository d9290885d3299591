import type { HeaderBand } from "./header-detect";
import { isSerialHeader } from "./header-detect";
import { headerColumns, type HeaderColumn } from "./header-tree";
import type { RawField } from "./raw-field";
import { a1, type SheetGrid } from "./sheet-grid";
import { REMARK_LABEL, SERIAL_STRICT } from "./structure-cues";
import { norm } from "./text";
import { isUnitNote, unitInLabel } from "./unit";

/** The 序号 column: `序号` anywhere, `编号` only as the table's first column. */
export function findSerialColumn(cols: HeaderColumn[]): number | null {
  for (const [i, col] of cols.entries()) {
    if (col.path.length !== 1 && col.leaf.r !== col.path[0].r) continue;
    const t = norm(col.leaf.text);
    if (SERIAL_STRICT.test(t) || (i === 0 && isSerialHeader(t))) return col.firstCol;
  }
  return null;
}

/** Columns-layout fields: one per leaf header column except 序号; the ref is the leaf label cell. */
export function readColumnFields(grid: SheetGrid, band: HeaderBand, serialCol: number | null, columnUnits = new Map<number, string>()): RawField[] {
  return headerColumns(grid, band)
    .filter((col) => col.firstCol !== serialCol && !isUnitNote(col.leaf.text))
    .map((col) => {
      const texts = col.path.map((n) => n.text);
      return {
        address: a1(col.leaf.r, col.leaf.c),
        label: col.leaf.text,
        parents: texts.slice(0, -1),
        explicitUnit: [...texts].reverse().map(unitInLabel).find(Boolean) ?? columnUnits.get(col.firstCol) ?? null,
        isRemark: REMARK_LABEL.test(norm(col.leaf.text)),
        column: col.firstCol,
        optionsColumn: col.firstCol,
      };
    });
}

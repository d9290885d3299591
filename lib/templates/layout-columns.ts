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

/** A sex breakdown written as a column of its own (`其中：女`, `女`), without a group header over it. */
const BARE_SEX_BREAKDOWN = /^(其中[:：]?)?(男|女)(性|童|孩)?$/;
/** A column that counts people: …数, …人口, 合计, or a person unit in brackets. */
const PEOPLE_COUNT = /(数|人口|合计|总计)$|[(（](人|名|户)[)）]$/;

/** Columns-layout fields: one per leaf header column except 序号; the ref is the leaf label cell. */
export function readColumnFields(grid: SheetGrid, band: HeaderBand, serialCol: number | null, columnUnits = new Map<number, string>()): RawField[] {
  const cols = headerColumns(grid, band).filter((col) => col.firstCol !== serialCol && !isUnitNote(col.leaf.text));
  return cols.map((col, i) => {
      const texts = col.path.map((n) => n.text);
      // `留守儿童总数 | 女`: a bare sex column right after a count is that count's breakdown (其中：女).
      const prev = i > 0 ? cols[i - 1] : null;
      const breakdownOf =
        texts.length === 1 && prev && prev.path.length === 1 && BARE_SEX_BREAKDOWN.test(norm(col.leaf.text)) && PEOPLE_COUNT.test(norm(prev.leaf.text))
          ? prev.leaf.text
          : null;
      return {
        address: a1(col.leaf.r, col.leaf.c),
        label: col.leaf.text,
        parents: breakdownOf ? [breakdownOf] : texts.slice(0, -1),
        explicitUnit: [...texts].reverse().map(unitInLabel).find(Boolean) ?? columnUnits.get(col.firstCol) ?? null,
        isRemark: REMARK_LABEL.test(norm(col.leaf.text)),
        column: col.firstCol,
        optionsColumn: col.firstCol,
      };
  });
}

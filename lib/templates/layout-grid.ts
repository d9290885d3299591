import { isSerialHeader, isTotalText, type HeaderBand } from "./header-detect";
import { headerColumns, type HeaderColumn } from "./header-tree";
import type { RawField } from "./raw-field";
import { a1, type SheetGrid } from "./sheet-grid";
import { GRID_ROW_HEADER, INDICATOR_CODE_HEADER, INDICATOR_UNIT_HEADER, ORG_UNIT_NAME, PLACE_CAPTION, REMARK_LABEL, SERIES_CAPTION, SUB_UNIT_HEADER, SUB_UNIT_NAME, seriesKind } from "./structure-cues";
import { canonicalUnit, QUALIFIER_LEAF } from "./unit-lexicon";
import type { TableBody } from "./table-body";
import { coreLabel, norm, unspaced } from "./text";
import { isUnitNote, unitInLabel } from "./unit";

/** Whether the body's row labels make a grid (categories × columns) rather than a list of villages/persons. */
export function looksLikeGrid(grid: SheetGrid, keyHeader: string, body: TableBody, valueCols: number[], cols: HeaderColumn[] = []): boolean {
  const labels = body.labelRows.map((x) => norm(x.label));
  if (labels.length < 2 || labels.length > 60) return false;
  if (labels.some((l) => /^[\d.]+$/.test(l))) return false;
  // Rows named like the platform's org units (…村, …社区, …镇) make a village table, each unit filling its row, unless
  // the key header names categories (设施类别 over 篮球场 / 门球场).
  const units = labels.filter((l) => ORG_UNIT_NAME.test(l)).length;
  const partsHeader = SUB_UNIT_HEADER.test(norm(keyHeader));
  if (units * 2 >= labels.length && !GRID_ROW_HEADER.test(norm(keyHeader)) && !partsHeader) return false;
  const filled = body.labelRows.filter((x) => valueCols.some((c) => grid.text(x.row, c))).length;
  if (filled * 2 > labels.length) return false;
  // Rows that state their own unit (救生衣（件）, 帐篷（顶）) are quantities listed by row, whatever the key header says;
  // printed rows of 小区 / 组 / 河涌 over a breakdown (1月…12月) or a unit's own parts are cells of one unit's form.
  const withUnits = labels.filter((l) => unitInLabel(l)).length;
  const subUnits = labels.filter((l) => SUB_UNIT_NAME.test(l)).length;
  return (
    GRID_ROW_HEADER.test(norm(keyHeader)) ||
    partsHeader ||
    norm(keyHeader) === "" ||
    (withUnits * 3 >= labels.length * 2 && units === 0) ||
    (units === 0 && subUnits * 2 >= labels.length) ||
    (units === 0 && seriesColumns(cols, valueCols) !== null)
  );
}

/**
 * Value columns of an indicator panel that are a breakdown rather than one value (月份 > 1月…12月, 男 | 女, the
 * villages across 李庄村 | 王楼村): each intersection is its own datum, so the panel is a grid; its 合计 / 全年合计
 * column comes with it. Null when the columns are one value, periods or comparisons (本月 | 本年累计).
 */
export function seriesColumns(cols: HeaderColumn[], valueCols: number[]): HeaderColumn[] | null {
  const values = cols.filter((c) => valueCols.includes(c.firstCol));
  const members = values.filter((c) => !isTotalText(c.leaf.text) && !/^全年(合计)?$/.test(norm(c.leaf.text)));
  if (members.length < 2) return null;
  // Columns under one caption (月份 > 1月…, 小区名称 > 翠竹苑 | 学府花园 …) are a series whatever their names.
  const captions = new Set(members.map((c) => norm(c.path.at(-2)?.text ?? "")));
  const [caption] = captions;
  if (captions.size === 1 && caption && SERIES_CAPTION.test(caption)) return PLACE_CAPTION.test(caption) ? members : values;
  const kinds = new Set(members.map((c) => seriesKind(norm(c.leaf.text))));
  if (kinds.size !== 1 || kinds.has(null)) return null;
  // A 合计 / 小计 column over the breakdown is a field as well (the bench README's 户籍人口数 > 合计) — except over
  // villages across, where it is the town's sum, no village's datum.
  return kinds.has("place") ? members : values;
}

/**
 * Whether a breakdown's columns are the platform's org units (a town's table with its villages across): each cell is
 * its village's value of the row's datum (TemplateField.orgUnit). A 合计 column among them is the town's sum.
 */
export function isOrgUnitSeries(cols: HeaderColumn[]): boolean {
  const members = cols.filter((c) => !isTotalText(c.leaf.text) && !/^全年(合计)?$/.test(norm(c.leaf.text)));
  return members.length >= 2 && members.every((c) => ORG_UNIT_NAME.test(norm(c.leaf.text)));
}

/** The org unit a cell of such a series belongs to; none for its 合计 column or any other series. */
export function orgUnitOfCell(col: HeaderColumn, villagesAcross: boolean): Pick<RawField, "orgUnit"> {
  return villagesAcross && !isTotalText(col.leaf.text) ? { orgUnit: norm(col.leaf.text) } : {};
}

/** A header counting households or persons (户数, 人数, 其中：脱贫户, 监测户): its cells are counts whatever unit the row has. */
const COUNT_HEADER = /(户|人|户数|人数|人次|个数)$/;

/** A column beside the row labels that qualifies the row rather than asking a value: 计量单位, 行次, 代码. */
export function isRowAside(col: HeaderColumn): boolean {
  const t = norm(col.leaf.text);
  return INDICATOR_UNIT_HEADER.test(t) || INDICATOR_CODE_HEADER.test(t);
}

/** Row label parts across the key columns (a vertically merged category + a sub-label), masters for merged cells. */
function rowLabelParts(grid: SheetGrid, r: number, keyCols: [number, number]): string[] {
  const parts: string[] = [];
  for (let c = keyCols[0]; c <= keyCols[1]; c++) {
    const m = grid.mergeAt(r, c);
    const text = m ? grid.text(m.r1, m.c1) : grid.text(r, c);
    if (text && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts;
}

/** Grid fields: every row label × leaf column label; the ref is the intersection (value) cell. */
export function readGridFields(grid: SheetGrid, band: HeaderBand, body: TableBody, keyCols: [number, number]): RawField[] {
  const all = headerColumns(grid, band).filter((col) => col.firstCol > keyCols[1] && !isSerialHeader(col.leaf.text) && !isUnitNote(col.leaf.text));
  // A 计量单位 column gives each row's unit; a 行次 / 代码 column numbers the rows: neither is a field.
  const unitCol = all.find((col) => INDICATOR_UNIT_HEADER.test(norm(col.leaf.text)));
  const cols = all.filter((col) => !isRowAside(col));
  const out: RawField[] = [];
  const remarks: HeaderColumn[] = cols.filter((col) => REMARK_LABEL.test(norm(col.leaf.text)));
  const values = cols.filter((col) => !remarks.includes(col));
  // A 合计 row closing the list sums the rows above it: not a field (a 合计 heading the rows is the total asked for).
  const closing = new Set(body.totalRows.filter((r) => body.labelRows.filter((x) => x.row < r).length >= 2));
  const rows: { row: number; parts: string[] }[] = [];
  for (let row = body.firstDataRow; row <= body.lastDataRow; row++) {
    if (body.exampleRows.includes(row) || closing.has(row)) continue;
    const parts = rowLabelParts(grid, row, keyCols);
    if (parts.length > 0) rows.push({ row, parts });
  }
  // Categories merged down an outer column (种植业 over 茶叶 / 中药材) only group rows that their own label already
  // tells apart: the row is its inner label, as another office's grid of the same rows writes it.
  const inner = rows.filter((r) => r.parts.length > 1).map((r) => r.parts.at(-1)!);
  const innerNamesRow = inner.length >= 2 && new Set(inner).size === inner.length && inner.every((l) => coreLabel(l).length >= 2 && !QUALIFIER_LEAF.test(coreLabel(l)));
  const villagesAcross = isOrgUnitSeries(values);
  for (const { row, parts: all } of rows) {
    const parts = innerNamesRow ? all.slice(-1) : all;
    for (const col of values) {
      const colTexts = col.path.map((n) => n.text);
      // A 计量单位 column gives the unit of a quantity its header leaves open (种植面积（养殖规模）: 亩 or 头), not of
      // a count of households or persons beside it.
      const ownUnit = [...colTexts].reverse().map(unitInLabel).find(Boolean);
      const counts = colTexts.some((t) => COUNT_HEADER.test(norm(t)));
      out.push({
        address: a1(row, col.firstCol),
        label: unspaced(parts.join("") + col.leaf.text),
        leafText: col.leaf.text,
        parents: [...parts, ...colTexts.slice(0, -1)],
        explicitUnit:
          ownUnit ??
          (unitCol && !counts ? canonicalUnit(grid.text(row, unitCol.firstCol)) : null) ??
          [...parts].reverse().map(unitInLabel).find(Boolean) ??
          null,
        isRemark: false,
        valueCell: a1(row, col.firstCol),
        row,
        column: col.firstCol,
        optionsColumn: col.firstCol,
        ...orgUnitOfCell(col, villagesAcross),
      });
    }
  }
  for (const col of remarks) {
    out.push({ address: a1(col.leaf.r, col.leaf.c), label: col.leaf.text, parents: [], explicitUnit: null, isRemark: true, column: col.firstCol });
  }
  return out;
}

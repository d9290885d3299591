import type { HeaderBand } from "./header-detect";
import { headerColumns } from "./header-tree";
import type { RawField } from "./raw-field";
import { a1, type SheetGrid } from "./sheet-grid";
import { CHOICE_STATUS, DECIMAL_CUE, INTEGER_CUE } from "./type-cues";
import {
  COMPARISON_VALUE_HEADER,
  DASH_CELL,
  INDICATOR_CODE_HEADER,
  INDICATOR_LABEL_HEADER,
  INDICATOR_UNIT_HEADER,
  INDICATOR_VALUE_HEADER,
  REMARK_LABEL,
  STAMP_OR_SIGNATURE_CELL,
} from "./structure-cues";
import type { TableBody } from "./table-body";
import { coreLabel, norm, numberingLevel } from "./text";
import { canonicalUnit, QUALIFIER_LEAF } from "./unit-lexicon";
import { unitInLabel } from "./unit";

/** One `指标 | 单位 | 代码 | 本期数` panel (a sheet may hold two side by side). */
export interface IndicatorPanel {
  labelCol: number;
  /** The columns under the label header (`项目` merged over A:B: outer category in A, indicator in B). */
  labelCols: number[];
  unitCol: number | null;
  codeCol: number | null;
  valueCols: number[];
  remarkCols: { col: number; r: number; text: string }[];
  /** Leaf header text of each value column. */
  valueLabels: Record<number, string>;
}

/** Panels of an indicator-rows header, or null when the header is not one. */
export function detectIndicatorPanels(grid: SheetGrid, band: HeaderBand): IndicatorPanel[] | null {
  const cols = headerColumns(grid, band);
  const starts = cols.filter((col, i) => {
    const label = norm(col.leaf.text);
    const next = cols.slice(i + 1, i + 4).map((n) => norm(n.leaf.text));
    const unitOrCodeNext = next.some((t) => INDICATOR_UNIT_HEADER.test(t) || INDICATOR_CODE_HEADER.test(t));
    // 收入项目 | 单位 | 金额, 帮扶指标 | 计量单位: a label header named for its topic, told by the unit column after it.
    if (!INDICATOR_LABEL_HEADER.test(label)) return unitOrCodeNext && /.(项目|指标)(名称)?$/.test(label) && INDICATOR_UNIT_HEADER.test(next[0] ?? "");
    if (unitOrCodeNext) return true;
    // `指标名称 | 本期数` without unit/code columns: one value column right after the label.
    const after = cols.slice(i + 2, i + 3).map((n) => norm(n.leaf.text));
    return INDICATOR_VALUE_HEADER.test(next[0] ?? "") && (after.length === 0 || INDICATOR_LABEL_HEADER.test(after[0]) || REMARK_LABEL.test(after[0]));
  });
  // Indicator forms print their indicators; a roster with 名称 | 单位 columns has blank rows instead.
  const printed = (c: number) => {
    let n = 0;
    for (let r = band.bottom + 1; r <= Math.min(grid.maxRow, band.bottom + 200) && n < 2; r++) if (grid.text(r, c) && !/^\d+$/.test(grid.text(r, c))) n++;
    return n >= 2;
  };
  if (starts.length === 0 || !printed(starts[0].firstCol)) return null;
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].firstCol - 1 : band.lastCol;
    const labelCols = Array.from({ length: start.lastCol - start.firstCol + 1 }, (_, k) => start.firstCol + k);
    const panel: IndicatorPanel = { labelCol: start.firstCol, labelCols, unitCol: null, codeCol: null, valueCols: [], remarkCols: [], valueLabels: {} };
    for (const col of cols) {
      if (col.firstCol <= start.lastCol || col.firstCol > end) continue;
      const t = norm(col.leaf.text);
      if (panel.unitCol === null && INDICATOR_UNIT_HEADER.test(t)) panel.unitCol = col.firstCol;
      else if (panel.codeCol === null && INDICATOR_CODE_HEADER.test(t)) panel.codeCol = col.firstCol;
      else if (REMARK_LABEL.test(t)) panel.remarkCols.push({ col: col.firstCol, r: col.leaf.r, text: col.leaf.text });
      else {
        panel.valueCols.push(col.firstCol);
        panel.valueLabels[col.firstCol] = col.leaf.text;
      }
    }
    return panel;
  });
}

interface Category {
  text: string;
  level: number;
  /** An unnumbered heading (`人口情况`): it holds the rows below it until the next heading. */
  sticky?: boolean;
}

/** Whether a label reads as a quantity of its own (a unit in brackets, …人数, …面积): an indicator, not a heading. */
function isQuantityLabel(label: string): boolean {
  const core = coreLabel(label);
  return !!unitInLabel(label) || INTEGER_CUE.test(core) || DECIMAL_CUE.test(core);
}

/** An unnumbered heading word: `人口情况`, `基本概况`, `年龄分布` (not a status question such as 整改情况). */
function isHeadingWord(label: string): boolean {
  const core = coreLabel(label);
  return /(情况|概况|分布|构成)$/.test(core) && !CHOICE_STATUS.test(core);
}

/**
 * A category row (no value of its own): dashes in its unit or value cells; blank unit and code where the panel has
 * a code column; or a heading — blank unit (or no unit column and no quantity in the label) with the next row
 * numbered one level deeper (`一、基本情况` over `（一）人口`), or a label ending in a colon.
 */
function isCategoryRow(grid: SheetGrid, r: number, p: IndicatorPanel, label: string, next: string | null, nextHasUnit = false, unitsAreFilled = false, nextFillsUnit = false): boolean {
  const unit = p.unitCol ? norm(grid.text(r, p.unitCol)) : "";
  const code = p.codeCol ? norm(grid.text(r, p.codeCol)) : "";
  const values = p.valueCols.map((c) => norm(grid.text(r, c)));
  const level = numberingLevel(label);
  if (values.some((v) => DASH_CELL.test(v)) || DASH_CELL.test(code)) return true;
  // A dash in the unit column alone also marks text items (所在乡镇 | — |): a category only when it reads as a heading.
  if (DASH_CELL.test(unit)) return (level > 0 && level <= 2) || (p.codeCol !== null && code === "") || values.length === 0;
  if (p.codeCol !== null && code === "" && unit === "") return true;
  if (unit !== "" || values.some((v) => v !== "")) return false;
  // `一、人口` / `（一）土地` with no unit in a panel that has a unit column: a section heading.
  if (p.unitCol !== null && level > 0 && level <= 2) return true;
  if (/[:：]$/.test(norm(label)) && !/^其中/.test(norm(label))) return true;
  if (next === null) return false;
  // `人口情况` over rows that have units: a heading written without numbering.
  if (p.unitCol !== null && level === 0 && isHeadingWord(label) && nextHasUnit) return true;
  // `帮扶措施` with a blank unit where every item of the panel fills its unit cell (人, 元, —): a heading.
  if (unitsAreFilled && nextFillsUnit) return true;
  const nextLevel = numberingLevel(next);
  const deeper = nextLevel > 0 && (level === 0 ? !/^其中/.test(norm(label)) : nextLevel > level);
  if (!deeper) return false;
  return p.unitCol !== null || !isQuantityLabel(label);
}

/** Whether a row belongs under the open category (numbering deeper, or a qualifier like 合计/男/本月数). */
function isChildOf(label: string, cat: Category): boolean {
  const level = numberingLevel(label);
  const core = coreLabel(label);
  if (/^其中/.test(norm(label))) return true;
  if (cat.sticky) return level !== 1;
  if (cat.level > 0) return level === 0 || level > cat.level;
  return level > 0 || QUALIFIER_LEAF.test(core) || core.length <= 2;
}

/**
 * The single value column's header when it names the reporting period (本月数, 本年累计数, 年末数, 当日): it
 * qualifies every indicator of the panel, like a group header over a column. 本期数 / 数量 / 数值 say nothing.
 */
const PERIOD_VALUE_HEADER = /^(本月|当月|本季度?|当季度?|本年累计|本年|年初至今|累计|1-?\d*月累计|年末|期末|月末|季末|当日|本日|今日|本周|当周|上年|上半年|下半年|全年)(数|数值|情况)?$/;
function periodOfValues(p: IndicatorPanel): string[] {
  if (p.valueCols.length !== 1) return [];
  const text = p.valueLabels[p.valueCols[0]] ?? "";
  return PERIOD_VALUE_HEADER.test(norm(text)) ? [text] : [];
}

/** The value columns that are not comparisons with another period (本期数, not 上年同期 / 增减%). */
function currentValueCols(p: IndicatorPanel): number[] {
  return p.valueCols.filter((c) => !COMPARISON_VALUE_HEADER.test(norm(p.valueLabels[c] ?? "")));
}

interface RowLabel {
  text: string;
  col: number;
  /** Texts of the label columns left of the indicator (an outer category merged down over its indicators). */
  outer: string[];
}

/** The indicator label of a row: the rightmost label column with text; outer columns (merged down) are categories. */
function rowLabel(grid: SheetGrid, r: number, p: IndicatorPanel): RowLabel | null {
  const cells: { c: number; text: string; here: boolean }[] = [];
  for (const c of p.labelCols) {
    const m = grid.mergeAt(r, c);
    if (m && m.c1 !== c) continue;
    const text = m ? grid.text(m.r1, m.c1) : grid.text(r, c);
    if (text) cells.push({ c, text, here: !m || m.r1 === r });
  }
  const leaf = cells[cells.length - 1];
  if (!leaf || !leaf.here) return null;
  return { text: leaf.text, col: leaf.c, outer: cells.slice(0, -1).map((x) => x.text) };
}

/** A label that is a stamp or signature cell inside the table (`单位（盖章）`, `审核人`), not an indicator. */
function isStampLabel(label: string): boolean {
  return STAMP_OR_SIGNATURE_CELL.test(norm(label));
}

/**
 * Fields of indicator rows: one per row (label cell is the ref) whatever value columns the panel has, the category
 * stack carried across panels.
 */
export function readIndicatorFields(grid: SheetGrid, body: TableBody, panels: IndicatorPanel[]): RawField[] {
  const out: RawField[] = [];
  let cats: Category[] = [];
  for (const p of panels) {
    const rows: { r: number; label: RowLabel }[] = [];
    for (let r = body.firstDataRow; r <= body.lastDataRow; r++) {
      if (body.exampleRows.includes(r)) continue;
      const label = rowLabel(grid, r, p);
      // A stamp or signature cell has nothing in the unit and code columns (`联系电话 | — |` is an item).
      const bare = (!p.unitCol || !grid.text(r, p.unitCol)) && (!p.codeCol || !grid.text(r, p.codeCol));
      if (label && !(bare && isStampLabel(label.text))) rows.push({ r, label });
    }
    // The indicator's value goes in the first current column (本期数, 本月), not a comparison (上年同期).
    const current = currentValueCols(p);
    const valueCol = current[0] ?? p.valueCols[0];
    // One current column that names the period (本月数) qualifies every indicator; 本月 | 本年累计 together do not.
    const period = periodOfValues({ ...p, valueCols: current });
    // Nearly every row names its unit or a dash (人 | 元 | —): a row without one stands out as a heading.
    const unitsFilled = p.unitCol ? rows.filter((x) => grid.text(x.r, p.unitCol!)).length : 0;
    const unitsAreFilled = rows.length >= 8 && unitsFilled >= (rows.length - unitsFilled) * 4;
    rows.forEach(({ r, label: row }, i) => {
      const label = row.text;
      cats = cats.filter((cat) => isChildOf(label, cat));
      const nextRow = rows[i + 1];
      const nextFillsUnit = !!nextRow && !!p.unitCol && !!grid.text(nextRow.r, p.unitCol);
      const nextHasUnit = nextFillsUnit && !DASH_CELL.test(norm(grid.text(nextRow.r, p.unitCol!)));
      if (isCategoryRow(grid, r, p, label, nextRow?.label.text ?? null, nextHasUnit, unitsAreFilled, nextFillsUnit)) {
        const level = numberingLevel(label);
        if (level <= 1) cats = cats.filter((c) => !c.sticky);
        cats.push({ text: label, level, sticky: level === 0 && isHeadingWord(label) });
        return;
      }
      const unitText = p.unitCol ? grid.text(r, p.unitCol) : "";
      const parents = [...cats.map((c) => c.text), ...row.outer];
      out.push({
        address: a1(r, row.col),
        label,
        parents: [...period, ...parents],
        explicitUnit: canonicalUnit(unitText) ?? unitInLabel(label) ?? [...row.outer, ...cats.map((c) => c.text)].map((t) => unitInLabel(t)).find(Boolean) ?? null,
        isRemark: false,
        valueCell: valueCol !== undefined ? a1(r, valueCol) : undefined,
        row: r,
        code: p.codeCol ? grid.text(r, p.codeCol) || undefined : undefined,
        optionsColumn: valueCol,
      });
      // A numbered indicator with numbered sub-items below (`二、从业人员` over `（一）按行业分`) is also their context.
      const next = rows.slice(i + 1).find((x) => !/^其中/.test(norm(x.label.text)))?.label.text;
      if (next && numberingLevel(label) > 0 && numberingLevel(next) > numberingLevel(label)) cats.push({ text: label, level: numberingLevel(label) });
    });
  }
  for (const p of panels) {
    for (const rc of p.remarkCols) out.push({ address: a1(rc.r, rc.col), label: rc.text, parents: [], explicitUnit: null, isRemark: true, column: rc.col });
  }
  return out;
}

import type { HeaderBand } from "./header-detect";
import { headerColumns } from "./header-tree";
import type { RawField } from "./raw-field";
import { a1, type SheetGrid } from "./sheet-grid";
import {
  DASH_CELL,
  INDICATOR_CODE_HEADER,
  INDICATOR_LABEL_HEADER,
  INDICATOR_UNIT_HEADER,
  INDICATOR_VALUE_HEADER,
  REMARK_LABEL,
} from "./structure-cues";
import type { TableBody } from "./table-body";
import { coreLabel, norm, numberingLevel } from "./text";
import { canonicalUnit, QUALIFIER_LEAF } from "./unit-lexicon";
import { unitInLabel } from "./unit";

/** One `指标 | 单位 | 代码 | 本期数` panel (a sheet may hold two side by side). */
export interface IndicatorPanel {
  labelCol: number;
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
    if (!INDICATOR_LABEL_HEADER.test(norm(col.leaf.text))) return false;
    const next = cols.slice(i + 1, i + 4).map((n) => norm(n.leaf.text));
    if (next.some((t) => INDICATOR_UNIT_HEADER.test(t) || INDICATOR_CODE_HEADER.test(t))) return true;
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
    const panel: IndicatorPanel = { labelCol: start.firstCol, unitCol: null, codeCol: null, valueCols: [], remarkCols: [], valueLabels: {} };
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
}

function isCategoryRow(grid: SheetGrid, r: number, p: IndicatorPanel): boolean {
  const unit = p.unitCol ? norm(grid.text(r, p.unitCol)) : "";
  const code = p.codeCol ? norm(grid.text(r, p.codeCol)) : "";
  const values = p.valueCols.map((c) => norm(grid.text(r, c)));
  if (DASH_CELL.test(unit) || values.some((v) => DASH_CELL.test(v))) return true;
  return p.codeCol !== null && code === "" && unit === "";
}

/** Whether a row belongs under the open category (numbering deeper, or a qualifier like 合计/男/本月数). */
function isChildOf(label: string, cat: Category): boolean {
  const level = numberingLevel(label);
  const core = coreLabel(label);
  if (/^其中/.test(norm(label))) return true;
  if (cat.level > 0) return level === 0 || level > cat.level;
  return level > 0 || QUALIFIER_LEAF.test(core) || core.length <= 2;
}

/** An indicator row with several value columns (本月 | 本年累计): one field per value cell, as in a grid. */
function valueCellFields(grid: SheetGrid, r: number, label: string, cats: Category[], p: IndicatorPanel, unit: string | null): RawField[] {
  return p.valueCols.map((c) => {
    const colLabel = p.valueLabels[c] ?? "";
    return {
      address: a1(r, c),
      label: norm(label) + norm(colLabel),
      leafText: colLabel,
      parents: [...cats.map((x) => x.text), label],
      explicitUnit: unit ?? unitInLabel(colLabel),
      isRemark: false,
      valueCell: a1(r, c),
      row: r,
      column: c,
      code: p.codeCol ? grid.text(r, p.codeCol) || undefined : undefined,
    };
  });
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

/** Whether any panel has more than one value column (then the form is a grid of indicator × column). */
export function hasValueColumns(panels: IndicatorPanel[]): boolean {
  return panels.some((p) => p.valueCols.length > 1);
}

/** Fields of indicator rows: one per row (label cell is the ref), the category stack carried across panels. */
export function readIndicatorFields(grid: SheetGrid, body: TableBody, panels: IndicatorPanel[]): RawField[] {
  const out: RawField[] = [];
  let cats: Category[] = [];
  for (const p of panels) {
    for (let r = body.firstDataRow; r <= body.lastDataRow; r++) {
      if (body.exampleRows.includes(r)) continue;
      const label = grid.text(r, p.labelCol);
      if (!label) continue;
      cats = cats.filter((cat) => isChildOf(label, cat));
      if (isCategoryRow(grid, r, p)) {
        cats.push({ text: label, level: numberingLevel(label) });
        continue;
      }
      const unitText = p.unitCol ? grid.text(r, p.unitCol) : "";
      if (p.valueCols.length > 1) {
        out.push(...valueCellFields(grid, r, label, cats, p, canonicalUnit(unitText) ?? unitInLabel(label)));
        continue;
      }
      out.push({
        address: a1(r, p.labelCol),
        label,
        parents: [...periodOfValues(p), ...cats.map((c) => c.text)],
        explicitUnit: canonicalUnit(unitText) ?? unitInLabel(label) ?? cats.map((c) => unitInLabel(c.text)).find(Boolean) ?? null,
        isRemark: false,
        valueCell: p.valueCols.length > 0 ? a1(r, p.valueCols[0]) : undefined,
        row: r,
        code: p.codeCol ? grid.text(r, p.codeCol) || undefined : undefined,
        optionsColumn: p.valueCols[0],
      });
    }
  }
  for (const p of panels) {
    for (const rc of p.remarkCols) out.push({ address: a1(rc.r, rc.col), label: rc.text, parents: [], explicitUnit: null, isRemark: true, column: rc.col });
  }
  return out;
}

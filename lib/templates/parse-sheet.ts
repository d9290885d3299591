import type ExcelJS from "exceljs";
import type { FormKind, Layout } from "@/lib/domain";
import { isVillageNameLabel } from "./field-type";
import { finishFields } from "./fields";
import { detectHeaderBand, isNoteText, type HeaderBand } from "./header-detect";
import { headerColumns, type HeaderColumn } from "./header-tree";
import { findSerialColumn, readColumnFields } from "./layout-columns";
import { isOrgUnitSeries, isRowAside, looksLikeGrid, orgUnitOfCell, readGridFields, seriesColumns } from "./layout-grid";
import { detectIndicatorPanels, readIndicatorFields } from "./layout-indicator";
import type { RawField } from "./raw-field";
import { a1, type SheetGrid } from "./sheet-grid";
import { withoutStampBlocks } from "./stamp-block";
import { GRID_ROW_HEADER, PLACE_NAME, SERIES_CAPTION } from "./structure-cues";
import { readTableBody, type TableBody } from "./table-body";
import { coreLabel, norm, unspaced } from "./text";
import { DECIMAL_CUE, INTEGER_CUE } from "./type-cues";
import type { InstructionHints, TemplateField, TemplateLayoutInfo } from "./types";
import { formLevelUnits, isUnitNote } from "./unit";

/** What one form sheet yields before department/frequency are attached. */
export interface ParsedSheet {
  title: string;
  layout: Layout;
  kind: FormKind;
  fields: TemplateField[];
  layoutInfo: TemplateLayoutInfo;
  /** Texts above and below the table: meta row, statistical block, notes, footer. */
  texts: string[];
}

function isQuantityLabel(raw: RawField): boolean {
  const core = coreLabel(raw.label);
  return !!raw.explicitUnit || INTEGER_CUE.test(core) || DECIMAL_CUE.test(core);
}

/** Aggregate (one row per village) or roster (one row per person/object). */
function decideKind(layout: Layout, body: TableBody, raws: RawField[]): FormKind {
  if (layout !== "columns") return "aggregate";
  const labels = body.labelRows.map((x) => norm(x.label)).filter((l) => !/^\d+$/.test(l));
  const places = labels.filter((l) => PLACE_NAME.test(l)).length;
  const villageKey = raws.length > 0 && isVillageNameLabel(raws[0].label);
  if (places >= 2 || (villageKey && labels.length >= 2) || body.codeRow !== null || body.totalRows.length > 0) return "aggregate";
  const data = raws.filter((r) => !r.isRemark && !isVillageNameLabel(r.label));
  const quantities = data.filter(isQuantityLabel).length;
  return quantities * 2 > data.length ? "aggregate" : "roster";
}

interface LayoutInput {
  grid: SheetGrid;
  band: HeaderBand;
  body: TableBody;
  layout: Layout;
  serialCol: number | null;
  keyCol: number;
}

function layoutInfo({ grid, band, body, layout, serialCol, keyCol }: LayoutInput): TemplateLayoutInfo {
  // In indicator-rows and grid forms the rows are the fields: their labels and 合计 rows are not pre-filled data.
  const isColumns = layout === "columns";
  return {
    sheet: grid.name,
    headerRows: [band.top, band.bottom],
    columns: [band.firstCol, band.lastCol],
    codeRow: body.codeRow,
    exampleRows: body.exampleRows,
    firstDataRow: body.firstDataRow,
    lastDataRow: body.lastDataRow,
    serialColumn: serialCol !== null && (isColumns || serialCol < keyCol) ? serialCol : null,
    totalRows: isColumns ? body.totalRows : [],
    prefilledRows: isColumns ? body.labelRows.filter((x) => x.row >= body.firstDataRow) : [],
    footerRow: body.footerRow,
  };
}

function readFields(grid: SheetGrid, band: HeaderBand, serialCol: number | null) {
  const cols = headerColumns(grid, band).filter((c) => c.firstCol !== serialCol);
  const keyCol = cols[0]?.firstCol ?? band.firstCol;
  const panels = detectIndicatorPanels(grid, band);
  if (panels) {
    const body = readTableBody(grid, band, panels[0].labelCol, serialCol);
    const raws = readIndicatorFields(grid, body, panels);
    const series = panels.length === 1 ? seriesColumns(cols, panels[0].valueCols) : null;
    if (series) return { layout: "grid" as Layout, body, keyCol: panels[0].labelCol, raws: spreadOverSeries(raws, series) };
    return { layout: "indicator-rows" as Layout, body, keyCol: panels[0].labelCol, raws };
  }
  const body = readTableBody(grid, band, keyCol, serialCol);
  // Grid rows are listed by their key column; a two-level row header fills it through a merge, or stands in two
  // header columns (类别 | 险种, the category merged down).
  const inner = innerKeyColumn(grid, band, cols, serialCol);
  if (inner) {
    const keyCols: [number, number] = [keyCol, inner.col.lastCol];
    // The categories merged down the outer column (产业类别 over 产业名称) say what the rows are when the inner header does not.
    const rowHeader = GRID_ROW_HEADER.test(norm(inner.col.leaf.text)) ? inner.col.leaf.text : cols[0].leaf.text;
    if (looksLikeGrid(grid, rowHeader, inner.body, cols.slice(2).filter((c) => !isRowAside(c)).map((c) => c.firstCol), cols)) {
      return { layout: "grid" as Layout, body: inner.body, keyCol, raws: readGridFields(grid, band, inner.body, keyCols) };
    }
  }
  const valueCols = cols.slice(1).filter((c) => !isRowAside(c)).map((c) => c.firstCol);
  const keyHeader = cols[0]?.leaf.text ?? "";
  if (!isVillageNameLabel(keyHeader) && looksLikeGrid(grid, keyHeader, body, valueCols, cols)) {
    const keyCols: [number, number] = [keyCol, cols[0]?.lastCol ?? keyCol];
    return { layout: "grid" as Layout, body, keyCol, raws: readGridFields(grid, band, body, keyCols) };
  }
  return { layout: "columns" as Layout, body, keyCol, raws: readColumnFields(grid, band, serialCol, body.columnUnits) };
}

/** An indicator row over a breakdown: one field per column, the column's label before the indicator in its path. */
function spreadOverSeries(raws: RawField[], series: HeaderColumn[]): RawField[] {
  const villagesAcross = isOrgUnitSeries(series);
  return raws.flatMap((raw) => {
    if (raw.isRemark || raw.row === undefined) return [raw];
    return series.map((col) => ({
      ...raw,
      ...orgUnitOfCell(col, villagesAcross),
      address: a1(raw.row!, col.firstCol),
      valueCell: a1(raw.row!, col.firstCol),
      label: unspaced(raw.label + col.leaf.text),
      leafText: raw.label,
      parents: [...raw.parents, ...col.path.map((n) => n.text).filter((t) => !SERIES_CAPTION.test(norm(t)))],
      optionsColumn: col.firstCol,
    }));
  });
}

/**
 * The inner row-label column of a grid whose row header stands in two columns (类别 | 作物名称): the first column
 * holds categories merged (or repeated) down over several rows, the second a printed label on every row under a
 * row-header word. Null for any other table.
 */
function innerKeyColumn(grid: SheetGrid, band: HeaderBand, cols: HeaderColumn[], serialCol: number | null): { col: HeaderColumn; body: TableBody } | null {
  if (cols.length < 3) return null;
  const [outer, inner] = cols;
  // The outer column: categories (类别 | 作物名称), or the org unit whose parts the inner column lists (社区 | 小区名称).
  const outerNamesRows = GRID_ROW_HEADER.test(norm(outer.leaf.text)) || isVillageNameLabel(outer.leaf.text);
  if (!outerNamesRows || !(GRID_ROW_HEADER.test(norm(inner.leaf.text)) || /名称$/.test(norm(inner.leaf.text))) || isVillageNameLabel(inner.leaf.text)) return null;
  const body = readTableBody(grid, band, inner.firstCol, serialCol);
  const rows = body.labelRows.filter((x) => x.row >= body.firstDataRow);
  if (rows.length < 2 || rows.some((x) => /^[\d.]+$/.test(norm(x.label)))) return null;
  const outerTexts = rows.map((x) => {
    const m = grid.mergeAt(x.row, outer.firstCol);
    return m ? grid.text(m.r1, m.c1) : grid.text(x.row, outer.firstCol);
  });
  if (outerTexts.some((t) => !t)) return null;
  return new Set(outerTexts).size < outerTexts.length ? { col: inner, body } : null;
}

/** Parses one form sheet; null when it has no recognisable header. */
export function parseFormSheet(workbook: ExcelJS.Workbook, sheetGrid: SheetGrid, hints: InstructionHints): ParsedSheet | null {
  const { grid, texts: stampTexts } = withoutStampBlocks(sheetGrid);
  const band = detectHeaderBand(grid);
  if (!band) return null;
  const serialCol = findSerialColumn(headerColumns(grid, band));
  const { layout, body, keyCol, raws } = readFields(grid, band, serialCol);
  if (raws.length === 0) return null;
  const headerNotes = headerColumns(grid, band).map((c) => c.leaf.text).filter(isUnitNote);
  const texts = [...band.aboveTexts, ...headerNotes, ...body.footerTexts, ...stampTexts];
  const kind = decideKind(layout, body, raws);
  const notesUnits = formLevelUnits(texts.filter((t) => !isNoteText(t)));
  const fields = finishFields(raws, {
    workbook,
    grid,
    layout,
    kind,
    formUnits: notesUnits.general || notesUnits.money ? notesUnits : { general: null, money: null },
    hints,
    exampleRow: body.exampleRows[0] ?? null,
    dataRows: { from: band.bottom + 1, to: Math.max(body.lastDataRow, band.bottom + 1) + 200 },
  });
  return { title: band.title, layout, kind, fields, layoutInfo: layoutInfo({ grid, band, body, layout, serialCol, keyCol }), texts };
}

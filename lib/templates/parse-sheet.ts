import type ExcelJS from "exceljs";
import type { FormKind, Layout } from "@/lib/domain";
import { isVillageNameLabel } from "./field-type";
import { finishFields } from "./fields";
import { detectHeaderBand, isNoteText, type HeaderBand } from "./header-detect";
import { headerColumns } from "./header-tree";
import { findSerialColumn, readColumnFields } from "./layout-columns";
import { looksLikeGrid, readGridFields } from "./layout-grid";
import { detectIndicatorPanels, readIndicatorFields } from "./layout-indicator";
import type { RawField } from "./raw-field";
import type { SheetGrid } from "./sheet-grid";
import { withoutStampBlocks } from "./stamp-block";
import { PLACE_NAME } from "./structure-cues";
import { readTableBody, type TableBody } from "./table-body";
import { coreLabel, norm } from "./text";
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
    return { layout: "indicator-rows" as Layout, body, keyCol: panels[0].labelCol, raws: readIndicatorFields(grid, body, panels) };
  }
  const body = readTableBody(grid, band, keyCol, serialCol);
  const valueCols = cols.slice(1).map((c) => c.firstCol);
  // Grid rows are listed by their first key column; a two-level row header fills it through a merge.
  const keyHeader = cols[0]?.leaf.text ?? "";
  if (!isVillageNameLabel(keyHeader) && looksLikeGrid(grid, keyHeader, body, valueCols)) {
    const keyCols: [number, number] = [keyCol, cols[0]?.lastCol ?? keyCol];
    return { layout: "grid" as Layout, body, keyCol, raws: readGridFields(grid, band, body, keyCols) };
  }
  return { layout: "columns" as Layout, body, keyCol, raws: readColumnFields(grid, band, serialCol, body.columnUnits) };
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

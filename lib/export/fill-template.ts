import type ExcelJS from "exceljs";
import type { FieldType, FormKind, Layout } from "@/lib/domain";
import { cellText } from "@/lib/templates/cell-value";
import { isVillageNameLabel } from "@/lib/templates/field-type";
import { norm } from "@/lib/templates/text";
import type { FormPart, TemplateLayoutInfo } from "@/lib/templates/types";
import { writeCell, writeText, type ExportScalar } from "./sanitize-cell";
import { copyWorksheet, insertRowsBefore, uniqueSheetName } from "./sheet-ops";

/** A form field as the exporter needs it: where it goes, its type and unit factor. */
export interface ExportField {
  id: string;
  label: string;
  type: FieldType;
  /** columns layout: 1-based column. */
  column?: number | null;
  /** indicator-rows / grid: A1 address of the value cell. */
  valueCell?: string | null;
  /** value in the element's unit = value in this field's unit × factor; the exporter divides. */
  unitFactor: number;
  /** The sheet the field sits on (from its ref); a form spanning several sheets writes each field on its own sheet. */
  sheet?: string | null;
  /** grid: the village whose value the cell holds (a town's table with its villages across, TemplateField.orgUnit). */
  orgUnit?: string | null;
}

/** One record to write: field id → value in the element's unit. */
export type ExportRecord = Record<string, ExportScalar>;

/** One org unit's data: aggregate forms have one record, rosters one per resident. */
export interface ExportUnit {
  name: string;
  records: ExportRecord[];
}

export interface FillTemplateInput {
  layout: Layout;
  kind: FormKind;
  layoutInfo: TemplateLayoutInfo;
  /** A form spanning several sheets (表一…表五 of one survey): every part, each filled in its own layout. */
  parts?: FormPart[];
  fields: ExportField[];
  units: ExportUnit[];
  /** A single village's export: its name also goes into the 填报单位 line. */
  singleUnit?: boolean;
}

export interface FillSummary {
  /** Data rows written (columns layout) or value cells written (indicator layouts). */
  rows: number;
  sheets: string[];
}

/** A field that holds the org unit's name (村（社区）名称): filled with the unit, not from values. */
export function isUnitNameField(field: Pick<ExportField, "label" | "type">): boolean {
  return field.type === "text" && isVillageNameLabel(field.label);
}

/** Element unit → field unit; rounding drops float noise (0.1 × 3 / 10 → 0.03, not 0.030000000000000006). */
export function toFieldUnit(value: ExportScalar, field: Pick<ExportField, "type" | "unitFactor">): ExportScalar {
  if (typeof value !== "number" || !field.unitFactor || field.unitFactor === 1) return value;
  return Number((value / field.unitFactor).toPrecision(12));
}

/**
 * Fills a department's ORIGINAL template (pure: a loaded workbook and plain data in, the same workbook
 * filled out). Styles, merges, title, statistical block and footer stay as they were.
 * - columns layout: one row per village (aggregate; template rows that already name a village are used)
 *   or per resident (roster); rows are inserted before the footer when the template has too few, 序号 is
 *   numbered, example rows are cleared, 合计 rows get the column sums.
 * - indicator-rows / grid: the value cells of one village; for several villages, one copy of the sheet
 *   per village, named after it (the original sheet becomes the first village's).
 */
export function fillTemplate(workbook: ExcelJS.Workbook, input: FillTemplateInput): FillSummary {
  const main = { sheet: input.layoutInfo.sheet, layout: input.layout, kind: input.kind, layoutInfo: input.layoutInfo };
  const parts = input.parts?.length ? input.parts : [main];
  const summary: FillSummary = { rows: 0, sheets: [] };
  for (const part of parts) {
    const ws = workbook.getWorksheet(part.sheet);
    if (!ws) throw new Error(`sheet ${part.sheet} not found in template`);
    // Each part's columns and cells are on its own sheet: only that sheet's fields land on it. A field without a
    // sheet (older forms stored bare addresses) belongs to the main sheet.
    const fields = input.fields.filter((f) => (f.sheet ? f.sheet === part.sheet : part.sheet === main.sheet));
    const onSheet: FillTemplateInput = { ...input, layout: part.layout, kind: part.kind, layoutInfo: part.layoutInfo, fields };
    // Several parts, several villages: a village's copy of an indicator sheet is named after the part and the village.
    const copyPrefix = parts.length > 1 ? `${part.sheet}-` : "";
    const filled = part.layout === "columns" ? { rows: fillColumns(ws, onSheet), sheets: [ws.name] } : fillIndicatorSheets(workbook, ws, onSheet, copyPrefix);
    summary.rows += filled.rows;
    summary.sheets.push(...filled.sheets);
  }
  return summary;
}

interface Placed {
  row: number;
  unit: string;
  record: ExportRecord;
  prefilled: boolean;
}

function fillColumns(ws: ExcelJS.Worksheet, input: FillTemplateInput): number {
  const info = input.layoutInfo;
  let totalRows = info.totalRows;
  const tableCols: [number, number] = info.columns;
  const skip = new Set([...info.totalRows, ...info.exampleRows, ...(info.codeRow ? [info.codeRow] : [])]);
  for (const r of info.exampleRows) clearRow(ws, r, tableCols);

  const entries =
    input.kind === "roster"
      ? input.units.flatMap((u) => u.records.map((record) => ({ unit: u.name, record })))
      : input.units.map((u) => ({ unit: u.name, record: u.records[0] ?? {} }));

  // Rows the template already labels with a village name take that village's data.
  const labelled = input.kind === "aggregate" ? info.prefilledRows.filter((p) => !skip.has(p.row)) : [];
  const prefilledRows = new Set(labelled.map((p) => p.row));
  const rowOfUnit = matchUnitRows(
    labelled,
    entries.map((e) => e.unit),
  );
  const placed: Placed[] = [];
  const rest: { unit: string; record: ExportRecord }[] = [];
  for (const e of entries) {
    const row = rowOfUnit.get(e.unit);
    if (row !== undefined) placed.push({ row, ...e, prefilled: true });
    else rest.push(e);
  }

  // Blank data rows of the template, then rows inserted after the last of them (before 合计/footer).
  const slots: number[] = [];
  for (let r = info.firstDataRow; r <= info.lastDataRow; r++) if (!skip.has(r) && !prefilledRows.has(r)) slots.push(r);
  const dataRows = [...slots, ...prefilledRows].sort((a, b) => a - b);
  const lastDataRow = dataRows.at(-1);
  const insertAt = lastDataRow !== undefined ? lastDataRow + 1 : firstFreeRow(info);
  const extra = Math.max(0, rest.length - slots.length);
  const styleRow = dataRows[0] ?? info.firstDataRow;
  if (extra > 0) {
    insertRowsBefore(ws, insertAt, extra, styleRow, tableCols);
    const shift = (r: number) => (r >= insertAt ? r + extra : r);
    for (const p of placed) p.row = shift(p.row);
    totalRows = totalRows.map(shift);
    for (let i = 0; i < extra; i++) slots.push(insertAt + i);
  }
  slots.sort((a, b) => a - b);
  rest.forEach((e, i) => placed.push({ row: slots[i], ...e, prefilled: false }));
  for (const r of slots.slice(rest.length)) if (info.serialColumn) ws.getCell(r, info.serialColumn).value = null;

  const unitNameFields = input.fields.filter(isUnitNameField);
  const valueFields = input.fields.filter((f) => !isUnitNameField(f) && f.column);
  placed.sort((a, b) => a.row - b.row);
  // 序号 counts the template's village rows too (they keep their own numbers), so appended rows continue them.
  const shifted = [...prefilledRows].map((r) => (extra > 0 && r >= insertAt ? r + extra : r));
  const numbered = [...new Set([...shifted, ...placed.map((p) => p.row)])].sort((a, b) => a - b);
  const serialOf = new Map(numbered.map((r, i) => [r, i + 1]));
  for (const p of placed) {
    if (info.serialColumn && !p.prefilled) ws.getCell(p.row, info.serialColumn).value = serialOf.get(p.row)!;
    if (!p.prefilled) for (const f of unitNameFields) if (f.column) writeText(ws.getCell(p.row, f.column), p.unit);
    for (const f of valueFields) {
      if (f.id in p.record) writeCell(ws.getCell(p.row, f.column!), toFieldUnit(p.record[f.id], f), f.type);
    }
  }
  writeTotals(ws, totalRows, valueFields, placed);
  if (input.singleUnit && input.units[0]) stampReportingUnit(ws, input.units[0].name, info.headerRows[0]);
  return placed.length;
}

function firstFreeRow(info: TemplateLayoutInfo): number {
  const before = [...info.totalRows, info.footerRow ?? Infinity].filter((r) => r >= info.firstDataRow);
  return Math.min(info.firstDataRow, ...before);
}

function clearRow(ws: ExcelJS.Worksheet, row: number, [c1, c2]: [number, number]): void {
  for (let c = c1; c <= c2; c++) {
    const cell = ws.getCell(row, c);
    if (cell.isMerged && cell.master.address !== cell.address) continue;
    cell.value = null;
  }
}

const VILLAGE_SUFFIX = /(村民委员会|居民委员会|村委会|居委会|社区|村)$/;

/**
 * Template rows that name a village → the village they mean: the same name (spaces and full-width forms
 * ignored), else the same name without 村/社区/村委会 — only where that pairs one row with one village.
 */
export function matchUnitRows(rows: { row: number; label: string }[], units: string[]): Map<string, number> {
  const out = new Map<string, number>();
  const freeRows = new Map(rows.map((r) => [norm(r.label), r.row]));
  const waiting: string[] = [];
  for (const u of new Set(units)) {
    const row = freeRows.get(norm(u));
    if (row === undefined) waiting.push(u);
    else {
      out.set(u, row);
      freeRows.delete(norm(u));
    }
  }
  const core = (name: string) => norm(name).replace(VILLAGE_SUFFIX, "");
  const group = <T>(items: T[], key: (x: T) => string) => {
    const m = new Map<string, T[]>();
    for (const x of items) m.set(key(x), [...(m.get(key(x)) ?? []), x]);
    return m;
  };
  const rowsByCore = group([...freeRows], ([label]) => core(label));
  const unitsByCore = group(waiting, core);
  for (const [key, list] of unitsByCore) {
    const candidates = rowsByCore.get(key);
    if (key.length >= 2 && list.length === 1 && candidates?.length === 1) out.set(list[0], candidates[0][1]);
  }
  return out;
}

/**
 * 合计/总计 rows hold the column sums as numbers (a template's SUM formula would miss inserted rows); a 小计
 * row sums the rows between the previous 小计 and itself.
 */
function writeTotals(ws: ExcelJS.Worksheet, totalRows: number[], fields: ExportField[], placed: Placed[]): void {
  if (totalRows.length === 0) return;
  const sorted = [...totalRows].sort((a, b) => a - b);
  const ranges = sorted.map((r, i) => {
    const row = ws.getRow(r);
    let isSubtotal = false;
    row.eachCell((cell) => (isSubtotal ||= norm(cellText(cell.value)).includes("小计")));
    const from = isSubtotal ? (sorted.slice(0, i).reverse().find((x) => x < r) ?? 0) : -Infinity;
    return { row: r, from, to: isSubtotal ? r : Infinity };
  });
  for (const f of fields) {
    if (f.type !== "integer" && f.type !== "decimal") continue;
    for (const { row, from, to } of ranges) {
      let sum = 0;
      let any = false;
      for (const p of placed) {
        if (p.row <= from || p.row >= to) continue;
        const v = toFieldUnit(p.record[f.id], f);
        if (typeof v === "number" && Number.isFinite(v)) {
          sum += v;
          any = true;
        }
      }
      if (any) ws.getCell(row, f.column!).value = Number(sum.toPrecision(12));
    }
  }
}

const REPORTING_UNIT = /^\s*((?:填报|填表|报送|报表)单位\s*(?:[（(]\s*(?:盖章|签章|公章)\s*[)）])?\s*[：:])/;

/**
 * A town's table with its villages across: one sheet, each village's column from that village's record (the village
 * named as the column is, matched like template rows in matchUnitRows). A village the export does not include, or one
 * whose column names nobody, leaves its cells as they are.
 */
function fillVillagesAcross(ws: ExcelJS.Worksheet, input: FillTemplateInput): number {
  const columns = [...new Set(input.fields.map((f) => f.orgUnit).filter((u): u is string => !!u))];
  const columnOf = matchUnitRows(columns.map((label, row) => ({ row, label })), input.units.map((u) => u.name));
  const unitOfColumn = new Map<string, ExportUnit>();
  for (const u of input.units) {
    const i = columnOf.get(u.name);
    if (i !== undefined) unitOfColumn.set(columns[i], u);
  }
  let cells = 0;
  for (const f of input.fields) {
    const record = f.orgUnit ? unitOfColumn.get(f.orgUnit)?.records[0] : undefined;
    if (!f.valueCell || !record || !(f.id in record)) continue;
    writeCell(ws.getCell(f.valueCell), toFieldUnit(record[f.id], f), f.type);
    cells++;
  }
  return cells;
}

/** Writes the village into the 填报单位（盖章）： line above the table, keeping the label as written. */
export function stampReportingUnit(ws: ExcelJS.Worksheet, unitName: string, headerTop: number): void {
  for (let r = 1; r < headerTop; r++) {
    const row = ws.getRow(r);
    for (let c = 1; c <= row.cellCount; c++) {
      const cell = row.getCell(c);
      if (cell.isMerged && cell.master.address !== cell.address) continue;
      const m = REPORTING_UNIT.exec(cellText(cell.value));
      if (m) {
        writeText(cell, `${m[1]}${unitName}`);
        return;
      }
    }
  }
}

function fillIndicatorSheets(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, input: FillTemplateInput, copyPrefix = ""): FillSummary {
  if (input.fields.some((f) => f.orgUnit)) return { rows: fillVillagesAcross(ws, input), sheets: [ws.name] };
  const units = input.units.length ? input.units : [{ name: "", records: [{}] }];
  let sheets: ExcelJS.Worksheet[] = [ws];
  if (units.length > 1) {
    const model = ws.model;
    const taken = new Set(workbook.worksheets.filter((s) => s !== ws).map((s) => s.name.toLowerCase()));
    ws.name = uniqueSheetName(copyPrefix + units[0].name, taken);
    const order = (ws as unknown as { orderNo: number }).orderNo;
    sheets = [ws, ...units.slice(1).map((u, i) => copyWorksheet(workbook, model, uniqueSheetName(copyPrefix + u.name, taken), order + (i + 1) / (units.length + 1)))];
  }
  let cells = 0;
  units.forEach((unit, i) => {
    const sheet = sheets[i];
    const record = unit.records[0] ?? {};
    for (const f of input.fields) {
      if (!f.valueCell) continue;
      if (isUnitNameField(f)) writeText(sheet.getCell(f.valueCell), unit.name);
      else if (f.id in record) writeCell(sheet.getCell(f.valueCell), toFieldUnit(record[f.id], f), f.type);
      else continue;
      cells++;
    }
    if (unit.name && (units.length > 1 || input.singleUnit)) stampReportingUnit(sheet, unit.name, input.layoutInfo.headerRows[0]);
  });
  return { rows: cells, sheets: sheets.map((s) => s.name) };
}

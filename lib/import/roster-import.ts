import type ExcelJS from "exceljs";
import type { FieldType } from "@/lib/domain";
import { parseIdNumber } from "@/lib/id-number/gb11643";
import { matchFields, type ExistingElement, type MatchField } from "@/lib/matching";
import { checkValue, personAttributeOf, type OneFormElement, type PersonAttribute, type Scalar } from "@/lib/one-form";
import { cellValue } from "@/lib/templates/cell-value";
import { parseWorkbook } from "@/lib/templates/parse-workbook";
import { coreLabel } from "@/lib/templates/text";

/**
 * Cadre import (一表通导入): a spreadsheet a village already keeps (a roster, a list of households) →
 * its columns matched to the catalog's person elements by the matching engine → every row checked →
 * valid rows ready for one transaction, rejected rows with reasons. Pure: workbook and catalog in.
 */

export const MAX_IMPORT_ROWS = 5000;

export interface ImportColumn {
  column: number;
  label: string;
  type: FieldType;
  unit: string | null;
  options?: string[];
}

export interface ImportSheet {
  sheet: string;
  title: string;
  columns: ImportColumn[];
  /** Data rows (1-based row number and the raw value per column). */
  rows: { row: number; cells: Map<number, unknown> }[];
  truncated: boolean;
}

/** Reads the first sheet the template parser recognizes as a table: header, columns and data rows (at most `maxRows`). */
export function readImportSheet(workbook: ExcelJS.Workbook, fileName: string, maxRows = MAX_IMPORT_ROWS): ImportSheet {
  const [form] = parseWorkbook(workbook, fileName).filter((f) => f.layout === "columns");
  if (!form) throw new ImportProblem("noTable");
  const ws = workbook.getWorksheet(form.sheet)!;
  const info = form.layoutInfo;
  const skip = new Set([...info.exampleRows, ...info.totalRows, ...(info.codeRow ? [info.codeRow] : [])]);
  const columns: ImportColumn[] = form.fields
    // A workbook read as one form of several sheets: only the columns of the sheet being read.
    .filter((f) => f.column && !f.isRemark && f.sheet === form.sheet)
    .map((f) => ({ column: f.column!, label: f.label, type: f.type, unit: f.unit, options: f.options }));
  const last = Math.min(info.footerRow ? info.footerRow - 1 : ws.rowCount, ws.rowCount);
  const rows: ImportSheet["rows"] = [];
  let truncated = false;
  for (let r = info.firstDataRow; r <= last; r++) {
    if (skip.has(r)) continue;
    const row = ws.getRow(r);
    const cells = new Map<number, unknown>();
    for (const c of columns) {
      const raw = row.getCell(c.column).value;
      if (raw !== null && raw !== undefined && raw !== "") cells.set(c.column, raw);
    }
    if (cells.size === 0) continue;
    if (rows.length >= maxRows) {
      truncated = true;
      break;
    }
    rows.push({ row: r, cells });
  }
  return { sheet: form.sheet, title: form.title, columns, rows, truncated };
}

/** An expected refusal of the whole file, with a message key of the "oneFormImport" catalog. */
export class ImportProblem extends Error {
  constructor(readonly key: "noTable" | "noIdColumn" | "noNameColumn" | "noRows") {
    super(key);
  }
}

export interface ColumnPlan {
  column: number;
  label: string;
  /** Registry columns (姓名, 公民身份号码 …) are the person's own fields, not person values. */
  attribute: PersonAttribute | null;
  elementId: string | null;
  elementName: string | null;
  score: number | null;
  reason: string | null;
}

const ID_LABEL = /^(公民)?身份(证)?(号码|证号|号)?$|^(居民)?身份证号码?$|^公民身份号码$|^证件号码$/;
const NAME_LABEL = /^(姓名|户主姓名|户主|名字)$/;

function attributeOfColumn(c: ImportColumn): PersonAttribute | null {
  const core = coreLabel(c.label);
  if (c.type === "idcard" || ID_LABEL.test(core)) return "idNumber";
  if (NAME_LABEL.test(core)) return "name";
  return personAttributeOf({ name: core, scope: "person" });
}

/**
 * Maps the sheet's columns onto the catalog's person elements with the matching engine (existing elements
 * only: an import never creates an element); registry columns are recognized by label. `overrides`
 * (column → element id or null) is the cadre's correction from the preview.
 */
export function planColumns(sheet: ImportSheet, catalog: OneFormElement[], overrides: Record<number, string | null> = {}): ColumnPlan[] {
  const personElements = catalog.filter((e) => e.scope === "person");
  const byId = new Map(personElements.map((e) => [e.id, e]));
  const existing: ExistingElement[] = personElements.map((e) => ({ id: e.id, name: e.name, type: e.type, unit: e.unit, scope: "person", aggregation: e.aggregation }));
  const fields: MatchField[] = sheet.columns.map((c) => ({ id: `col:${c.column}`, formId: "import", label: c.label, path: [c.label], type: c.type, unit: c.unit, options: c.options, layout: "columns" }));
  const result = matchFields(fields, { existing });
  const matchOf = new Map(result.fields.map((m) => [m.fieldId, m]));
  const plans = sheet.columns.map((c) => {
    const attribute = attributeOfColumn(c);
    const match = matchOf.get(`col:${c.column}`);
    let element = match ? byId.get(match.elementId) : undefined;
    if (c.column in overrides) element = overrides[c.column] ? byId.get(overrides[c.column]!) : undefined;
    const overridden = c.column in overrides;
    return {
      column: c.column,
      label: c.label,
      attribute: element ? (personAttributeOf(element) ?? attribute) : attribute,
      elementId: element?.id ?? null,
      elementName: element?.name ?? null,
      score: element && !overridden ? (match?.score ?? null) : null,
      reason: element && !overridden ? (match?.reason ?? null) : null,
    };
  });
  // One column per registry attribute: 身份证号 is the resident's, 配偶身份证号 an ordinary ID value.
  for (const attribute of ["idNumber", "name", "sex", "birthDate", "age"] as const) {
    const claiming = plans.filter((p) => p.attribute === attribute);
    if (claiming.length < 2) continue;
    const keep = claiming.find((p) => (attribute === "idNumber" ? ID_LABEL : NAME_LABEL).test(coreLabel(p.label))) ?? claiming[0];
    for (const p of claiming) if (p !== keep) p.attribute = null;
  }
  return plans;
}

export interface RowIssue {
  column: string | null;
  key: string;
  params: Record<string, string | number>;
}

export interface ValidPerson {
  row: number;
  idNumber: string;
  name: string;
  birthDate: string;
  sex: "male" | "female";
  /** element id → value (registry columns excluded). */
  values: Record<string, Scalar>;
}

export interface RejectedRow {
  row: number;
  issues: RowIssue[];
}

/** Checks every row: ID number (GB 11643), name, each mapped value by its element's type; duplicates rejected. */
export function validateImportRows(sheet: ImportSheet, plan: ColumnPlan[], catalog: OneFormElement[], today = new Date()): { valid: ValidPerson[]; rejected: RejectedRow[] } {
  const idColumn = plan.find((p) => p.attribute === "idNumber");
  if (!idColumn) throw new ImportProblem("noIdColumn");
  const nameColumn = plan.find((p) => p.attribute === "name");
  if (!nameColumn) throw new ImportProblem("noNameColumn");
  if (sheet.rows.length === 0) throw new ImportProblem("noRows");
  const elements = new Map(catalog.map((e) => [e.id, e]));
  const sexColumn = plan.find((p) => p.attribute === "sex");
  const valueColumns = plan.filter((p) => p.elementId && !p.attribute);
  const seen = new Map<string, number>();
  const valid: ValidPerson[] = [];
  const rejected: RejectedRow[] = [];
  for (const { row, cells } of sheet.rows) {
    const issues: RowIssue[] = [];
    const id = parseIdNumber(asText(cells.get(idColumn.column)), today);
    if (!id.ok) issues.push({ column: idColumn.label, key: `id${id.problem[0].toUpperCase()}${id.problem.slice(1)}`, params: {} });
    const name = asText(cells.get(nameColumn.column)).normalize("NFKC").replace(/\s+/g, "");
    if (!name) issues.push({ column: nameColumn.label, key: "required", params: {} });
    else if (name.length > 50) issues.push({ column: nameColumn.label, key: "tooLong", params: { max: 50 } });
    if (id.ok && sexColumn) {
      const written = asText(cells.get(sexColumn.column)).trim();
      const expected = id.info.sex === "male" ? "男" : "女";
      if (written && written !== expected) issues.push({ column: sexColumn.label, key: "sexMismatch", params: { expected } });
    }
    const values: Record<string, Scalar> = {};
    for (const p of valueColumns) {
      const raw = toRaw(cells.get(p.column));
      if (raw === null) continue;
      const checked = checkValue(elements.get(p.elementId!)!, raw, today);
      if (checked.ok) values[p.elementId!] = checked.value;
      else issues.push({ column: p.label, key: checked.issue.key, params: checked.issue.params });
    }
    if (id.ok) {
      const first = seen.get(id.info.idNumber);
      if (first !== undefined) issues.push({ column: idColumn.label, key: "duplicateId", params: { row: first } });
      else seen.set(id.info.idNumber, row);
    }
    if (issues.length || !id.ok) rejected.push({ row, issues });
    else valid.push({ row, idNumber: id.info.idNumber, name, birthDate: id.info.birthDate, sex: id.info.sex, values });
  }
  return { valid, rejected };
}

/** Text of a raw cell (ID numbers stay text; a number Excel stored keeps its digits). */
function asText(raw: unknown): string {
  const v = cellValue(raw, { asText: true });
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v);
}

/** The raw value checkValue expects: numbers stay numbers, dates become yyyy-mm-dd, the rest text. */
function toRaw(raw: unknown): string | number | boolean | null {
  const v = cellValue(raw);
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

import type ExcelJS from "exceljs";
import type { FieldType } from "@/lib/domain";

/** A value as the exporter writes it: JSON scalars from the database, or a Date. */
export type ExportScalar = string | number | boolean | Date | null | undefined;

/** Text that a spreadsheet program could read as the start of a formula (=, +, -, @, tab, CR). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** Characters XML 1.0 cannot carry: one of them makes the whole workbook unreadable. */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const MAX_CELL_TEXT = 32_767;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_FORMAT = "yyyy-mm-dd";
const TEXT_FORMAT = "@";
const TEXT_TYPES: ReadonlySet<FieldType> = new Set(["idcard", "phone"]);

export function isFormulaLike(text: string): boolean {
  return FORMULA_START.test(text);
}

/**
 * For outputs that carry no cell types (CSV, plain text): formula-like text gets a leading single quote.
 * Workbook cells go through `writeCell`, which keeps the text exactly and marks it as text instead.
 */
export function sanitizeCell<T>(value: T): T | string {
  if (typeof value !== "string") return value;
  return isFormulaLike(value) ? `'${value}` : value;
}

function hasDateFormat(numFmt: string | undefined): boolean {
  return !!numFmt && /[ymd年月日]/i.test(numFmt.replace(/"[^"]*"/g, ""));
}

/** Replaces the style instead of mutating it: exceljs shares one style object between cells of one style id. */
function setNumFmt(cell: ExcelJS.Cell, numFmt: string): void {
  if (cell.style?.numFmt === numFmt) return;
  cell.style = { ...cell.style, numFmt };
}

/**
 * The ONE place user data becomes a cell value (STYLE 3.5). Text is always written as a string cell,
 * never as a formula; text that starts like a formula (= + - @ tab CR), ID and phone numbers also get the
 * text number format "@", so re-entering the cell in Excel or WPS keeps it text. Numbers stay numbers,
 * ISO dates of date fields become dates, booleans become 是/否.
 */
export function writeCell(cell: ExcelJS.Cell, value: ExportScalar, type: FieldType = "text"): void {
  if (value === null || value === undefined || value === "") {
    cell.value = null;
    return;
  }
  if (typeof value === "number" && TEXT_TYPES.has(type)) {
    // An ID or phone number that arrives as a number (say, typed into a numeric cell of an import) is still text.
    writeText(cell, Number.isFinite(value) ? String(value) : "", true);
    return;
  }
  if (typeof value === "number") {
    cell.value = Number.isFinite(value) ? value : null;
    return;
  }
  if (typeof value === "boolean") {
    cell.value = value ? "是" : "否";
    return;
  }
  if (value instanceof Date) {
    writeDate(cell, value);
    return;
  }
  const iso = type === "date" ? ISO_DATE.exec(value) : null;
  if (iso) {
    writeDate(cell, new Date(Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]))));
    return;
  }
  writeText(cell, value, type === "idcard" || type === "phone");
}

function writeDate(cell: ExcelJS.Cell, date: Date): void {
  if (Number.isNaN(date.getTime())) {
    cell.value = null;
    return;
  }
  cell.value = date;
  if (!hasDateFormat(cell.style?.numFmt)) setNumFmt(cell, DATE_FORMAT);
}

/** Writes text verbatim (no apostrophe added: the department receives exactly what was entered). */
export function writeText(cell: ExcelJS.Cell, raw: string, forceText = false): void {
  const text = sanitizeText(raw);
  // exceljs writes a JS string as a string cell (<c t="s">), never as <f>; the "@" format keeps it so on edit.
  cell.value = text === "" ? null : text;
  if (text !== "" && (forceText || isFormulaLike(text) || /^\d{12,}$/.test(text))) setNumFmt(cell, TEXT_FORMAT);
}

/** Removes characters XML cannot hold and clips to Excel's cell limit. */
export function sanitizeText(raw: string): string {
  return raw.replace(XML_INVALID, "").slice(0, MAX_CELL_TEXT);
}

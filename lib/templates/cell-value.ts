import type { CellScalar } from "./types";

/**
 * The one normaliser for exceljs cell values (STYLE 3.5). exceljs gives strings, numbers, booleans, Dates,
 * `{ richText }`, `{ text, hyperlink }`, `{ formula | sharedFormula, result }`, `{ error }` — and a
 * template writer gives full-width digits, Chinese date text and ID numbers Excel turned into 3.2E+17.
 */

type RawValue = unknown;

export interface CellValueOptions {
  /** Workbook uses the 1904 date system (Mac Excel). Only matters for raw serial numbers. */
  date1904?: boolean;
  /** The cell's number format; a date format turns a serial number into a Date. */
  numFmt?: string;
  /** Keep text as text (no number/date recognition): header labels, titles. */
  asText?: boolean;
}

const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);
const DAY_MS = 86_400_000;

/** Excel serial day number → Date (UTC), honouring the 1904 date system. */
export function excelSerialToDate(serial: number, date1904 = false): Date {
  const epoch = date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
  return new Date(epoch + Math.round(serial * DAY_MS));
}

/** Full-width ASCII (０-９, Ａ-Ｚ, ．，－ …) → half-width; ideographic space → space. */
export function toHalfWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Text content of any exceljs value shape, without interpretation. */
export function rawText(value: RawValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if (typeof value !== "object") return "";
  const v = value as Record<string, unknown>;
  if (Array.isArray(v.richText)) return v.richText.map((part) => rawText((part as { text?: unknown }).text)).join("");
  if ("result" in v || "formula" in v || "sharedFormula" in v) return rawText(v.result);
  if ("text" in v) return rawText(v.text);
  if ("error" in v) return "";
  return "";
}

/** Whether the raw exceljs value is a formula (its result is a cached value, never recomputed). */
export function isFormulaValue(value: RawValue): boolean {
  return !!value && typeof value === "object" && ("formula" in value || "sharedFormula" in value);
}

const DATE_FORMAT = /(^|[^"\\])(y{1,4}|m{1,2}d|d{1,2}|e(?![+-]))([^"]|$)|年|月|日/i;
function isDateFormat(numFmt: string | undefined): boolean {
  if (!numFmt || numFmt === "General" || numFmt === "@") return false;
  const stripped = numFmt.replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return DATE_FORMAT.test(stripped) && !/^[#0.,%\s]+$/.test(stripped);
}

const CN_DATE = /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$/;
const NUMERIC = /^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/** Text → number / Date when the whole text means one (full-width digits, thousands commas, 2026年11月22日). */
function interpretText(text: string): CellScalar {
  const trimmed = text.trim();
  if (trimmed === "") return null;
  const half = toHalfWidth(trimmed);
  const date = CN_DATE.exec(half);
  if (date) {
    const [y, m, d] = [Number(date[1]), Number(date[2]), Number(date[3])];
    if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return new Date(Date.UTC(y, m - 1, d));
  }
  // Long digit strings are identifiers (ID, account, phone numbers): keep them as text.
  if (NUMERIC.test(half) && half.replace(/\D/g, "").length <= 15 && !/^0\d/.test(half)) {
    return Number(half.replace(/,/g, ""));
  }
  return trimmed;
}

/** A number Excel showed as 3.2E+17: an ID number whose last digits are lost. Keep the digits we have. */
function interpretNumber(n: number, options: CellValueOptions): CellScalar {
  if (!Number.isFinite(n)) return null;
  if (Math.abs(n) >= 1e15 && Number.isInteger(n)) return BigInt(n).toString();
  if (isDateFormat(options.numFmt)) return excelSerialToDate(n, options.date1904);
  return n;
}

/** Meaning of an exceljs cell value: string, number, boolean, Date or null (blank / error). */
export function cellValue(value: RawValue, options: CellValueOptions = {}): CellScalar {
  if (value === null || value === undefined) return null;
  if (typeof value === "string") return options.asText ? value.trim() || null : interpretText(value);
  if (typeof value === "number") return interpretNumber(value, options);
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value !== "object") return null;
  const v = value as Record<string, unknown>;
  if ("error" in v && !("result" in v)) return null;
  if (isFormulaValue(v)) return v.result === undefined ? null : cellValue(v.result, options);
  if (Array.isArray(v.richText) || "text" in v) {
    const text = rawText(v);
    return options.asText ? text.trim() || null : interpretText(text);
  }
  return null;
}

/** Display text of a cell value, trimmed; '' for blanks. Dates as YYYY-MM-DD. */
export function cellText(value: RawValue): string {
  return rawText(value).trim();
}

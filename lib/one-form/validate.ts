import { z } from "zod";
import { parseIdNumber } from "../id-number/gb11643";
import type { OneFormElement, Scalar } from "./types";

/**
 * Validation generated from element definitions. Issues carry message keys of the "validation" catalog
 * (zh-CN: 「校验码错误」…) and their parameters; the UI translates them. Errors stop a save; warnings
 * (a jump against last period) only need the cadre's confirmation.
 */
export interface ValueIssue {
  elementId: string;
  level: "error" | "warning";
  key: string;
  params: Record<string, string | number>;
}

const TEXT_MAX = 200;

function normalizeText(raw: unknown): string {
  if (raw === null || raw === undefined) return "";
  return String(raw).normalize("NFKC").trim();
}

type Fail = (key: string, params?: Record<string, string | number>) => never;

/** Parses one raw input (form text or JSON scalar) into the stored scalar, or fails with a message key. */
function parseValue(element: OneFormElement, raw: unknown, fail: Fail, today: Date): Scalar {
  if (typeof raw === "number" && (element.type === "integer" || element.type === "decimal")) raw = String(raw);
  if (typeof raw === "boolean" && element.type === "boolean") return raw;
  const text = normalizeText(raw);
  if (text === "") return null;
  switch (element.type) {
    case "integer": {
      const s = text.replace(/[,\s]/g, "");
      if (!/^-?\d+$/.test(s)) return fail(/^-?\d*\.\d+$/.test(s) ? "notInteger" : "notNumber");
      const n = Number(s);
      if (n < 0) return fail("negative");
      if (!Number.isSafeInteger(n)) return fail("tooBig", { max: Number.MAX_SAFE_INTEGER });
      return n;
    }
    case "decimal": {
      const s = text.replace(/[,\s]/g, "");
      if (!/^-?(\d+(\.\d*)?|\.\d+)$/.test(s)) return fail("notNumber");
      const n = Number(s);
      if (n < 0) return fail("negative");
      return n;
    }
    case "date": {
      const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
      if (!m) return fail("notDate");
      const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
      const date = new Date(Date.UTC(y, mo - 1, d));
      if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1900) return fail("notDate");
      if (date.getTime() > today.getTime() + 366 * 86_400_000) return fail("futureDate");
      return `${m[1]}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    }
    case "boolean": {
      if (/^(是|有|true|1|yes)$/i.test(text)) return true;
      if (/^(否|无|false|0|no)$/i.test(text)) return false;
      return fail("notBoolean");
    }
    case "choice": {
      if (element.options?.length && !element.options.includes(text)) return fail("notOption");
      return text.slice(0, TEXT_MAX);
    }
    case "idcard": {
      const parsed = parseIdNumber(text, today);
      if (!parsed.ok) return fail(`id${parsed.problem[0].toUpperCase()}${parsed.problem.slice(1)}`);
      return parsed.info.idNumber;
    }
    case "phone": {
      const s = text.replace(/[\s-]/g, "");
      if (!/^(1\d{10}|0\d{9,11}|\d{7,8})$/.test(s)) return fail("phone");
      return s;
    }
    default:
      if (text.length > TEXT_MAX) return fail("tooLong", { max: TEXT_MAX });
      return text;
  }
}

/** The zod schema of one element's value: raw input in, stored scalar out, message keys on failure. */
export function elementValueSchema(element: OneFormElement, today = new Date()): z.ZodType<Scalar, unknown> {
  return z.unknown().transform((raw, ctx): Scalar => {
    try {
      return parseValue(
        element,
        raw,
        (key, params = {}) => {
          throw new ParseFailure(key, params);
        },
        today,
      );
    } catch (error) {
      if (!(error instanceof ParseFailure)) throw error;
      ctx.addIssue({ code: "custom", message: error.key, params: error.params });
      return z.NEVER;
    }
  });
}

class ParseFailure {
  constructor(
    readonly key: string,
    readonly params: Record<string, string | number>,
  ) {}
}

/** A schema for a section's values, keyed by element id. */
export function sectionSchema(elements: OneFormElement[], today = new Date()) {
  return z.object(Object.fromEntries(elements.map((e) => [e.id, elementValueSchema(e, today).optional()])));
}

/** A jump against last period worth a second look: at least ×3 up (增长 200%) or down to a quarter. */
export const GROWTH_WARNING = { ratio: 2, drop: 0.75, minDifference: 5 };

export function warningsFor(elements: OneFormElement[], values: Record<string, Scalar>, previous: Record<string, Scalar>): ValueIssue[] {
  const out: ValueIssue[] = [];
  for (const e of elements) {
    const v = values[e.id];
    const p = previous[e.id];
    if (typeof v !== "number" || typeof p !== "number" || p <= 0) continue;
    const change = (v - p) / p;
    if (Math.abs(v - p) < GROWTH_WARNING.minDifference) continue;
    if (change >= GROWTH_WARNING.ratio) out.push({ elementId: e.id, level: "warning", key: "growth", params: { pct: Math.round(change * 100), previous: p } });
    else if (-change >= GROWTH_WARNING.drop) out.push({ elementId: e.id, level: "warning", key: "drop", params: { pct: Math.round(-change * 100), previous: p } });
  }
  return out;
}

export interface SectionCheck {
  values: Record<string, Scalar>;
  errors: ValueIssue[];
  warnings: ValueIssue[];
  /** Warnings the cadre has not confirmed yet (a save needs none left). */
  unconfirmed: ValueIssue[];
}

/** Validates a section's raw inputs: errors from the elements' schemas, warnings against last period. */
export function checkSection(input: { elements: OneFormElement[]; raw: Record<string, unknown>; previous: Record<string, Scalar>; confirmed?: string[]; today?: Date }): SectionCheck {
  const { elements, raw, previous, confirmed = [] } = input;
  // Each element's own schema rather than sectionSchema(): z.object compiles a parser per new schema, which
  // cost more than the whole validation on the save path. Same result: inputs absent from `raw` are left out.
  const today = input.today ?? new Date();
  const values: Record<string, Scalar> = {};
  const errors: ValueIssue[] = [];
  for (const e of elements) {
    if (!(e.id in raw)) continue;
    if (raw[e.id] === undefined) {
      values[e.id] = null;
      continue;
    }
    const result = elementValueSchema(e, today).safeParse(raw[e.id]);
    if (result.success) values[e.id] = result.data;
    else for (const issue of result.error.issues) errors.push({ elementId: e.id, level: "error", key: issue.message, params: ((issue as { params?: Record<string, string | number> }).params ?? {}) as Record<string, string | number> });
  }
  if (errors.length) return { values: {}, errors, warnings: [], unconfirmed: [] };
  const warnings = warningsFor(elements, values, previous);
  const ok = new Set(confirmed);
  return { values, errors: [], warnings, unconfirmed: warnings.filter((w) => !ok.has(w.elementId)) };
}

/** One value checked alone (a roster cell, an ID number typed into the registry). */
export function checkValue(element: OneFormElement, raw: unknown, today = new Date()): { ok: true; value: Scalar } | { ok: false; issue: ValueIssue } {
  const result = elementValueSchema(element, today).safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, issue: { elementId: element.id, level: "error", key: issue.message, params: ((issue as { params?: Record<string, string | number> }).params ?? {}) as Record<string, string | number> } };
}

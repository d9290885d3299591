import type { OneFormElement, PushedValue, Scalar, StoredValue, ValueSource } from "./types";

/** The department's value at an item: who pushed it and when; `conflict` when the village's value differs. */
export interface PushedMark {
  value: Scalar;
  departmentName: string;
  pushedAt: string;
  conflict: boolean;
}

/** A value as the page shows it: stored this period, carried from the last, or empty. */
export interface CellValue {
  value: Scalar;
  source: ValueSource | null;
  /** Version the client read; 0 = no row yet for this period (a carried value is not stored until saved). */
  version: number;
  /** Shown but not stored yet: saving or "unchanged" stores it as carried. */
  isPrefill: boolean;
  updatedByName?: string | null;
  updatedAt?: string | null;
  /** Set when a department pushed a value for this item (prefill, or a conflict with the village's value). */
  pushed?: PushedMark | null;
}

/**
 * Stock elements (state at period end) carry the last period's value forward; flow elements (counts
 * within the period) start empty. A value stored for this period always wins; where none is, a
 * department's pushed value (数据回流) comes before last period's. A pushed value never replaces a stored
 * one: it is shown next to it, as a conflict when the two differ.
 */
export function prefillCell(element: Pick<OneFormElement, "aggregation">, current: StoredValue | undefined, previous: StoredValue | undefined, pushed?: PushedValue): CellValue {
  const mark = (conflict: boolean): PushedMark | null => (pushed ? { value: pushed.value, departmentName: pushed.departmentName, pushedAt: toIso(pushed.pushedAt)!, conflict } : null);
  if (current) {
    const conflict = !!pushed && isFilled(current.value) && !sameScalar(current.value, pushed.value);
    return { value: current.value, source: current.source, version: current.version, isPrefill: false, updatedByName: current.updatedByName ?? null, updatedAt: toIso(current.updatedAt), ...(pushed ? { pushed: mark(conflict) } : {}) };
  }
  if (pushed && isFilled(pushed.value)) return { value: pushed.value, source: "pushed", version: 0, isPrefill: true, pushed: mark(false) };
  if (element.aggregation === "stock" && previous && previous.value !== null && previous.value !== "") {
    return { value: previous.value, source: "carried", version: 0, isPrefill: true };
  }
  return { value: null, source: null, version: 0, isPrefill: false };
}

function toIso(d: Date | string | null | undefined): string | null {
  if (!d) return null;
  return typeof d === "string" ? d : d.toISOString();
}

/** Equal as data: numbers by value (3 and "3"), text trimmed. */
export function sameScalar(a: Scalar, b: Scalar): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  if (typeof a === "number" || typeof b === "number") return String(a).trim() !== "" && String(b).trim() !== "" && Number(a) === Number(b);
  return String(a).trim() === String(b).trim();
}

export function isFilled(value: Scalar | undefined): boolean {
  return value !== null && value !== undefined && value !== "";
}

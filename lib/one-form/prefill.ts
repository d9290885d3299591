import type { OneFormElement, Scalar, StoredValue, ValueSource } from "./types";

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
}

/**
 * Stock elements (state at period end) carry the last period's value forward; flow elements (counts
 * within the period) start empty. A value stored for this period always wins.
 */
export function prefillCell(element: Pick<OneFormElement, "aggregation">, current: StoredValue | undefined, previous: StoredValue | undefined): CellValue {
  if (current) {
    return { value: current.value, source: current.source, version: current.version, isPrefill: false, updatedByName: current.updatedByName ?? null, updatedAt: toIso(current.updatedAt) };
  }
  if (element.aggregation === "stock" && previous && previous.value !== null && previous.value !== "") {
    return { value: previous.value, source: "carried", version: 0, isPrefill: true };
  }
  return { value: null, source: null, version: 0, isPrefill: false };
}

function toIso(d: Date | string | null | undefined): string | null {
  if (!d) return null;
  return typeof d === "string" ? d : d.toISOString();
}

export function isFilled(value: Scalar | undefined): boolean {
  return value !== null && value !== undefined && value !== "";
}

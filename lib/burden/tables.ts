import type { BurdenTotals } from "./types";

/** A table as exported: header keys (message keys under burden.*) and rows of plain values. */
export interface ExportTable {
  columns: string[];
  rows: (string | number)[][];
}

const hours = (minutes: number) => Math.round(minutes / 6) / 10;

/** The metric columns every exported burden table carries, after its own key columns. */
export const METRIC_COLUMNS = ["formsBefore", "formsAfter", "entriesBefore", "entriesAfter", "entriesPrefilled", "checkinsRequired", "checkinsDone", "checkinsRemoved", "reportsDue", "reportsOnTime", "reportsLate", "missing", "reportsReturned", "hoursBefore", "hoursAfter"];

export function metricCells(t: BurdenTotals): number[] {
  return [t.formsBefore, t.formsAfter, t.entriesBefore, t.entriesAfter, t.entriesPrefilled, t.checkinsRequired, t.checkinsDone, t.checkinsRemoved, t.reportsDue, t.reportsOnTime, t.reportsLate, t.reportsMissing, t.reportsReturned, hours(t.minutesBefore), hours(t.minutesAfter)];
}

/** Rows keyed by their own columns (month; org unit; department …) followed by the metrics. */
export function burdenTable<R extends BurdenTotals>(keyColumns: string[], rows: R[], keys: (row: R) => (string | number)[]): ExportTable {
  return { columns: [...keyColumns, ...METRIC_COLUMNS], rows: rows.map((r) => [...keys(r), ...metricCells(r)]) };
}

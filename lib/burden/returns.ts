import type { MinutesModel } from "./minutes";

/**
 * A reviewer's return sends a village's one form back: every form it covered is reported once more. So a
 * return counts one more report per form (reportsReturned) and a report's minutes each, after consolidation
 * (before OneForm nobody counted them). The SQL in db/queries/burden.ts (returned_rows) does the same.
 */
export function returnLoad(formsReturned: number, minutes: MinutesModel): { reportsReturned: number; minutesAfter: number } {
  return { reportsReturned: formsReturned, minutesAfter: formsReturned * minutes.report };
}

/** Kinds of check-in the rules now forbid (整治形式主义为基层减负): kept as codes, labelled in messages. */
export const CHECKIN_FORBIDDEN_KINDS = ["forced_checkin", "points_ranking", "online_time"] as const;
export type CheckinForbiddenKind = (typeof CHECKIN_FORBIDDEN_KINDS)[number];

/** The burden numbers of one org unit (or a roll-up) for one month or a range. */
export interface BurdenTotals {
  formsBefore: number;
  formsAfter: number;
  entriesBefore: number;
  entriesAfter: number;
  entriesPrefilled: number;
  checkinsRequired: number;
  checkinsDone: number;
  checkinsRemoved: number;
  reportsDue: number;
  reportsOnTime: number;
  reportsLate: number;
  reportsMissing: number;
  /** Form submissions a reviewer sent back: each is one more round of reporting for the village. */
  reportsReturned: number;
  minutesBefore: number;
  minutesAfter: number;
}

export const BURDEN_METRICS: (keyof BurdenTotals)[] = [
  "formsBefore", "formsAfter", "entriesBefore", "entriesAfter", "entriesPrefilled", "checkinsRequired", "checkinsDone",
  "checkinsRemoved", "reportsDue", "reportsOnTime", "reportsLate", "reportsMissing", "reportsReturned", "minutesBefore", "minutesAfter",
];

export function emptyTotals(): BurdenTotals {
  return Object.fromEntries(BURDEN_METRICS.map((k) => [k, 0])) as unknown as BurdenTotals;
}

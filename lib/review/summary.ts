import type { ReviewStatus } from "./index";

/** What the list shows for a village: its review status, or not submitted, or changed since submitting. */
export type ReviewState = ReviewStatus | "notSubmitted" | "changed";

export function reviewStateOf(row: { status: ReviewStatus | null; changedSinceSubmit: boolean }): ReviewState {
  if (!row.status) return "notSubmitted";
  return row.status === "submitted" && row.changedSinceSubmit ? "changed" : row.status;
}

export const REVIEW_STATES: ReviewState[] = ["notSubmitted", "changed", "submitted", "returned", "town_approved", "district_approved"];

export interface TownReviewSummary {
  townId: string;
  townName: string;
  villages: number;
  counts: Record<ReviewState, number>;
  returns: number;
}

/** Per town, how many villages stand where (the district's view of what its towns approved), in list order. */
export function summarizeByTown(rows: { townId: string; townName: string; status: ReviewStatus | null; changedSinceSubmit: boolean; returnedCount: number }[]): TownReviewSummary[] {
  const out = new Map<string, TownReviewSummary>();
  for (const r of rows) {
    const town = out.get(r.townId) ?? out.set(r.townId, { townId: r.townId, townName: r.townName, villages: 0, counts: Object.fromEntries(REVIEW_STATES.map((s) => [s, 0])) as Record<ReviewState, number>, returns: 0 }).get(r.townId)!;
    town.villages += 1;
    town.counts[reviewStateOf(r)] += 1;
    town.returns += r.returnedCount;
  }
  return [...out.values()];
}

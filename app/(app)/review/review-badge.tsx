import type { ReviewState } from "@/lib/review/summary";

const TONE: Record<ReviewState, string> = { notSubmitted: "off", changed: "warn", submitted: "", returned: "bad", town_approved: "ok", district_approved: "ok" };

/** A review state as a coloured badge (the label comes translated). */
export function ReviewBadge({ state, label }: { state: ReviewState; label: string }) {
  return (
    <span className={`badge ${TONE[state]}`.trim()} data-testid="review-state" data-state={state}>
      {label}
    </span>
  );
}

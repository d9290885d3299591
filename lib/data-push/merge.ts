import { isFilled, sameScalar, type Scalar } from "@/lib/one-form";

/**
 * What a pushed value does to a village's item (the merge rule of 数据回流):
 * - prefill: the village has no value: the push is shown as a prefill the cadre confirms or corrects;
 * - same: the village's value equals the push: nothing to do;
 * - conflict: the village has another value (typed, imported, confirmed or corrected): it stays, and the
 *   difference is shown to the cadre at the item and to the department in its discrepancy list.
 * A push never writes over a village's value, whatever its source.
 */
export type PushOutcome = "prefill" | "same" | "conflict";

export function pushOutcome(village: Scalar | undefined, pushed: Scalar): PushOutcome {
  if (!isFilled(village)) return "prefill";
  return sameScalar(village!, pushed) ? "same" : "conflict";
}

export interface OutcomeCounts {
  prefill: number;
  same: number;
  conflict: number;
}

export function countOutcome(counts: OutcomeCounts, outcome: PushOutcome): OutcomeCounts {
  counts[outcome]++;
  return counts;
}

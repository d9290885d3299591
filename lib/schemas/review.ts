import { z } from "zod";
import { ITEM_NOTES_MAX, REASON_MAX } from "../review";
import { isPeriodKey } from "../periods";
import { id } from "./common";

const periodKey = z.string().trim().refine(isPeriodKey, "periodKey");

/** A reviewer's step on a village's one form of a period (the level comes from the action called). */
export const reviewDecisionInput = z.object({
  orgUnitId: id,
  periodKey,
  step: z.enum(["approve", "return", "unlock"]),
  version: z.number().int().min(1),
  reason: z.string().max(REASON_MAX).default(""),
  items: z
    .array(z.object({ elementId: id, note: z.string().max(REASON_MAX) }))
    .max(ITEM_NOTES_MAX)
    .default([]),
});
export type ReviewDecisionInput = z.infer<typeof reviewDecisionInput>;

/** ?period= of the review list (defaults to this month). */
export const reviewListQuery = z.object({ period: z.string().trim().refine(isPeriodKey, "periodKey").optional() });

import { z } from "zod";
import { RETIREMENT_DECISION_KINDS } from "../redundancy/decisions";
import { id, optionalId } from "./common";

export const REASON_MAX = 500;

/**
 * An official's decision on a retirement candidate. Keeping a proposed form or merging it into another
 * needs a reason (it goes into the 清退清单); retiring may carry one.
 */
export const decideRetirementInput = z
  .object({
    reviewId: id,
    decision: z.enum(RETIREMENT_DECISION_KINDS),
    mergedIntoFormId: optionalId,
    reason: z.string().trim().max(REASON_MAX).optional().default(""),
  })
  .superRefine((v, ctx) => {
    if (v.decision !== "retire" && !v.reason) ctx.addIssue({ code: "custom", message: "reasonRequired", path: ["reason"] });
    if (v.decision === "merge" && !v.mergedIntoFormId) ctx.addIssue({ code: "custom", message: "mergeTargetRequired", path: ["mergedIntoFormId"] });
    if (v.decision !== "merge" && v.mergedIntoFormId) ctx.addIssue({ code: "custom", message: "mergeTargetNotAllowed", path: ["mergedIntoFormId"] });
  });
export type DecideRetirementInput = z.infer<typeof decideRetirementInput>;

export const revertRetirementInput = z.object({ reviewId: id });
export const runRetirementAnalysisInput = z.object({ districtId: id });

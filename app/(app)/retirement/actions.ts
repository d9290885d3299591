"use server";
import { revalidatePath } from "next/cache";
import { AppError, isAppError } from "@/lib/errors";
import { decideRetirementInput, revertRetirementInput, runRetirementAnalysisInput } from "@/lib/schemas/retirement";
import { getOrgUnitById } from "@/db/queries/org-units";
import { decideRetirement, revertRetirementDecision, runRetirementAnalysis } from "@/db/queries/retirement";
import { getRetirementReview } from "@/db/queries/retirement-reads";
import type { Db } from "@/db/types";
import { defineAction } from "@/app/_lib/action";

/** The review's district, as the permission target (a review of another district is out of scope). */
async function reviewTarget(db: Db, reviewId: string) {
  const review = await getRetirementReview(db, { id: reviewId });
  return review ? { orgUnitPath: review.districtPath } : null;
}

function refresh(reviewId?: string) {
  revalidatePath("/retirement");
  if (reviewId) revalidatePath(`/retirement/${reviewId}`);
}

export const analyzeRetirement = defineAction(
  {
    input: runRetirementAnalysisInput,
    permission: "retirement.decide",
    target: async ({ districtId }, { db }) => {
      const district = await getOrgUnitById(db, { id: districtId });
      return district?.level === "district" ? { orgUnitPath: district.path } : null;
    },
  },
  async ({ districtId }, { db, actor }) => {
    const stats = await runRetirementAnalysis(db, { districtId, actor: { ...actor, districtId } });
    refresh();
    return stats;
  },
);

export const decide = defineAction(
  { input: decideRetirementInput, permission: "retirement.decide", target: ({ reviewId }, { db }) => reviewTarget(db, reviewId) },
  async ({ reviewId, decision, mergedIntoFormId, reason }, { db, actor }) => {
    try {
      const decided = await decideRetirement(db, { reviewId, decision, mergedIntoFormId, reason, actor });
      refresh(reviewId);
      return { decision: decided.decision };
    } catch (error) {
      // The forms changed since the analysis: bring the queue up to date before saying so.
      if (isAppError(error) && error.code === "conflict") {
        const review = await getRetirementReview(db, { id: reviewId });
        if (review && !review.review.decision) await runRetirementAnalysis(db, { districtId: review.review.districtId, actor });
        refresh(reviewId);
      }
      throw error;
    }
  },
);

export const revert = defineAction(
  { input: revertRetirementInput, permission: "retirement.decide", target: ({ reviewId }, { db }) => reviewTarget(db, reviewId) },
  async ({ reviewId }, { db, actor }) => {
    const reverted = await revertRetirementDecision(db, { reviewId, actor });
    if (!reverted) throw new AppError("notFound");
    refresh(reviewId);
    return { reverted: true };
  },
);

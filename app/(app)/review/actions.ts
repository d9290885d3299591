"use server";
import { reviewDecisionInput, type ReviewDecisionInput } from "@/lib/schemas/review";
import type { ReviewLevel } from "@/lib/review";
import { getOneFormScope, loadOneForm, type OneFormScope } from "@/db/queries/one-form";
import { decideReview } from "@/db/queries/reviews";
import type { DbOrTx } from "@/db/types";
import { defineAction, type ActionContext } from "@/app/_lib/action";

/** The village a review step lands in, looked up once per call and reused by its handler. */
const scopes = new WeakMap<object, OneFormScope>();
async function target(data: { orgUnitId: string }, { db }: { db: DbOrTx }) {
  const scope = await getOneFormScope(db, { orgUnitId: data.orgUnitId });
  if (!scope) return null;
  scopes.set(data, scope);
  return { orgUnitPath: scope.orgUnit.path };
}

async function decide(level: ReviewLevel, data: ReviewDecisionInput, { db, actor }: ActionContext) {
  const scope = scopes.get(data)!;
  // Item notes may name only items of this village's one form of the period.
  const itemNames =
    data.step === "return" && data.items.length
      ? new Map((await loadOneForm(db, { scope, periodKey: data.periodKey })).view.sections.flatMap((s) => s.elements.map((e) => [e.element.id, e.element.name] as const)))
      : new Map<string, string>();
  const review = await decideReview(db, actor, { scope, periodKey: data.periodKey, level, step: data.step, version: data.version, reason: data.reason, items: data.items, itemNames });
  return { status: review.status, version: review.version };
}

export const reviewAsTown = defineAction({ input: reviewDecisionInput, permission: "review.town", target }, (data, ctx) => decide("town", data, ctx));

export const reviewAsDistrict = defineAction({ input: reviewDecisionInput, permission: "review.district", target }, (data, ctx) => decide("district", data, ctx));

import { and, asc, eq, inArray, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { AppError } from "@/lib/errors";
import { isLocked, nextReviewStatus, normalizeReturn, type ItemNoteInput, type ReviewLevel, type ReviewStatus, type ReviewStep } from "@/lib/review";
import { oneFormReviews, orgUnits, submissions, users, type OneFormReview, type ReviewedForm } from "../schema";
import { rowsOf } from "../raw-rows";
import type { Db, DbOrTx, Tx } from "../types";
import { mutate, type Actor } from "./audit";
import { refreshVillageBurden } from "./burden";
import type { OneFormScope } from "./one-form";

export async function getReview(db: DbOrTx, { orgUnitId, periodKey }: { orgUnitId: string; periodKey: string }): Promise<OneFormReview | null> {
  const [row] = await db.select().from(oneFormReviews).where(and(eq(oneFormReviews.orgUnitId, orgUnitId), eq(oneFormReviews.periodKey, periodKey)));
  return row ?? null;
}

const formMatch = (forms: ReviewedForm[]) => or(...forms.map((f) => and(eq(submissions.formId, f.formId), eq(submissions.periodKey, f.periodKey))));

/**
 * Refuses (AppError "locked") a write to forms of a village that a reviewer approved. Reads the
 * submissions rows FOR SHARE inside the writer's transaction: an approval (which updates them) waits for
 * the write to commit, and a write that meets an approval in progress waits for it and then sees it. The
 * rows are picked without a status condition: PostgreSQL evaluates the WHERE on the snapshot before
 * waiting for a row lock, so "status = 'approved'" would skip a row being approved instead of waiting.
 */
export async function assertFormsUnlocked(tx: Tx, { orgUnitId, forms }: { orgUnitId: string; forms: ReviewedForm[] }): Promise<void> {
  if (!forms.length) return;
  const rows = await tx
    .select({ status: submissions.status })
    .from(submissions)
    .where(and(eq(submissions.orgUnitId, orgUnitId), formMatch(forms)))
    .for("share");
  if (rows.some((r) => r.status === "approved")) throw new AppError("locked");
}

/**
 * Records the cadre's submission of the one form for review, in the submission's transaction: a first
 * submission opens the review, a resubmission after a return starts a new round, one while waiting just
 * updates time and forms. An approved one form cannot be resubmitted (AppError "locked").
 */
export async function recordSubmissionForReview(tx: Tx, { scope, periodKey, forms, userId }: { scope: OneFormScope; periodKey: string; forms: ReviewedForm[]; userId: string | null }): Promise<OneFormReview> {
  const [current] = await tx
    .select()
    .from(oneFormReviews)
    .where(and(eq(oneFormReviews.orgUnitId, scope.orgUnit.id), eq(oneFormReviews.periodKey, periodKey)))
    .for("update");
  if (current && isLocked(current.status)) throw new AppError("locked");
  const now = new Date();
  if (!current) {
    const [row] = await tx
      .insert(oneFormReviews)
      .values({ orgUnitId: scope.orgUnit.id, periodKey, districtId: scope.districtId, townId: scope.orgUnit.parentId!, status: "submitted", forms, submittedBy: userId, submittedAt: now })
      .returning();
    return row;
  }
  const [row] = await tx
    .update(oneFormReviews)
    .set({
      status: "submitted",
      forms,
      rounds: current.status === "returned" ? current.rounds + 1 : current.rounds,
      submittedBy: userId,
      submittedAt: now,
      version: current.version + 1,
      updatedAt: now,
    })
    .where(and(eq(oneFormReviews.orgUnitId, scope.orgUnit.id), eq(oneFormReviews.periodKey, periodKey)))
    .returning();
  return row;
}

export interface ReviewDecision {
  scope: OneFormScope;
  periodKey: string;
  level: ReviewLevel;
  step: ReviewStep;
  /** The review's version as the reviewer saw it: a decision on something that changed since is refused. */
  version: number;
  reason?: string;
  items?: ItemNoteInput[];
  /** The names of the one form's items, for item notes (only these items may carry one). */
  itemNames?: Map<string, string>;
}

/**
 * A reviewer's step on a village's one form (approve, return with a reason, unlock), with its audit row.
 * Approving locks the forms' submissions; it is refused when the cadre changed values after submitting
 * (their submissions went back to draft). Returning puts them to "returned" (editable, to resubmit) and
 * counts one more round for the burden dashboard.
 */
export async function decideReview(db: Db, actor: Actor, input: ReviewDecision): Promise<OneFormReview> {
  const village = input.scope.orgUnit.id;
  const where = and(eq(oneFormReviews.orgUnitId, village), eq(oneFormReviews.periodKey, input.periodKey));
  const notes = input.step === "return" ? normalizeReturn({ reason: input.reason ?? "", items: input.items ?? [] }, input.itemNames ?? new Map()) : null;
  if (input.step === "return" && !notes) throw new AppError("reasonRequired");
  const row = await mutate(db, actor, { action: `review.${input.level}.${input.step}`, entity: "one_form_review" }, async (tx) => {
    const [current] = await tx.select().from(oneFormReviews).where(where).for("update");
    if (!current) throw new AppError("notFound");
    if (current.version !== input.version) throw new AppError("conflict");
    const next = nextReviewStatus(current.status, input.level, input.step);
    if (!next) throw new AppError("reviewStep");
    const now = new Date();
    const forms = current.forms;
    const set: Partial<typeof oneFormReviews.$inferInsert> = { status: next, version: current.version + 1, updatedAt: now };
    if (input.step === "approve" && input.level === "town") {
      const approved = await tx
        .update(submissions)
        .set({ status: "approved" })
        .where(and(eq(submissions.orgUnitId, village), eq(submissions.status, "submitted"), formMatch(forms)))
        .returning({ formId: submissions.formId });
      if (approved.length !== forms.length) throw new AppError("reviewChanged");
      Object.assign(set, { townApprovedBy: actor.userId, townApprovedAt: now, reason: null, itemNotes: [] });
    } else if (input.step === "approve") {
      Object.assign(set, { districtApprovedBy: actor.userId, districtApprovedAt: now });
    } else if (input.step === "return") {
      await tx.update(submissions).set({ status: "returned" }).where(and(eq(submissions.orgUnitId, village), formMatch(forms)));
      Object.assign(set, {
        returnedCount: current.returnedCount + 1,
        reason: notes!.reason,
        itemNotes: notes!.items,
        returnedBy: actor.userId,
        returnedAt: now,
        townApprovedBy: null,
        townApprovedAt: null,
      });
    } else if (input.level === "town") {
      // Unlocked: the cadre may edit again (an edit puts the submissions back to draft, to be resubmitted).
      await tx.update(submissions).set({ status: "submitted" }).where(and(eq(submissions.orgUnitId, village), eq(submissions.status, "approved"), formMatch(forms)));
      Object.assign(set, { townApprovedBy: null, townApprovedAt: null });
    } else {
      Object.assign(set, { districtApprovedBy: null, districtApprovedAt: null });
    }
    const [updated] = await tx.update(oneFormReviews).set(set).where(where).returning();
    return {
      result: updated,
      entityId: village,
      districtId: input.scope.districtId,
      before: { periodKey: input.periodKey, status: current.status, version: current.version },
      after: { status: next, ...(notes ? { reason: notes.reason, items: notes.items } : {}) },
    };
  });
  // A return is one more round of reporting for the village: the dashboard counts it.
  if (input.step === "return") await refreshVillageBurden(db, { districtId: input.scope.districtId, orgUnitId: village, periodKeys: row.forms.map((f) => f.periodKey) });
  return row;
}

export interface ReviewListRow {
  orgUnitId: string;
  name: string;
  divisionCode: string;
  townId: string;
  townName: string;
  status: ReviewStatus | null;
  /** Submitted, but the cadre changed values since: to be resubmitted before it can be approved. */
  changedSinceSubmit: boolean;
  submittedAt: Date | null;
  rounds: number;
  returnedCount: number;
  townApprovedAt: Date | null;
  townApprovedByName: string | null;
  districtApprovedAt: Date | null;
  version: number;
}

/**
 * The villages and communities under `path` (a town's, or a district's) with their review of the period,
 * ordered by town and division code. Villages that have not submitted come with status null.
 */
export async function listReviews(db: DbOrTx, { path, periodKey }: { path: string; periodKey: string }): Promise<ReviewListRow[]> {
  const town = alias(orgUnits, "town");
  const approver = alias(users, "approver");
  const r = oneFormReviews;
  const rows = await db
    .select({
      orgUnitId: orgUnits.id,
      name: orgUnits.name,
      divisionCode: orgUnits.divisionCode,
      townId: town.id,
      townName: town.name,
      status: r.status,
      submittedAt: r.submittedAt,
      rounds: sql<number>`coalesce(${r.rounds}, 0)`.mapWith(Number),
      returnedCount: sql<number>`coalesce(${r.returnedCount}, 0)`.mapWith(Number),
      townApprovedAt: r.townApprovedAt,
      townApprovedByName: approver.displayName,
      districtApprovedAt: r.districtApprovedAt,
      version: sql<number>`coalesce(${r.version}, 0)`.mapWith(Number),
    })
    .from(orgUnits)
    .innerJoin(town, eq(town.id, orgUnits.parentId))
    .leftJoin(r, and(eq(r.orgUnitId, orgUnits.id), eq(r.periodKey, periodKey)))
    .leftJoin(approver, eq(approver.id, r.townApprovedBy))
    .where(and(sql`${orgUnits.path} like ${`${path}%`}`, inArray(orgUnits.level, ["village", "community"])))
    .orderBy(asc(town.divisionCode), asc(orgUnits.divisionCode));
  // Submitted reviews whose forms' submissions are no longer all submitted: one set-based pass (a correlated
  // subquery per village ran a join per row: 2 s for 500 villages on PGlite).
  const changed = new Set(
    rowsOf<{ org_unit_id: string }>(
      await db.execute(sql`
        select r.org_unit_id from one_form_reviews r
        join org_units u on u.id = r.org_unit_id
        cross join lateral jsonb_to_recordset(r.forms) as f("formId" uuid, "periodKey" text)
        left join submissions s on s.org_unit_id = r.org_unit_id and s.form_id = f."formId" and s.period_key = f."periodKey"
        where r.period_key = ${periodKey} and r.status = 'submitted' and u.path like ${`${path}%`} and s.status is distinct from 'submitted'
        group by r.org_unit_id`),
    ).map((row) => row.org_unit_id),
  );
  return rows.map((row) => ({ ...row, status: row.status ?? null, changedSinceSubmit: changed.has(row.orgUnitId) }));
}

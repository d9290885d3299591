import { createHash } from "node:crypto";
import { and, eq, inArray, isNull, like, ne, sql } from "drizzle-orm";
import { FREQUENCIES, type FormKind, type TargetLevel } from "@/lib/domain";
import { AppError } from "@/lib/errors";
import { findRetirementCandidates, type RedundancyForm, type RetirementCandidate } from "@/lib/redundancy";
import { itemLabels, mergeTargetProblem, movingItems } from "@/lib/redundancy/merge";
import { departments, elements, EVIDENCE_KEPT, files, formFields, forms, orgUnits, retirementReviews, type RetirementAnalysisSnapshot, type RetirementDecision, type RetirementReview } from "../schema";
import type { Db, DbOrTx, Tx } from "../types";
import { mutate, type Actor } from "./audit";
import { listCarriedFields } from "./carried-fields";
import { setFormStatus } from "./forms";

interface DistrictForm {
  id: string;
  title: string;
  department: string;
  departmentId: string;
  frequency: RedundancyForm["frequency"];
  status: RedundancyForm["status"];
  kind: FormKind;
  targetLevels: TargetLevel[];
  fields: { id: string; elementId: string | null; label: string; isRemark: boolean }[];
}

/** Registered (non-draft) forms of a district with their kept fields. Draft forms are not yet anyone's burden. */
async function loadDistrictForms(db: DbOrTx, districtId: string): Promise<DistrictForm[]> {
  const rows = await db
    .select({ id: forms.id, title: forms.title, department: departments.name, departmentId: forms.departmentId, frequency: forms.frequency, status: forms.status, kind: forms.kind, targetLevels: forms.targetLevels })
    .from(forms)
    .innerJoin(departments, eq(forms.departmentId, departments.id))
    .innerJoin(files, eq(forms.fileId, files.id))
    .where(and(eq(forms.districtId, districtId), ne(forms.status, "draft")))
    // Registration time, then file name and sheet: forms registered together (one batch) keep a fixed order.
    .orderBy(forms.createdAt, files.name, forms.sheet, forms.title, forms.id);
  const fields = rows.length
    ? await db
        .select({ id: formFields.id, formId: formFields.formId, elementId: formFields.elementId, label: formFields.label, isRemark: formFields.isRemark })
        .from(formFields)
        .where(and(inArray(formFields.formId, rows.map((r) => r.id)), eq(formFields.excluded, false)))
        .orderBy(formFields.formId, formFields.position)
    : [];
  const byForm = new Map<string, DistrictForm["fields"]>();
  for (const f of fields) (byForm.get(f.formId) ?? byForm.set(f.formId, []).get(f.formId)!).push(f);
  // Items moved here by a merge are this form's to collect now: they count for (and against) its coverage
  // like its own fields, so retiring it never drops them and merging it moves them on.
  for (const c of rows.length ? await listCarriedFields(db, { districtId }) : []) {
    (byForm.get(c.targetFormId) ?? byForm.set(c.targetFormId, []).get(c.targetFormId)!).push({ id: c.id, elementId: c.elementId, label: c.label, isRemark: false });
  }
  return rows.map((r) => ({ ...r, status: r.status as DistrictForm["status"], fields: byForm.get(r.id) ?? [] }));
}

/** The form's fields → elements, as one short string: a kept form is proposed again only when this changes. */
export function fieldsSignature(fields: DistrictForm["fields"]): string {
  const parts = fields.map((f) => `${f.id}:${f.elementId ?? "-"}:${f.isRemark ? 1 : 0}`).sort();
  return createHash("sha256").update(parts.join("|")).digest("hex").slice(0, 32);
}

/** Villages and communities of a district: each fills every form once per period. */
export async function countDistrictVillages(db: DbOrTx, { districtId }: { districtId: string }): Promise<number> {
  const [district] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, districtId));
  if (!district) return 0;
  const [row] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(orgUnits)
    .where(and(like(orgUnits.path, `${district.path}%`), inArray(orgUnits.level, ["village", "community"])));
  return row?.n ?? 0;
}

interface Analysis {
  candidates: { candidate: RetirementCandidate; snapshot: RetirementAnalysisSnapshot; signature: string }[];
  forms: Map<string, DistrictForm>;
}

/** Runs the redundancy engine over a district's active forms and their elements (a field without an element counts as unique). */
async function analyzeDistrict(db: DbOrTx, districtId: string): Promise<Analysis> {
  const list = await loadDistrictForms(db, districtId);
  const aggregationRows = await db.select({ id: elements.id, aggregation: elements.aggregation }).from(elements).where(eq(elements.districtId, districtId));
  const aggregation = Object.fromEntries(aggregationRows.map((e) => [e.id, e.aggregation]));
  const villages = await countDistrictVillages(db, { districtId });
  const input: RedundancyForm[] = list.map((f) => ({
    id: f.id,
    title: f.title,
    department: f.department,
    frequency: f.frequency,
    status: f.status,
    fields: f.fields.map((x) => ({ id: x.id, elementId: x.elementId ?? `unmatched:${x.id}`, label: x.label, isRemark: x.isRemark })),
  }));
  // villages: 1 gives the load per village; the district-wide load is that × villages.
  const found = findRetirementCandidates(input, { villages: 1, aggregation });
  const byId = new Map(list.map((f) => [f.id, f]));
  const info = (id: string) => ({ formId: id, title: byId.get(id)?.title ?? "", department: byId.get(id)?.department ?? "", frequency: byId.get(id)?.frequency ?? "" });
  return {
    forms: byId,
    candidates: found.map((c) => ({
      candidate: c,
      signature: fieldsSignature(byId.get(c.formId)!.fields),
      snapshot: {
        level: c.level,
        coverage: c.coverage,
        elementCount: c.elementCount,
        coveredElementCount: c.coveredElementCount,
        coveredBy: c.coveredBy.map(info),
        evidence: c.evidence.map((e) => ({
          ...e,
          coveredBy: [...e.coveredBy].sort((x, y) => FREQUENCIES.indexOf(x.frequency) - FREQUENCIES.indexOf(y.frequency)).slice(0, EVIDENCE_KEPT),
          coveredByTotal: e.coveredBy.length,
        })),
        uncovered: c.uncovered,
        duplicates: c.duplicates.map((d) => ({ ...d, title: info(d.formId).title, department: info(d.formId).department })),
        entriesPerVillage: c.loadRemoved,
        villages,
        loadRemoved: c.loadRemoved * villages,
        timesPerYear: c.timesPerYear,
        recommendation: c.recommendation,
        mutualWith: c.mutualWith,
        reasons: c.reasons.map((r) => r.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, (id) => `「${info(id).title}」`)),
      },
    })),
  };
}

/** Forms an official decided to keep whose fields have not changed since: not proposed again. */
async function keptSignatures(db: DbOrTx, districtId: string): Promise<Map<string, string>> {
  const rows = await db
    .select({ formId: retirementReviews.formId, signature: retirementReviews.fieldsSignature })
    .from(retirementReviews)
    .where(and(eq(retirementReviews.districtId, districtId), eq(retirementReviews.decision, "keep"), isNull(retirementReviews.revertedAt)));
  return new Map(rows.map((r) => [r.formId, r.signature]));
}

/**
 * Brings the district's pending candidates in line with the forms as they are now: updates rows in place
 * (their ids, and so the review pages' links, stay), adds new candidates and drops forms no longer proposed.
 */
export async function refreshRetirementQueue(tx: Tx, { districtId }: { districtId: string }) {
  const { candidates } = await analyzeDistrict(tx, districtId);
  const kept = await keptSignatures(tx, districtId);
  const proposed = candidates.filter((c) => kept.get(c.candidate.formId) !== c.signature);
  const pending = await tx.select({ id: retirementReviews.id, formId: retirementReviews.formId }).from(retirementReviews).where(and(eq(retirementReviews.districtId, districtId), isNull(retirementReviews.decision)));
  const pendingByForm = new Map(pending.map((p) => [p.formId, p.id]));
  let added = 0;
  for (const { candidate: c, snapshot, signature } of proposed) {
    const values = { level: c.level, coverage: c.coverage, loadRemoved: snapshot.loadRemoved, analysis: snapshot, fieldsSignature: signature, updatedAt: new Date() };
    const id = pendingByForm.get(c.formId);
    if (id) await tx.update(retirementReviews).set(values).where(eq(retirementReviews.id, id));
    else {
      await tx.insert(retirementReviews).values({ ...values, districtId, formId: c.formId });
      added++;
    }
  }
  const stale = pending.filter((p) => !proposed.some((c) => c.candidate.formId === p.formId)).map((p) => p.id);
  if (stale.length) await tx.delete(retirementReviews).where(inArray(retirementReviews.id, stale));
  return { candidates: proposed.length, full: proposed.filter((c) => c.candidate.level === "full").length, partial: proposed.filter((c) => c.candidate.level === "partial").length, added, dropped: stale.length };
}

/** Runs the retirement analysis of a district and stores its candidates (audited). */
export async function runRetirementAnalysis(db: Db, { districtId, actor }: { districtId: string; actor: Actor }) {
  return mutate(db, actor, { action: "analyze", entity: "retirement_review" }, async (tx) => {
    await lockDistrictQueue(tx, districtId);
    const stats = await refreshRetirementQueue(tx, { districtId });
    return { result: stats, entityId: districtId, districtId, after: stats };
  });
}

export interface DecideRetirementInput {
  reviewId: string;
  decision: RetirementDecision;
  mergedIntoFormId?: string | null;
  reason?: string | null;
  actor: Actor;
}

/**
 * Decisions and analyses of one district run one at a time: each rewrites the district's pending rows, so
 * two at once would wait on each other's rows (a deadlock on PostgreSQL). A transaction-scoped advisory
 * lock on the district orders them instead.
 */
async function lockDistrictQueue(tx: Tx, districtId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`retirement:${districtId}`}, 0))`);
}

async function lockReview(tx: Tx, id: string): Promise<RetirementReview> {
  const [found] = await tx.select({ districtId: retirementReviews.districtId }).from(retirementReviews).where(eq(retirementReviews.id, id));
  if (!found) throw new AppError("notFound");
  await lockDistrictQueue(tx, found.districtId);
  // Read again under the lock: another decision may have changed or removed the row meanwhile.
  const [row] = await tx.select().from(retirementReviews).where(eq(retirementReviews.id, id)).for("update");
  if (!row) throw new AppError("notFound");
  return row;
}

/**
 * Records an official's decision on a pending candidate and applies it in the same transaction:
 * retire → the form is retired; merge → retired, merged into another active form of the district;
 * keep → stays active and is not proposed again until its fields change. The coverage is checked again
 * against the forms as they are now, so a decision never rests on a stale analysis.
 */
export async function decideRetirement(db: Db, input: DecideRetirementInput): Promise<RetirementReview> {
  return mutate(db, input.actor, { action: input.decision, entity: "retirement_review" }, async (tx) => {
    const review = await lockReview(tx, input.reviewId);
    if (review.decision) throw new AppError("conflict");
    const { candidates, forms: current } = await analyzeDistrict(tx, review.districtId);
    const live = candidates.find((c) => c.candidate.formId === review.formId);
    const source = current.get(review.formId);
    // The forms changed since the analysis and this one is no longer covered (or no longer active).
    if (!live || source?.status !== "active") throw new AppError("conflict");
    // Items no other active form collects: retiring would stop asking for them, merging moves them to the target.
    const moving = movingItems(live.candidate.uncovered);
    if (input.decision !== "keep") {
      // The official decides on what the page showed: if the items that would move changed since, show them again.
      const shown = movingItems(review.analysis.uncovered).map((u) => u.fieldId).sort().join();
      if (shown !== moving.map((u) => u.fieldId).sort().join()) throw new AppError("conflict");
    }
    if (input.decision === "retire" && moving.length) throw new AppError("uncoveredFields", { title: source.title, count: moving.length, fields: itemLabels(moving) });
    let mergedInto: string | null = null;
    if (input.decision === "merge") {
      const target = input.mergedIntoFormId ? current.get(input.mergedIntoFormId) : undefined;
      if (!target || target.id === review.formId || target.status !== "active") throw new AppError("notFound");
      const problem = mergeTargetProblem(source, target, moving.length);
      if (problem) throw new AppError("mergeTargetUnfit", { title: target.title, reason: problem });
      mergedInto = target.id;
    }
    const status = input.decision === "keep" ? null : await setFormStatus(tx, { id: review.formId, status: "retired" });
    const [after] = await tx
      .update(retirementReviews)
      .set({
        decision: input.decision,
        mergedIntoFormId: mergedInto,
        reason: input.reason?.trim() || null,
        level: live.candidate.level,
        coverage: live.candidate.coverage,
        loadRemoved: live.snapshot.loadRemoved,
        analysis: live.snapshot,
        fieldsSignature: live.signature,
        decidedBy: input.actor.userId,
        decidedAt: new Date(),
        updatedAt: new Date(),
      })
      .where(and(eq(retirementReviews.id, review.id), isNull(retirementReviews.decision)))
      .returning();
    await refreshRetirementQueue(tx, { districtId: review.districtId });
    return {
      result: after,
      entityId: review.id,
      districtId: review.districtId,
      before: { formId: review.formId, formStatus: status?.before.status ?? "active", decision: null },
      after: {
        formId: review.formId,
        formStatus: status?.after.status ?? "active",
        decision: input.decision,
        mergedIntoFormId: mergedInto,
        reason: after.reason,
        coverage: after.coverage,
        ...(mergedInto && moving.length ? { movedFields: moving.map((u) => ({ fieldId: u.fieldId, elementId: u.elementId, label: u.label ?? null })) } : {}),
      },
    };
  });
}

/**
 * Undoes a decision: a retired or merged form becomes active again (due in the one form again), a kept
 * form is proposed again. The decision row stays, marked reverted, so the history shows both.
 */
export async function revertRetirementDecision(db: Db, { reviewId, actor }: { reviewId: string; actor: Actor }): Promise<RetirementReview> {
  return mutate(db, actor, { action: "revert", entity: "retirement_review" }, async (tx) => {
    const review = await lockReview(tx, reviewId);
    if (!review.decision || review.revertedAt) throw new AppError("conflict");
    let status: Awaited<ReturnType<typeof setFormStatus>> | null = null;
    if (review.decision !== "keep") {
      const [form] = await tx.select({ status: forms.status }).from(forms).where(eq(forms.id, review.formId));
      if (!form) throw new AppError("notFound");
      // Someone changed the form since (e.g. its department withdrew it): do not override that silently.
      if (form.status !== "retired") throw new AppError("conflict");
      status = await setFormStatus(tx, { id: review.formId, status: "active" });
    }
    const [after] = await tx
      .update(retirementReviews)
      .set({ revertedBy: actor.userId, revertedAt: new Date(), updatedAt: new Date() })
      .where(eq(retirementReviews.id, review.id))
      .returning();
    await refreshRetirementQueue(tx, { districtId: review.districtId });
    return {
      result: after,
      entityId: review.id,
      districtId: review.districtId,
      before: { formId: review.formId, decision: review.decision, formStatus: status?.before.status ?? "active" },
      after: { formId: review.formId, reverted: true, formStatus: status?.after.status ?? "active" },
    };
  });
}

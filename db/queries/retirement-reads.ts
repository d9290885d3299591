import { aliasedTable, and, asc, desc, eq, isNotNull, isNull, ne, sql } from "drizzle-orm";
import { departments, formFields, forms, orgUnits, retirementReviews, users, type RetirementReview } from "../schema";
import type { DbOrTx } from "../types";

const mergedInto = aliasedTable(forms, "merged_into");
const decider = aliasedTable(users, "decider");
const reverter = aliasedTable(users, "reverter");

const reviewColumns = {
  review: retirementReviews,
  formTitle: forms.title,
  formStatus: forms.status,
  frequency: forms.frequency,
  kind: forms.kind,
  targetLevels: forms.targetLevels,
  departmentName: departments.name,
  mergedIntoTitle: mergedInto.title,
  decidedByName: decider.displayName,
  revertedByName: reverter.displayName,
};

export interface RetirementReviewItem {
  review: RetirementReview;
  formTitle: string;
  formStatus: string;
  frequency: string;
  kind: string;
  targetLevels: string[];
  departmentName: string;
  mergedIntoTitle: string | null;
  decidedByName: string | null;
  revertedByName: string | null;
}

function selectReviews(db: DbOrTx) {
  return db
    .select(reviewColumns)
    .from(retirementReviews)
    .innerJoin(forms, eq(retirementReviews.formId, forms.id))
    .innerJoin(departments, eq(forms.departmentId, departments.id))
    .leftJoin(mergedInto, eq(retirementReviews.mergedIntoFormId, mergedInto.id))
    .leftJoin(decider, eq(retirementReviews.decidedBy, decider.id))
    .leftJoin(reverter, eq(retirementReviews.revertedBy, reverter.id));
}

/** Pending candidates of a district, safe retirements first, then by the load each one removes. */
export async function listRetirementQueue(db: DbOrTx, { districtId }: { districtId: string }): Promise<RetirementReviewItem[]> {
  return selectReviews(db)
    .where(and(eq(retirementReviews.districtId, districtId), isNull(retirementReviews.decision)))
    .orderBy(sql`(${retirementReviews.analysis}->>'recommendation') = 'keep'`, desc(retirementReviews.loadRemoved), desc(retirementReviews.coverage), asc(forms.title));
}

/** Decisions of a district, newest first, reverted ones included. */
export async function listRetirementHistory(db: DbOrTx, { districtId }: { districtId: string }): Promise<RetirementReviewItem[]> {
  return selectReviews(db)
    .where(and(eq(retirementReviews.districtId, districtId), isNotNull(retirementReviews.decision)))
    .orderBy(desc(retirementReviews.decidedAt));
}

/** Decisions in force (not reverted), for the 清退清单. */
export async function listRetirementDecisionsInForce(db: DbOrTx, { districtId }: { districtId: string }): Promise<RetirementReviewItem[]> {
  return selectReviews(db)
    .where(and(eq(retirementReviews.districtId, districtId), isNotNull(retirementReviews.decision), isNull(retirementReviews.revertedAt)))
    .orderBy(asc(departments.name), desc(retirementReviews.decidedAt));
}

export async function getRetirementReview(db: DbOrTx, { id }: { id: string }): Promise<(RetirementReviewItem & { districtPath: string }) | null> {
  const [row] = await db
    .select({ ...reviewColumns, districtPath: orgUnits.path })
    .from(retirementReviews)
    .innerJoin(forms, eq(retirementReviews.formId, forms.id))
    .innerJoin(departments, eq(forms.departmentId, departments.id))
    .innerJoin(orgUnits, eq(retirementReviews.districtId, orgUnits.id))
    .leftJoin(mergedInto, eq(retirementReviews.mergedIntoFormId, mergedInto.id))
    .leftJoin(decider, eq(retirementReviews.decidedBy, decider.id))
    .leftJoin(reverter, eq(retirementReviews.revertedBy, reverter.id))
    .where(eq(retirementReviews.id, id));
  return row ?? null;
}

/** Fields of a form with their elements, for the side-by-side evidence. */
export async function listFormFieldsForEvidence(db: DbOrTx, { formId }: { formId: string }) {
  return db
    .select({ id: formFields.id, label: formFields.label, path: formFields.path, elementId: formFields.elementId, isRemark: formFields.isRemark })
    .from(formFields)
    .where(and(eq(formFields.formId, formId), eq(formFields.excluded, false)))
    .orderBy(asc(formFields.position));
}

/** Active forms a candidate may be merged into, with what decides whether they can take over its items. */
export async function listMergeTargets(db: DbOrTx, { districtId, excludeFormId }: { districtId: string; excludeFormId: string }) {
  return db
    .select({ id: forms.id, title: forms.title, departmentName: departments.name, frequency: forms.frequency, kind: forms.kind, targetLevels: forms.targetLevels })
    .from(forms)
    .innerJoin(departments, eq(forms.departmentId, departments.id))
    .where(and(eq(forms.districtId, districtId), eq(forms.status, "active"), ne(forms.id, excludeFormId)))
    .orderBy(asc(departments.name), asc(forms.title));
}

export interface RetirementSummary {
  registered: number;
  active: number;
  retired: number;
  retiredByDecision: number;
  kept: number;
  merged: number;
  pending: number;
  villages: number;
  /** Field entries each village no longer types per year, over decisions in force. */
  entriesRemovedPerVillage: number;
  entriesRemovedTotal: number;
  byDepartment: { department: string; registered: number; retired: number; entriesRemovedPerVillage: number }[];
}

/** The figures a district reports upward: forms registered, retired, kept, merged, and the load removed. */
export async function getRetirementSummary(db: DbOrTx, { districtId, villages }: { districtId: string; villages: number }): Promise<RetirementSummary> {
  const formRows = await db
    .select({ status: forms.status, department: departments.name, n: sql<number>`count(*)`.mapWith(Number) })
    .from(forms)
    .innerJoin(departments, eq(forms.departmentId, departments.id))
    .where(and(eq(forms.districtId, districtId), ne(forms.status, "draft")))
    .groupBy(forms.status, departments.name);
  const decisions = await listRetirementDecisionsInForce(db, { districtId });
  const [pending] = await db
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(retirementReviews)
    .where(and(eq(retirementReviews.districtId, districtId), isNull(retirementReviews.decision)));
  const removing = decisions.filter((d) => d.review.decision !== "keep");
  const perVillage = (d: RetirementReviewItem) => d.review.analysis.entriesPerVillage;
  const departmentsSeen = new Map<string, RetirementSummary["byDepartment"][number]>();
  for (const r of formRows) {
    const entry = departmentsSeen.get(r.department) ?? { department: r.department, registered: 0, retired: 0, entriesRemovedPerVillage: 0 };
    entry.registered += r.n;
    if (r.status === "retired") entry.retired += r.n;
    departmentsSeen.set(r.department, entry);
  }
  for (const d of removing) {
    const entry = departmentsSeen.get(d.departmentName);
    if (entry) entry.entriesRemovedPerVillage += perVillage(d);
  }
  const entriesRemovedPerVillage = removing.reduce((s, d) => s + perVillage(d), 0);
  const count = (status: string) => formRows.filter((r) => r.status === status).reduce((s, r) => s + r.n, 0);
  return {
    registered: formRows.reduce((s, r) => s + r.n, 0),
    active: count("active"),
    retired: count("retired"),
    retiredByDecision: removing.filter((d) => d.review.decision === "retire").length,
    kept: decisions.filter((d) => d.review.decision === "keep").length,
    merged: removing.filter((d) => d.review.decision === "merge").length,
    pending: pending?.n ?? 0,
    villages,
    entriesRemovedPerVillage,
    entriesRemovedTotal: entriesRemovedPerVillage * villages,
    byDepartment: [...departmentsSeen.values()].sort((a, b) => b.entriesRemovedPerVillage - a.entriesRemovedPerVillage || a.department.localeCompare(b.department, "zh-CN")),
  };
}

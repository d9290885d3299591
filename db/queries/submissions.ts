import { and, eq, inArray, or, sql } from "drizzle-orm";
import { submissions, type Submission } from "../schema";
import type { DbOrTx, Tx } from "../types";

/** Submissions of an org unit for some periods, by `${formId}|${periodKey}`. */
export async function listSubmissions(db: DbOrTx, { orgUnitId, periodKeys }: { orgUnitId: string; periodKeys: string[] }): Promise<Map<string, Submission>> {
  if (!periodKeys.length) return new Map();
  const rows = await db
    .select()
    .from(submissions)
    .where(and(eq(submissions.orgUnitId, orgUnitId), inArray(submissions.periodKey, [...new Set(periodKeys)])));
  return new Map(rows.map((r) => [`${r.formId}|${r.periodKey}`, r]));
}

/** Marks each form submitted for its own period (a later submission updates the time). */
export async function submitForms(tx: Tx, input: { orgUnitId: string; districtId: string; userId: string | null; forms: { formId: string; periodKey: string }[] }): Promise<Submission[]> {
  if (!input.forms.length) return [];
  const now = new Date();
  return tx
    .insert(submissions)
    .values(input.forms.map((f) => ({ orgUnitId: input.orgUnitId, formId: f.formId, periodKey: f.periodKey, districtId: input.districtId, status: "submitted" as const, submittedBy: input.userId, submittedAt: now })))
    .onConflictDoUpdate({
      target: [submissions.orgUnitId, submissions.formId, submissions.periodKey],
      set: { status: "submitted", submittedBy: sql`excluded.submitted_by`, submittedAt: sql`excluded.submitted_at` },
    })
    .returning();
}

/** Puts submitted forms back to draft (their values changed after submission); returns how many. */
export async function reopenSubmissions(tx: Tx, input: { orgUnitId: string; forms: { formId: string; periodKey: string }[] }): Promise<number> {
  if (!input.forms.length) return 0;
  const rows = await tx
    .update(submissions)
    .set({ status: "draft" })
    .where(and(eq(submissions.orgUnitId, input.orgUnitId), eq(submissions.status, "submitted"), or(...input.forms.map((f) => and(eq(submissions.formId, f.formId), eq(submissions.periodKey, f.periodKey))))))
    .returning({ formId: submissions.formId });
  return rows.length;
}

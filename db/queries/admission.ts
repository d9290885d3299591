import { and, asc, desc, eq, inArray, ne } from "drizzle-orm";
import { classifyFields, previousVersionOf, readLegalMarks, resolveDecision, type AdmissionAnalysis, type DecisionInput } from "@/lib/admission";
import { AppError, isUniqueViolation } from "@/lib/errors";
import { latestDecisions } from "@/lib/matching/decisions";
import { matchFields, type MatchDecision } from "@/lib/matching";
import { admissionRequests, elements, files, formFields, forms, matchDecisions, type AdmissionRequest, type Form } from "../schema";
import type { Db, DbOrTx } from "../types";
import { mutate, type Actor } from "./audit";
import { getFormById, setFormStatus } from "./forms";
import { formParts, rematchDistrict, toDecision, toMatchField } from "./matching";

/** Forms whose fields the villages give: admitted (active) and those under retirement review (still due). */
export const ADMITTED_STATUSES = ["active", "under_review"] as const;

/**
 * Classifies a draft's fields against the district's admitted forms: one matcher run over exactly the input the
 * district's own matching uses (every registered form's kept fields, same order, same catalog and decisions) with
 * the draft's fields appended, nothing stored. Also reads the legal marks from the template's meta texts.
 */
export async function analyzeAdmission(db: DbOrTx, { form }: { form: Form }): Promise<AdmissionAnalysis> {
  const [registered, draftFields, catalog, decisionRows] = await Promise.all([
    db
      .select({ field: formFields, layout: forms.layout, status: forms.status, title: forms.title, parts: formParts })
      .from(formFields)
      .innerJoin(forms, eq(formFields.formId, forms.id))
      .innerJoin(files, eq(forms.fileId, files.id))
      .where(and(eq(forms.districtId, form.districtId), ne(forms.status, "draft"), ne(forms.id, form.id), eq(formFields.excluded, false)))
      .orderBy(asc(forms.createdAt), asc(files.name), asc(forms.sheet), asc(forms.title), asc(forms.id), asc(formFields.position)),
    db.select().from(formFields).where(and(eq(formFields.formId, form.id), eq(formFields.excluded, false))).orderBy(asc(formFields.position)),
    db.select().from(elements).where(eq(elements.districtId, form.districtId)),
    db.select().from(matchDecisions).where(eq(matchDecisions.districtId, form.districtId)).orderBy(matchDecisions.id),
  ]);
  const existing = catalog.map((e) => ({ id: e.id, name: e.name, type: e.type, unit: e.unit, scope: e.scope, aggregation: e.aggregation, aliases: e.aliases, fields: [] }));
  const decisions = latestDecisions(decisionRows.map(toDecision).filter((d): d is MatchDecision => d !== null));
  const match = matchFields([...registered.map((r) => toMatchField(r.field, r)), ...draftFields.map((f) => toMatchField(f, { ...form, parts: form.definition.parts }))], { existing, decisions });
  const admittedFieldIds = new Set(registered.filter((r) => (ADMITTED_STATUSES as readonly string[]).includes(r.status)).map((r) => r.field.id));
  const fields = classifyFields({ fields: draftFields, match, admittedFieldIds, elementNames: new Map(catalog.map((e) => [e.id, e.name])) });
  // An element the matcher made up in this run has no stored id: only stored ones are linked.
  const known = new Set(catalog.map((e) => e.id));
  for (const f of fields) if (f.elementId && !known.has(f.elementId)) f.elementId = null;
  return { fields, legal: readLegalMarks(form.definition.notes), analyzedAt: new Date().toISOString() };
}

/** The admitted form of the same department this draft is a new version of (lib/admission previousVersionOf). */
async function findPreviousVersion(db: DbOrTx, form: Form): Promise<string | null> {
  const candidates = await db
    .select({ id: forms.id, title: forms.title, createdAt: forms.createdAt })
    .from(forms)
    .where(and(eq(forms.districtId, form.districtId), eq(forms.departmentId, form.departmentId), inArray(forms.status, [...ADMITTED_STATUSES]), ne(forms.id, form.id)));
  return previousVersionOf(form.title, candidates);
}

export async function getPendingRequestOfForm(db: DbOrTx, { formId }: { formId: string }): Promise<AdmissionRequest | null> {
  const [row] = await db.select().from(admissionRequests).where(and(eq(admissionRequests.formId, formId), eq(admissionRequests.status, "pending")));
  return row ?? null;
}

/** The latest request of a form (pending or decided), for the department's view of its form. */
export async function getLatestRequestOfForm(db: DbOrTx, { formId }: { formId: string }): Promise<AdmissionRequest | null> {
  const [row] = await db.select().from(admissionRequests).where(eq(admissionRequests.formId, formId)).orderBy(desc(admissionRequests.submittedAt), desc(admissionRequests.id)).limit(1);
  return row ?? null;
}

export async function getAdmissionRequestById(db: DbOrTx, { id }: { id: string }): Promise<AdmissionRequest | null> {
  const [row] = await db.select().from(admissionRequests).where(eq(admissionRequests.id, id));
  return row ?? null;
}

/**
 * A department asks the district to admit its draft: the classification is taken now and stored with the request
 * (audited). Only a draft with kept fields and no open request can be submitted; the draft stays a draft.
 */
export async function submitAdmission(db: Db, actor: Actor, { formId }: { formId: string }): Promise<AdmissionRequest> {
  const form = await getFormById(db, { id: formId });
  if (!form) throw new AppError("notFound");
  if (form.status !== "draft") throw new AppError("admissionNotDraft");
  if (await getPendingRequestOfForm(db, { formId })) throw new AppError("admissionPending");
  const [analysis, previousFormId] = await Promise.all([analyzeAdmission(db, { form }), findPreviousVersion(db, form)]);
  if (analysis.fields.length === 0) throw new AppError("admissionInvalid", { reason: "admissionNoFields" });
  try {
    return await mutate(db, { ...actor, districtId: form.districtId }, { action: "submit", entity: "admission" }, async (tx) => {
      const [row] = await tx
        .insert(admissionRequests)
        .values({ districtId: form.districtId, formId, departmentId: form.departmentId, previousFormId, requestedFrequency: form.frequency, analysis, submittedBy: actor.userId })
        .returning();
      const counts = { existing: 0, new: 0, uncertain: 0 };
      for (const f of analysis.fields) counts[f.class]++;
      return { result: row, entityId: row.id, districtId: form.districtId, after: { formId, title: form.title, previousFormId, frequency: form.frequency, counts, legal: analysis.legal } };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("admissionPending");
    throw error;
  }
}

/** Re-takes the classification of a pending request (other forms may have been admitted since). Audited. */
export async function reanalyzeAdmission(db: Db, actor: Actor, { requestId }: { requestId: string }): Promise<AdmissionRequest> {
  const request = await getAdmissionRequestById(db, { id: requestId });
  const form = request ? await getFormById(db, { id: request.formId }) : null;
  if (!request || !form) throw new AppError("notFound");
  if (request.status !== "pending") throw new AppError("admissionDecided");
  const analysis = await analyzeAdmission(db, { form });
  return mutate(db, { ...actor, districtId: request.districtId }, { action: "reanalyze", entity: "admission" }, async (tx) => {
    const [row] = await tx
      .update(admissionRequests)
      .set({ analysis, version: request.version + 1 })
      .where(and(eq(admissionRequests.id, requestId), eq(admissionRequests.status, "pending"), eq(admissionRequests.version, request.version)))
      .returning();
    if (!row) throw new AppError("conflict");
    return { result: row, entityId: requestId, districtId: request.districtId, before: { analyzedAt: request.analysis.analyzedAt }, after: { analyzedAt: analysis.analyzedAt } };
  });
}

export interface DecideAdmissionInput extends DecisionInput {
  requestId: string;
  version: number;
}

/**
 * The district's decision, in one audited transaction: approval makes the draft active (dropped fields excluded,
 * the frequency lowered, the admitted form it is a new version of retired); rejection keeps it a draft with the
 * reason. Then the district is re-matched so the admitted fields get their elements (idempotent: a failed run is
 * redone by the next analysis and the decision stands).
 */
export async function decideAdmission(db: Db, actor: Actor, input: DecideAdmissionInput): Promise<{ request: AdmissionRequest; matched: boolean }> {
  const request = await getAdmissionRequestById(db, { id: input.requestId });
  if (!request) throw new AppError("notFound");
  if (request.status !== "pending") throw new AppError("admissionDecided");
  if (request.version !== input.version) throw new AppError("conflict");
  const fieldIds = request.analysis.fields.map((f) => f.fieldId);
  const decision = resolveDecision(input, { requestedFrequency: request.requestedFrequency, fieldIds });
  const saved = await mutate(db, { ...actor, districtId: request.districtId }, { action: decision.status === "rejected" ? "reject" : "approve", entity: "admission" }, async (tx) => {
    const [row] = await tx
      .update(admissionRequests)
      .set({ status: decision.status, admittedFrequency: decision.status === "rejected" ? null : decision.frequency, droppedFieldIds: decision.dropped, reason: decision.reason, decidedBy: actor.userId, decidedAt: new Date(), version: request.version + 1 })
      .where(and(eq(admissionRequests.id, request.id), eq(admissionRequests.status, "pending"), eq(admissionRequests.version, request.version)))
      .returning();
    if (!row) throw new AppError("conflict");
    let retired: string | null = null;
    if (decision.status !== "rejected") {
      const form = await getFormById(tx, { id: request.formId });
      if (!form || form.status !== "draft") throw new AppError("admissionNotDraft");
      if (decision.dropped.length) await tx.update(formFields).set({ excluded: true }).where(and(eq(formFields.formId, form.id), inArray(formFields.id, decision.dropped)));
      if (decision.frequency !== form.frequency) await tx.update(forms).set({ frequency: decision.frequency }).where(eq(forms.id, form.id));
      await setFormStatus(tx, { id: form.id, status: "active" });
      if (request.previousFormId) {
        const previous = await getFormById(tx, { id: request.previousFormId });
        if (previous && (ADMITTED_STATUSES as readonly string[]).includes(previous.status)) {
          await setFormStatus(tx, { id: previous.id, status: "retired" });
          retired = previous.id;
        }
      }
    }
    return {
      result: row,
      entityId: request.id,
      districtId: request.districtId,
      before: { status: request.status, formId: request.formId, frequency: request.requestedFrequency },
      after: { status: row.status, formId: request.formId, frequency: row.admittedFrequency, dropped: decision.dropped, reason: decision.reason, retiredPreviousFormId: retired },
    };
  });
  if (saved.status === "rejected") return { request: saved, matched: true };
  try {
    await rematchDistrict(db, { districtId: request.districtId, actor });
    return { request: saved, matched: true };
  } catch (error) {
    console.error("[admission] rematch failed", request.districtId, error);
    return { request: saved, matched: false };
  }
}

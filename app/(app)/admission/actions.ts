"use server";
import { revalidatePath } from "next/cache";
import { admissionRequestInput, decideAdmissionInput, submitAdmissionInput } from "@/lib/schemas/admission";
import { decideAdmission, getAdmissionRequestById, reanalyzeAdmission, submitAdmission } from "@/db/queries/admission";
import { getFormById } from "@/db/queries/forms";
import { getOrgUnitById } from "@/db/queries/org-units";
import type { Db } from "@/db/types";
import { defineAction } from "@/app/_lib/action";

/** A request's place for `can()`: its district and the requesting department. */
async function requestTarget(db: Db, requestId: string) {
  const request = await getAdmissionRequestById(db, { id: requestId });
  const district = request ? await getOrgUnitById(db, { id: request.districtId }) : null;
  return request && district ? { orgUnitPath: district.path, departmentId: request.departmentId } : null;
}

function refresh(requestId: string, formId: string) {
  revalidatePath("/admission");
  revalidatePath(`/admission/${requestId}`);
  revalidatePath(`/forms/${formId}`);
  revalidatePath("/forms");
}

/** A department submits its saved draft for admission (the form editor's 保存并提交准入 does the same after saving). */
export const submitForAdmission = defineAction(
  {
    input: submitAdmissionInput,
    permission: "admission.submit",
    target: async ({ formId }, { db }) => {
      const form = await getFormById(db, { id: formId });
      const district = form ? await getOrgUnitById(db, { id: form.districtId }) : null;
      return form && district ? { orgUnitPath: district.path, departmentId: form.departmentId } : null;
    },
  },
  async ({ formId }, { db, actor }) => {
    const request = await submitAdmission(db, actor, { formId });
    refresh(request.id, formId);
    return { requestId: request.id };
  },
);

/** The district approves, approves with changes (drops fields, lowers the frequency) or rejects with a reason. */
export const decideAdmissionRequest = defineAction(
  { input: decideAdmissionInput, permission: "admission.decide", target: ({ requestId }, { db }) => requestTarget(db, requestId) },
  async ({ requestId, version, decision, droppedFieldIds, frequency, reason }, { db, actor }) => {
    const { request, matched } = await decideAdmission(db, actor, { requestId, version, decision, droppedFieldIds, frequency, reason });
    refresh(requestId, request.formId);
    return { status: request.status, version: request.version, matched };
  },
);

/** Re-takes the classification of a pending request against the forms admitted meanwhile. */
export const reanalyzeAdmissionRequest = defineAction(
  { input: admissionRequestInput, permission: "admission.decide", target: ({ requestId }, { db }) => requestTarget(db, requestId) },
  async ({ requestId }, { db, actor }) => {
    const request = await reanalyzeAdmission(db, actor, { requestId });
    refresh(requestId, request.formId);
    return { version: request.version, analyzedAt: request.analysis.analyzedAt };
  },
);

"use server";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { deleteDraftInput, saveFormInput } from "@/lib/schemas/forms";
import { mutate } from "@/db/queries/audit";
import { getDepartmentById } from "@/db/queries/departments";
import { getPendingRequestOfForm, submitAdmission } from "@/db/queries/admission";
import { correctFields, deleteDraftForm, getFormById, updateFormMeta } from "@/db/queries/forms";
import { rematchDistrict } from "@/db/queries/matching";
import { getOrgUnitById } from "@/db/queries/org-units";
import type { Form } from "@/db/schema";
import { defineAction, type ActionContext } from "@/app/_lib/action";

/** A form's place for `can()`: its district's path and its department. */
async function formTarget({ id }: { id: string }, { db }: ActionContext) {
  const form = await getFormById(db, { id });
  if (!form) return null;
  const district = await getOrgUnitById(db, { id: form.districtId });
  return district ? { orgUnitPath: district.path, departmentId: form.departmentId } : null;
}

/** The audit row gets the form without its (large) parsed definition. */
const brief = ({ definition: _definition, ...form }: Form) => form;

/**
 * Saves metadata and field corrections in one transaction with an optimistic version check; with `activate`
 * (保存并提交准入), a draft is then submitted for admission: it stays a draft until the district admits it
 * (报表准入, db/queries/admission.ts), and only then joins matching and the one form. A draft waiting for the
 * district's decision cannot be changed.
 */
export const saveForm = defineAction({ input: saveFormInput, permission: "form.manage", target: formTarget }, async (data, { db, actor, user }) => {
  const form = (await getFormById(db, { id: data.id }))!;
  if (form.status === "draft" && (await getPendingRequestOfForm(db, { formId: form.id }))) throw new AppError("admissionPending");
  let departmentId = form.departmentId;
  if (user.user.role === "admin" && data.departmentId && data.departmentId !== form.departmentId) {
    const department = await getDepartmentById(db, { id: data.departmentId });
    if (!department || department.districtId !== form.districtId) throw new AppError("notFound");
    departmentId = department.id;
  }
  const submit = data.activate && form.status === "draft";
  const saved = await mutate(db, { ...actor, districtId: form.districtId }, { action: "update", entity: "form" }, async (tx) => {
    const meta = await updateFormMeta(tx, { id: data.id, version: data.version, title: data.title, departmentId, frequency: data.frequency, kind: data.kind, targetLevels: data.targetLevels });
    const corrected = await correctFields(tx, { formId: data.id, corrections: data.fields });
    return { result: { ...meta.after, changedFields: corrected.length }, entityId: data.id, districtId: form.districtId, before: brief(meta.before), after: { ...brief(meta.after), corrected } };
  });
  // The saved draft is submitted in its own audited step: a refused submission leaves a complete saved draft.
  const admissionRequestId = submit ? (await submitAdmission(db, actor, { formId: data.id })).id : null;
  // Drafts take no part in matching; a registered form's corrected fields are re-matched. The save is committed
  // either way; matching is idempotent, so a failed run is logged and redone by the next analysis.
  let matched = saved.status === "draft";
  if (!matched) {
    try {
      await rematchDistrict(db, { districtId: form.districtId, actor });
      matched = true;
    } catch (error) {
      console.error("[forms/save] rematch failed", form.districtId, error);
    }
  }
  revalidatePath("/forms");
  revalidatePath(`/forms/${data.id}`);
  if (admissionRequestId) revalidatePath("/admission");
  return { status: saved.status, version: saved.version, changedFields: saved.changedFields, matched, admissionRequestId };
});

export const deleteDraft = defineAction({ input: deleteDraftInput, permission: "form.manage", target: formTarget }, async ({ id }, { db, actor }) => {
  if (await getPendingRequestOfForm(db, { formId: id })) throw new AppError("admissionPending");
  const deleted = await mutate(db, actor, { action: "delete", entity: "form" }, async (tx) => {
    const before = await deleteDraftForm(tx, { id });
    return { result: before, entityId: id, districtId: before.districtId, before: brief(before) };
  });
  revalidatePath("/forms");
  return { title: deleted.title };
});

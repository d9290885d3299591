"use server";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { deleteDraftInput, saveFormInput } from "@/lib/schemas/forms";
import { mutate } from "@/db/queries/audit";
import { getDepartmentById } from "@/db/queries/departments";
import { correctFields, deleteDraftForm, getFormById, setFormStatus, updateFormMeta } from "@/db/queries/forms";
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
 * Saves metadata and field corrections in one transaction with an optimistic version check; with
 * `activate`, a draft becomes active and the district is re-matched so its fields get elements.
 */
export const saveForm = defineAction({ input: saveFormInput, permission: "form.manage", target: formTarget }, async (data, { db, actor, user }) => {
  const form = (await getFormById(db, { id: data.id }))!;
  let departmentId = form.departmentId;
  if (user.user.role === "admin" && data.departmentId && data.departmentId !== form.departmentId) {
    const department = await getDepartmentById(db, { id: data.departmentId });
    if (!department || department.districtId !== form.districtId) throw new AppError("notFound");
    departmentId = department.id;
  }
  const activate = data.activate && form.status === "draft";
  const saved = await mutate(db, { ...actor, districtId: form.districtId }, { action: activate ? "activate" : "update", entity: "form" }, async (tx) => {
    const meta = await updateFormMeta(tx, { id: data.id, version: data.version, title: data.title, departmentId, frequency: data.frequency, kind: data.kind, targetLevels: data.targetLevels });
    const corrected = await correctFields(tx, { formId: data.id, corrections: data.fields });
    const after = activate ? (await setFormStatus(tx, { id: data.id, status: "active" })).after : meta.after;
    return { result: { ...after, changedFields: corrected.length }, entityId: data.id, districtId: form.districtId, before: brief(meta.before), after: { ...brief(after), corrected } };
  });
  // Drafts take no part in matching; once registered, the form's fields join the district's elements.
  // The save is committed either way; matching is idempotent, so a failed run is logged and redone by the
  // next analysis (重新分析 on the elements page) instead of turning a saved form into an error.
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
  return { status: saved.status, version: saved.version, changedFields: saved.changedFields, matched };
});

export const deleteDraft = defineAction({ input: deleteDraftInput, permission: "form.manage", target: formTarget }, async ({ id }, { db, actor }) => {
  const deleted = await mutate(db, actor, { action: "delete", entity: "form" }, async (tx) => {
    const before = await deleteDraftForm(tx, { id });
    return { result: before, entityId: id, districtId: before.districtId, before: brief(before) };
  });
  revalidatePath("/forms");
  return { title: deleted.title };
});

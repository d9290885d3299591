"use server";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { createDepartmentInput, deleteByIdInput, renameDepartmentInput } from "@/lib/schemas/admin";
import { mutate } from "@/db/queries/audit";
import { deleteDepartment, insertDepartment, renameDepartment } from "@/db/queries/departments";
import { getOrgUnitById } from "@/db/queries/org-units";
import { defineAction } from "@/app/_lib/action";

export const createDepartment = defineAction({ input: createDepartmentInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  const district = await getOrgUnitById(db, { id: data.districtId });
  if (district?.level !== "district") throw new AppError("notFound");
  const dept = await mutate(db, actor, { action: "create", entity: "department" }, async (tx) => {
    const row = await insertDepartment(tx, data);
    return { result: row, entityId: row.id, districtId: row.districtId, after: row };
  });
  revalidatePath("/admin/departments");
  return { name: dept.name };
});

export const editDepartment = defineAction({ input: renameDepartmentInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  await mutate(db, actor, { action: "update", entity: "department" }, async (tx) => {
    const { before, after } = await renameDepartment(tx, data);
    return { result: after, entityId: data.id, districtId: after.districtId, before, after };
  });
  revalidatePath("/admin/departments");
  return null;
});

export const removeDepartment = defineAction({ input: deleteByIdInput, permission: "admin.manage" }, async ({ id }, { db, actor }) => {
  const dept = await mutate(db, actor, { action: "delete", entity: "department" }, async (tx) => {
    const before = await deleteDepartment(tx, { id });
    return { result: before, entityId: id, districtId: before.districtId, before };
  });
  revalidatePath("/admin/departments");
  return { name: dept.name };
});

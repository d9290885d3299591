"use server";
import { revalidatePath } from "next/cache";
import { createOrgUnitInput, deleteByIdInput, updateOrgUnitInput } from "@/lib/schemas/admin";
import { mutate } from "@/db/queries/audit";
import { deleteOrgUnit, insertOrgUnit, updateOrgUnit } from "@/db/queries/org-units";
import { defineAction } from "@/app/_lib/action";

const done = <T>(value: T) => {
  revalidatePath("/org-units");
  return value;
};

export const createOrgUnit = defineAction({ input: createOrgUnitInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  const unit = await mutate(db, actor, { action: "create", entity: "org_unit" }, async (tx) => {
    const row = await insertOrgUnit(tx, { parentId: data.parentId ?? null, level: data.level, name: data.name, divisionCode: data.divisionCode });
    return { result: row, entityId: row.id, after: row };
  });
  return done({ name: unit.name });
});

export const editOrgUnit = defineAction({ input: updateOrgUnitInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  await mutate(db, actor, { action: "update", entity: "org_unit" }, async (tx) => {
    const { before, after } = await updateOrgUnit(tx, data);
    return { result: after, entityId: after.id, before, after };
  });
  return done({ name: data.name });
});

export const removeOrgUnit = defineAction({ input: deleteByIdInput, permission: "admin.manage" }, async ({ id }, { db, actor }) => {
  const unit = await mutate(db, actor, { action: "delete", entity: "org_unit" }, async (tx) => {
    const before = await deleteOrgUnit(tx, { id });
    return { result: before, entityId: id, before };
  });
  return done({ name: unit.name });
});

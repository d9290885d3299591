"use server";
import { revalidatePath } from "next/cache";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { createUserInput, resetPasswordInput, setUserActiveInput, updateUserInput } from "@/lib/schemas/admin";
import { mutate } from "@/db/queries/audit";
import { deleteSessionsOfUser } from "@/db/queries/sessions";
import { assertUserPlacement, insertUser, updateUser } from "@/db/queries/users";
import { defineAction } from "@/app/_lib/action";

export const createUser = defineAction({ input: createUserInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  const departmentId = data.departmentId ?? null;
  await assertUserPlacement(db, { role: data.role, orgUnitId: data.orgUnitId, departmentId });
  const passwordHash = await hashPassword(data.password);
  const user = await mutate(db, actor, { action: "create", entity: "user" }, async (tx) => {
    const row = await insertUser(tx, { username: data.username, displayName: data.displayName, role: data.role, orgUnitId: data.orgUnitId, departmentId, passwordHash });
    return { result: row, entityId: row.id, after: row };
  });
  revalidatePath("/admin/users");
  return { name: user.username };
});

export const editUser = defineAction({ input: updateUserInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  const departmentId = data.departmentId ?? null;
  await assertUserPlacement(db, { role: data.role, orgUnitId: data.orgUnitId, departmentId });
  await mutate(db, actor, { action: "update", entity: "user" }, async (tx) => {
    const { before, after } = await updateUser(tx, { id: data.id, displayName: data.displayName, role: data.role, orgUnitId: data.orgUnitId, departmentId });
    // A changed role or unit changes what the user may do: make them sign in again.
    if (before.role !== after.role || before.orgUnitId !== after.orgUnitId) await deleteSessionsOfUser(tx, { userId: data.id });
    return { result: after, entityId: data.id, before, after };
  });
  revalidatePath("/admin/users");
  return { name: data.displayName };
});

export const resetPassword = defineAction({ input: resetPasswordInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  const passwordHash = await hashPassword(data.password);
  await mutate(db, actor, { action: "resetPassword", entity: "user" }, async (tx) => {
    await updateUser(tx, { id: data.id, passwordHash });
    await deleteSessionsOfUser(tx, { userId: data.id });
    return { result: null, entityId: data.id };
  });
  return null;
});

export const setUserActive = defineAction({ input: setUserActiveInput, permission: "admin.manage" }, async (data, { db, actor }) => {
  if (data.id === actor.userId) throw new AppError("forbidden"); // an admin cannot lock themselves out
  await mutate(db, actor, { action: data.isActive ? "activate" : "deactivate", entity: "user" }, async (tx) => {
    const { before, after } = await updateUser(tx, { id: data.id, isActive: data.isActive });
    if (!data.isActive) await deleteSessionsOfUser(tx, { userId: data.id });
    return { result: after, entityId: data.id, before: { isActive: before.isActive }, after: { isActive: after.isActive } };
  });
  revalidatePath("/admin/users");
  return null;
});

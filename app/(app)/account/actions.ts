"use server";
import { AppError } from "@/lib/errors";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordInput } from "@/lib/schemas/auth";
import { mutate } from "@/db/queries/audit";
import { deleteSessionsOfUser } from "@/db/queries/sessions";
import { updateUser } from "@/db/queries/users";
import { defineAction } from "@/app/_lib/action";
import { startSession } from "@/app/_lib/session";

/** Changes one's own password; every other session of the user ends, this one is renewed. */
export const changePassword = defineAction({ input: changePasswordInput, permission: "orgUnit.view" }, async (data, { db, user, actor }) => {
  if (!(await verifyPassword(data.currentPassword, user.user.passwordHash))) throw new AppError("wrongPassword");
  const passwordHash = await hashPassword(data.newPassword);
  await mutate(db, actor, { action: "changePassword", entity: "user" }, async (tx) => {
    await updateUser(tx, { id: user.user.id, passwordHash });
    await deleteSessionsOfUser(tx, { userId: user.user.id });
    return { result: null, entityId: user.user.id };
  });
  await startSession(user.user.id);
  return null;
});

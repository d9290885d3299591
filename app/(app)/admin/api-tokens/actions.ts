"use server";
import { revalidatePath } from "next/cache";
import { newApiToken } from "@/lib/api/token";
import { AppError } from "@/lib/errors";
import { createApiTokenInput, endOfDayCst, revokeApiTokenInput } from "@/lib/schemas/api";
import { insertApiToken, revokeApiToken } from "@/db/queries/api-tokens";
import { mutate } from "@/db/queries/audit";
import { getDepartmentById } from "@/db/queries/departments";
import { getOrgUnitById } from "@/db/queries/org-units";
import type { ApiToken } from "@/db/schema";
import { defineAction } from "@/app/_lib/action";

/** What the audit log keeps of a token: everything but its hash. */
function auditedToken({ tokenHash: _hash, ...rest }: ApiToken) {
  return rest;
}

/** Creates a department's API token; the token itself is in the result only, shown once and never stored. */
export const createApiToken = defineAction(
  {
    input: createApiTokenInput,
    permission: "admin.manage",
    target: async ({ departmentId }, { db }) => {
      const department = await getDepartmentById(db, { id: departmentId });
      const district = department ? await getOrgUnitById(db, { id: department.districtId }) : null;
      return district ? { orgUnitPath: district.path } : null;
    },
  },
  async (data, { db, actor, user }) => {
    const department = await getDepartmentById(db, { id: data.departmentId });
    if (!department) throw new AppError("notFound");
    const { token, tokenHash, prefix } = newApiToken();
    const row = await mutate(db, actor, { action: "create", entity: "apiToken" }, async (tx) => {
      const created = await insertApiToken(tx, {
        name: data.name,
        departmentId: department.id,
        districtId: department.districtId,
        tokenHash,
        prefix,
        expiresAt: data.expiresOn ? endOfDayCst(data.expiresOn) : null,
        createdBy: user.user.id,
      });
      return { result: created, entityId: created.id, districtId: created.districtId, after: auditedToken(created) };
    });
    revalidatePath("/admin/api-tokens");
    return { token, name: row.name, departmentName: department.name };
  },
);

/** Revokes a token at once: its next request is refused (401). */
export const revokeApiTokenAction = defineAction({ input: revokeApiTokenInput, permission: "admin.manage" }, async ({ id }, { db, actor, user }) => {
  const token = await mutate(db, actor, { action: "revoke", entity: "apiToken" }, async (tx) => {
    const { before, after } = await revokeApiToken(tx, { id, revokedBy: user.user.id });
    return { result: after, entityId: id, districtId: after.districtId, before: auditedToken(before), after: auditedToken(after) };
  });
  revalidatePath("/admin/api-tokens");
  return { name: token.name };
});

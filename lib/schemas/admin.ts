import { z } from "zod";
import { ROLES } from "../auth/roles";
import { ORG_LEVELS } from "../domain";
import { newPassword } from "./auth";
import { divisionCode, id, optionalId, text } from "./common";

export const createOrgUnitInput = z.object({
  parentId: optionalId,
  level: z.enum(ORG_LEVELS),
  name: text(60),
  divisionCode,
});
export const updateOrgUnitInput = z.object({ id, name: text(60), divisionCode });
export const deleteByIdInput = z.object({ id });

const username = z.string().trim().regex(/^[A-Za-z0-9_.]{3,32}$/, "username");

const userFields = {
  displayName: text(40),
  role: z.enum(ROLES),
  orgUnitId: id,
  departmentId: optionalId,
};

/** Department staff belong to a department; nobody else does. */
const departmentMatchesRole = <T extends { role: string; departmentId?: string }>(schema: z.ZodType<T>) =>
  schema.superRefine((v, ctx) => {
    if (v.role === "department_staff" && !v.departmentId) ctx.addIssue({ code: "custom", message: "departmentRequired", path: ["departmentId"] });
    if (v.role !== "department_staff" && v.departmentId) ctx.addIssue({ code: "custom", message: "departmentNotAllowed", path: ["departmentId"] });
  });

export const createUserInput = departmentMatchesRole(z.object({ username, password: newPassword, ...userFields }));
export const updateUserInput = departmentMatchesRole(z.object({ id, ...userFields }));
export const resetPasswordInput = z.object({ id, password: newPassword });
export const setUserActiveInput = z.object({ id, isActive: z.enum(["true", "false"]).transform((v) => v === "true") });

export const createDepartmentInput = z.object({ districtId: id, name: text(40) });
export const renameDepartmentInput = z.object({ id, name: text(40) });

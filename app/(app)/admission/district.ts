import "server-only";
import { can } from "@/lib/auth/permissions";
import type { OrgUnit } from "@/db/schema";
import type { UserWithScope } from "@/db/queries/users";
import type { Db } from "@/db/types";
import { resolveDistrict } from "../forms/district";

/**
 * The district whose admission requests the user sees, and the department they are limited to (department staff see
 * their own department's only). null when the user sees none (villages, towns): pages then 404.
 */
export async function admissionScope(db: Db, me: UserWithScope, requestedDistrictId?: string | null): Promise<{ district: OrgUnit; departmentId: string | null } | null> {
  const district = await resolveDistrict(db, me, requestedDistrictId);
  if (!district) return null;
  const departmentId = me.principal.role === "department_staff" ? me.principal.departmentId : null;
  if (!can(me.principal, "admission.view", { orgUnitPath: district.path, departmentId })) return null;
  return { district, departmentId };
}

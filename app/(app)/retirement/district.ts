import "server-only";
import { can } from "@/lib/auth/permissions";
import { getDistrictOf } from "@/db/queries/org-units";
import type { OrgUnit } from "@/db/schema";
import type { UserWithScope } from "@/db/queries/users";
import type { Db } from "@/db/types";

/** The district whose retirement queue the user reviews, or null when they may not (pages then 404). */
export async function reviewDistrict(db: Db, me: UserWithScope): Promise<OrgUnit | null> {
  const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
  if (!district || !can(me.principal, "retirement.decide", { orgUnitPath: district.path })) return null;
  return district;
}

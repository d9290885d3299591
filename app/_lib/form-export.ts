import "server-only";
import { can, isWithin, type Principal } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { PERIOD_OF_FREQUENCY, periodKind } from "@/lib/periods";
import type { FormExportQuery } from "@/lib/schemas/export";
import { getFormExportSource, listFormUnits, type FormExportSource } from "@/db/queries/export";
import { getOrgUnitById } from "@/db/queries/org-units";
import type { OrgUnit } from "@/db/schema";
import type { DbOrTx } from "@/db/types";

export interface ResolvedFormExport {
  source: FormExportSource;
  district: OrgUnit;
  /** The villages to give, in the export's order, each one the principal may export. */
  units: OrgUnit[];
}

/**
 * The one decision of what a department's form export may give (the .xlsx download and the API's JSON):
 * a form the principal cannot see, a draft or one of another district is 404; another department's 403;
 * a period of the wrong kind 422; `orgUnit` "all" gives every village of the district the principal may
 * export, an id one village of the form's targets.
 */
export async function resolveFormExport(db: DbOrTx, principal: Principal, { formId, period, orgUnit }: FormExportQuery): Promise<ResolvedFormExport> {
  const source = await getFormExportSource(db, { formId });
  const form = source?.form;
  const district = form ? await getOrgUnitById(db, { id: form.districtId }) : null;
  if (!source || !form || !district || form.status === "draft" || !can(principal, "form.view", { orgUnitPath: district.path })) throw new AppError("notFound");
  const target = { departmentId: form.departmentId };
  if (!can(principal, "form.export", { ...target, orgUnitPath: district.path })) throw new AppError("forbidden");
  if (periodKind(period) !== PERIOD_OF_FREQUENCY[form.frequency]) throw new AppError("invalidInput");

  let units: OrgUnit[];
  if (orgUnit === "all") {
    units = (await listFormUnits(db, { districtPath: district.path, levels: form.targetLevels })).filter((u) => can(principal, "form.export", { ...target, orgUnitPath: u.path }));
  } else {
    const unit = await getOrgUnitById(db, { id: orgUnit });
    if (!unit || !isWithin(unit.path, district.path) || !(form.targetLevels as string[]).includes(unit.level)) throw new AppError("notFound");
    if (!can(principal, "form.export", { ...target, orgUnitPath: unit.path })) throw new AppError("forbidden");
    units = [unit];
  }
  return { source, district, units };
}

import type { Role } from "./roles";

/** Who is asking: only what authorization needs, as plain data. */
export interface Principal {
  userId: string;
  role: Role;
  /** Materialized path of the user's org unit, e.g. "/<city>/<district>/<town>/<village>/". */
  orgUnitPath: string;
  /** Path of the district the user belongs to (equal to orgUnitPath for district-level users; "/" for city admins). */
  districtPath: string;
  departmentId: string | null;
}

/** What is being touched: the org unit it belongs to and, for forms, the owning department. */
export interface Target {
  orgUnitPath?: string;
  departmentId?: string | null;
}

export const ACTIONS = [
  "admin.manage", // org units, users, departments
  "orgUnit.view",
  "oneForm.view",
  "oneForm.fill",
  "personalData.view", // full 公民身份号码 / phone numbers
  "form.view",
  "form.manage", // upload, correct and save templates of a department
  "form.export", // download a department's forms filled
  "element.review",
  "retirement.decide",
  "burden.view",
  "checkin.manage",
  "checkin.record",
  "review.view", // the review list of villages' submitted one forms
  "review.town", // approve / return / unlock a village's one form at town level
  "review.district", // approve / return / unlock at district level
  "dataPush.manage", // 数据回流: push a department's own records into its district, read its discrepancy list
  "admission.submit", // 报表准入: ask the district to admit a department's draft (or new version)
  "admission.view", // see admission requests: the district all of its own, a department its own department's
  "admission.decide", // approve, approve with changes or reject a request (never the requesting department)
] as const;
export type Action = (typeof ACTIONS)[number];

/** Which roles may do an action at all, and how their org scope applies. */
const RULES: Record<Action, Partial<Record<Role, "scope" | "department" | "any">>> = {
  "admin.manage": { admin: "any" },
  "orgUnit.view": { admin: "any", district_official: "scope", department_staff: "scope", town_official: "scope", village_cadre: "scope" },
  "oneForm.view": { admin: "any", district_official: "scope", town_official: "scope", village_cadre: "scope" },
  "oneForm.fill": { village_cadre: "scope" },
  "personalData.view": { village_cadre: "scope", department_staff: "department" },
  "form.view": { admin: "any", district_official: "scope", department_staff: "scope", town_official: "scope", village_cadre: "scope" },
  "form.manage": { admin: "any", department_staff: "department" },
  "form.export": { admin: "any", district_official: "scope", department_staff: "department" },
  "element.review": { admin: "any", district_official: "scope" },
  "retirement.decide": { district_official: "scope" },
  "burden.view": { admin: "any", district_official: "scope", town_official: "scope", village_cadre: "scope", department_staff: "scope" },
  "checkin.manage": { admin: "any", department_staff: "department", district_official: "scope" },
  "checkin.record": { village_cadre: "scope" },
  "review.view": { admin: "any", district_official: "scope", town_official: "scope" },
  "review.town": { town_official: "scope" },
  "review.district": { district_official: "scope" },
  "dataPush.manage": { department_staff: "department" },
  "admission.submit": { admin: "any", department_staff: "department" },
  "admission.view": { admin: "any", district_official: "scope", department_staff: "department" },
  "admission.decide": { district_official: "scope" },
};

/**
 * The one authorization decision of OneForm. "scope": the target's org unit lies in the user's subtree
 * (for forms and org units above a user — e.g. a district form seen by a cadre — the subtree of the user's
 * district is used, see `viewScope`). "department": the target belongs to the user's own department and
 * the user's district.
 */
export function can(user: Principal, action: Action, target: Target = {}): boolean {
  const rule = RULES[action][user.role];
  if (!rule) return false;
  if (rule === "any") return true;
  if (rule === "department") {
    if (!user.departmentId || target.departmentId !== user.departmentId) return false;
    return target.orgUnitPath === undefined || isWithin(target.orgUnitPath, user.districtPath);
  }
  if (target.orgUnitPath === undefined) return true; // the action is allowed for the role; rows are filtered by scope
  return isWithin(target.orgUnitPath, viewScope(user, action));
}

/** Subtree root whose rows a user may see for an action. Forms and org units are visible district-wide. */
export function viewScope(user: Principal, action: Action): string {
  if (action === "form.view" || (action === "orgUnit.view" && user.role === "department_staff")) {
    return user.districtPath;
  }
  if (action === "burden.view" && user.role === "department_staff") return user.districtPath;
  return user.orgUnitPath;
}

export function isWithin(path: string, scopeRoot: string): boolean {
  return path.startsWith(scopeRoot);
}

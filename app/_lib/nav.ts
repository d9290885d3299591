import type { Role } from "@/lib/auth/roles";

/** Menu entries per role; a link here is convenience only, every page checks permission itself. */
export interface NavItem {
  href: string;
  labelKey: string;
  roles: Role[];
}

const everyone: Role[] = ["admin", "district_official", "department_staff", "town_official", "village_cadre"];

export const NAV_ITEMS: NavItem[] = [
  { href: "/", labelKey: "nav.home", roles: everyone },
  { href: "/one-form", labelKey: "nav.oneForm", roles: ["village_cadre", "town_official", "district_official"] },
  { href: "/one-form/import", labelKey: "nav.oneFormImport", roles: ["village_cadre"] },
  { href: "/review", labelKey: "nav.review", roles: ["town_official", "district_official"] },
  { href: "/forms", labelKey: "nav.forms", roles: everyone },
  { href: "/forms/upload", labelKey: "nav.uploadForms", roles: ["admin", "department_staff"] },
  { href: "/data-push", labelKey: "nav.dataPush", roles: ["department_staff"] },
  { href: "/admission", labelKey: "nav.admission", roles: ["admin", "district_official", "department_staff"] },
  { href: "/elements", labelKey: "nav.elements", roles: ["admin", "district_official"] },
  { href: "/retirement", labelKey: "nav.retirement", roles: ["district_official"] },
  { href: "/dashboard", labelKey: "nav.burden", roles: everyone },
  { href: "/checkins", labelKey: "nav.checkins", roles: everyone },
  { href: "/org-units", labelKey: "nav.orgUnits", roles: ["admin", "district_official", "town_official"] },
  { href: "/admin/users", labelKey: "nav.users", roles: ["admin"] },
  { href: "/admin/departments", labelKey: "nav.departments", roles: ["admin"] },
  { href: "/admin/api-tokens", labelKey: "nav.apiTokens", roles: ["admin"] },
  { href: "/account", labelKey: "nav.account", roles: everyone },
];

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

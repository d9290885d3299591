/** The five roles of OneForm (see DESIGN.md "Users"). */
export const ROLES = ["admin", "district_official", "department_staff", "town_official", "village_cadre"] as const;
export type Role = (typeof ROLES)[number];

/** The org-unit levels a role's account may be attached to. */
const ROLE_LEVELS: Record<Role, readonly string[]> = {
  admin: ["city", "district"],
  district_official: ["district"],
  department_staff: ["district"],
  town_official: ["town"],
  village_cadre: ["village", "community"],
};

export function roleFitsLevel(role: Role, level: string): boolean {
  return ROLE_LEVELS[role].includes(level);
}

import { hashPassword } from "@/lib/auth/password";
import { getDepartmentByName, insertDepartment } from "../queries/departments";
import { getOrgUnitByCode, insertOrgUnit } from "../queries/org-units";
import { getUserByUsername, insertUser } from "../queries/users";
import type { OrgUnit } from "../schema";
import { seedDemoForms } from "./demo-forms";
import { seedDemoHistory } from "./demo-history";
import { seedDemoPushes } from "./demo-push";
import type { Db, Tx } from "../types";
import { DEMO_ACCOUNTS, DEMO_CITY, DEMO_DEPARTMENTS, DEMO_DISTRICT, DEMO_PASSWORD, DEMO_TOWNS, demoUnitCode } from "./demo-data";

/** Builds the demo district. Idempotent: whatever already exists (by code, name, username) is left alone. */
export async function seedDemo(db: Db): Promise<{ orgUnits: number; departments: number; users: number; forms: number; submissions: number }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const base = await db.transaction(async (tx) => {
    const t = tx as Tx;
    const city = await ensureUnit(t, null, "city", DEMO_CITY);
    const district = await ensureUnit(t, city, "district", DEMO_DISTRICT);
    let orgUnits = 2;
    for (const town of DEMO_TOWNS) {
      const townUnit = await ensureUnit(t, district, "town", town);
      orgUnits++;
      for (const [index, [name, level]] of town.units.entries()) {
        await ensureUnit(t, townUnit, level, { code: demoUnitCode(town.code, index, level), name });
        orgUnits++;
      }
    }
    for (const name of DEMO_DEPARTMENTS) {
      if (!(await getDepartmentByName(t, { districtId: district.id, name }))) await insertDepartment(t, { districtId: district.id, name });
    }
    for (const account of DEMO_ACCOUNTS) {
      if (await getUserByUsername(t, { username: account.username })) continue;
      const unit = await getOrgUnitByCode(t, { code: account.unit });
      const department = account.department ? await getDepartmentByName(t, { districtId: district.id, name: account.department }) : null;
      await insertUser(t, {
        username: account.username,
        displayName: account.displayName,
        role: account.role,
        orgUnitId: unit!.id,
        departmentId: department?.id ?? null,
        passwordHash,
      });
    }
    return { orgUnits, departments: DEMO_DEPARTMENTS.length, users: DEMO_ACCOUNTS.length, districtId: district.id };
  });
  // Forms through the real parser and matcher, then a year of submissions and check-ins (both idempotent).
  const { forms } = await seedDemoForms(db, { districtId: base.districtId });
  const { submissions } = await seedDemoHistory(db, { districtId: base.districtId });
  // Departments' own data pushed into this month's one forms (数据回流), as an upload or the API would.
  await seedDemoPushes(db, { districtId: base.districtId });
  return { orgUnits: base.orgUnits, departments: base.departments, users: base.users, forms, submissions };
}

async function ensureUnit(tx: Tx, parent: OrgUnit | null, level: OrgUnit["level"], unit: { code: string; name: string }): Promise<OrgUnit> {
  const existing = await getOrgUnitByCode(tx, { code: unit.code });
  if (existing) return existing;
  return insertOrgUnit(tx, { parentId: parent?.id ?? null, level, name: unit.name, divisionCode: unit.code });
}

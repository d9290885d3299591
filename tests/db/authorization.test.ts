import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieJar, outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import type { Role } from "@/lib/auth/roles";
import { departments, orgUnits, users, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { createDepartment } from "@/app/(app)/admin/departments/actions";
import { createUser, setUserActive } from "@/app/(app)/admin/users/actions";
import OrgUnitPage from "@/app/(app)/org-units/[id]/page";
import { createOrgUnit, editOrgUnit, removeOrgUnit } from "@/app/(app)/org-units/actions";
import { POST as importOrgUnits } from "@/app/api/org-units/import/route";

const t = useTestDb();
let tree: OrgTree;
const accounts = {} as Record<Role, User>;
const ROLES: Role[] = ["admin", "district_official", "department_staff", "town_official", "village_cadre"];

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 2, villages: 3 });
  const dept = await seedDepartment(t.db, { district: tree.district });
  accounts.admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  accounts.district_official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  accounts.department_staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: dept });
  accounts.town_official = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  accounts.village_cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
});

const own = () => tree.villages[0][0];
const other = () => tree.villages[1][1];

async function nameOf(id: string) {
  const [row] = await t.db.select({ name: orgUnits.name }).from(orgUnits).where(eq(orgUnits.id, id));
  return row?.name;
}

describe("org-unit page, each role × own / other village", () => {
  // Who may open a village's page: admins and district-level staff everywhere in their district,
  // a town official only in its own town, a cadre only its own village.
  const expected: Record<Role, { own: string; other: string }> = {
    admin: { own: "rendered", other: "rendered" },
    district_official: { own: "rendered", other: "rendered" },
    department_staff: { own: "rendered", other: "rendered" },
    town_official: { own: "rendered", other: "notFound" },
    village_cadre: { own: "rendered", other: "notFound" },
  };
  for (const role of ROLES) {
    it(`${role}: own village ${expected[role].own}, other village ${expected[role].other}`, async () => {
      await signInAs(t.db, accounts[role]);
      expect(await outcomeOf(() => OrgUnitPage({ params: Promise.resolve({ id: own().id }) }))).toBe(expected[role].own);
      expect(await outcomeOf(() => OrgUnitPage({ params: Promise.resolve({ id: other().id }) }))).toBe(expected[role].other);
    });
  }
  it("sends a visitor without a session to the login page", async () => {
    await signInAs(t.db, null);
    expect(await outcomeOf(() => OrgUnitPage({ params: Promise.resolve({ id: own().id }) }))).toBe("redirect");
  });
});

describe("admin server actions called directly, each role × own / other village", () => {
  // Admin last: it really deletes the spare village the others must fail to delete.
  for (const [index, role] of [...ROLES].reverse().entries()) {
    const allowed = role === "admin";
    it(`${role} ${allowed ? "may" : "may not"} rename, delete or add units, users and departments`, async () => {
      await signInAs(t.db, accounts[role]);
      for (const village of [own(), other()]) {
        const before = await nameOf(village.id);
        const renamed = await editOrgUnit(null, { id: village.id, name: `${before}X`, divisionCode: village.divisionCode });
        if (allowed) {
          expect(renamed).toMatchObject({ ok: true });
          expect(await nameOf(village.id)).toBe(`${before}X`);
          await editOrgUnit(null, { id: village.id, name: before!, divisionCode: village.divisionCode });
        } else {
          expect(renamed).toMatchObject({ ok: false, message: "您无权执行此操作。" });
          expect(await nameOf(village.id)).toBe(before);
        }
      }
      const code = `${tree.towns[1].divisionCode.slice(0, 9)}${300 + index}`;
      expect((await createOrgUnit(null, { parentId: tree.towns[1].id, level: "village", name: `${role}新村`, divisionCode: code }))?.ok).toBe(allowed);
      // The third village of town 2 has no users: only the permission check stands between a caller and its deletion.
      const spare = tree.villages[1][2];
      const removed = await removeOrgUnit(null, { id: spare.id });
      expect(removed?.ok).toBe(allowed);
      expect(!!(await nameOf(spare.id))).toBe(!allowed);
      const newUser = await createUser(null, { username: `u_${role}`, displayName: "新人", role: "village_cadre", orgUnitId: other().id, departmentId: "", password: "abc12345x" });
      expect(newUser?.ok).toBe(allowed);
      expect((await createDepartment(null, { districtId: tree.district.id, name: `部门_${role}` }))?.ok).toBe(allowed);
      const [found] = await t.db.select().from(departments).where(eq(departments.name, `部门_${role}`));
      expect(!!found).toBe(allowed);
    });
  }

  it("refuses every action without a session and says so", async () => {
    await signInAs(t.db, null);
    expect(await editOrgUnit(null, { id: own().id, name: "无名村", divisionCode: own().divisionCode })).toEqual({ ok: false, message: "登录已失效，请重新登录。" });
  });

  it("does not let an admin disable their own account", async () => {
    await signInAs(t.db, accounts.admin);
    expect(await setUserActive(null, { id: accounts.admin.id, isActive: "false" })).toMatchObject({ ok: false });
    const [me] = await t.db.select().from(users).where(eq(users.id, accounts.admin.id));
    expect(me.isActive).toBe(true);
  });
});

describe("org-unit import route, each role", () => {
  async function listFile(): Promise<Request> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("组织");
    ws.addRow(["代码", "名称", "上级代码", "层级"]);
    ws.addRow([`${tree.towns[0].divisionCode.slice(0, 9)}280`, "导入村", tree.towns[0].divisionCode, "村"]);
    const form = new FormData();
    form.set("file", new File([await wb.xlsx.writeBuffer()], "组织.xlsx"));
    return new Request("http://localhost/api/org-units/import", { method: "POST", body: form });
  }
  for (const role of ROLES) {
    it(`${role} ${role === "admin" ? "imports" : "is refused with 403"}`, async () => {
      await signInAs(t.db, accounts[role]);
      const response = await importOrgUnits(await listFile());
      expect(response.status).toBe(role === "admin" ? 200 : 403);
      if (role !== "admin") expect((await response.json()).error.message).toBe("您无权执行此操作。");
    });
  }
  it("answers 401 without a session", async () => {
    cookieJar.clear();
    expect((await importOrgUnits(await listFile())).status).toBe(401);
  });
});

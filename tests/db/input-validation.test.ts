import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { auditLog, departments, orgUnits, users } from "@/db/schema";
import { seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { createDepartment, editDepartment } from "@/app/(app)/admin/departments/actions";
import { createUser, editUser } from "@/app/(app)/admin/users/actions";
import { createOrgUnit, editOrgUnit } from "@/app/(app)/org-units/actions";

const t = useTestDb();
let tree: OrgTree;

async function rowCounts() {
  const [[a], [b], [c], [d]] = await Promise.all([
    t.db.select({ n: count() }).from(orgUnits),
    t.db.select({ n: count() }).from(users),
    t.db.select({ n: count() }).from(departments),
    t.db.select({ n: count() }).from(auditLog),
  ]);
  return [a.n, b.n, c.n, d.n];
}

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  await signInAs(t.db, await seedUser(t.db, { role: "admin", orgUnit: tree.city }));
});

const unknownId = "00000000-0000-4000-8000-000000000000";
const long = "长".repeat(300);

describe("every admin form refuses bad input with a Chinese message and changes nothing", () => {
  const cases: [string, () => Promise<unknown>, Record<string, string[]> | string][] = [
    ["an org unit with an empty name", () => createOrgUnit(null, { parentId: "", level: "city", name: "  ", divisionCode: "110100000000" }), { name: ["必填"] }],
    ["an org unit with an over-long name", () => createOrgUnit(null, { parentId: "", level: "city", name: long, divisionCode: "110100000000" }), { name: ["不能超过 60 个字符"] }],
    ["an org unit with a letter in its code", () => createOrgUnit(null, { parentId: "", level: "city", name: "甲市", divisionCode: "11010000000A" }), { divisionCode: ["区划代码应为 12 位数字"] }],
    ["an org unit with an unknown level", () => createOrgUnit(null, { parentId: "", level: "province", name: "甲省", divisionCode: "110000000000" }), { level: ["请从列表中选择"] }],
    ["an org unit under an unknown parent", () => createOrgUnit(null, { parentId: unknownId, level: "town", name: "甲镇", divisionCode: "110101001000" }), "要操作的对象不存在或您无权访问。"],
    ["an org unit with a malformed parent id", () => createOrgUnit(null, { parentId: "../etc", level: "town", name: "甲镇", divisionCode: "110101001000" }), { parentId: ["请选择有效的选项"] }],
    ["a rename of an unknown unit", () => editOrgUnit(null, { id: unknownId, name: "乙村", divisionCode: "110101001001" }), "要操作的对象不存在或您无权访问。"],
    ["a user with a bad username and weak password", () => createUser(null, { username: "a b", displayName: "张三", role: "village_cadre", orgUnitId: tree.villages[0][0].id, departmentId: "", password: "123" }), { username: ["用户名为 3–32 位字母、数字、下划线或点"], password: ["密码至少 8 位，须同时包含字母和数字"] }],
    ["a user with a number for a name", () => createUser(null, { username: "zhangsan", displayName: 42, role: "village_cadre", orgUnitId: tree.villages[0][0].id, departmentId: "", password: "abc12345" }), { displayName: ["格式不正确"] }],
    ["a user in an unknown org unit", () => createUser(null, { username: "zhangsan", displayName: "张三", role: "village_cadre", orgUnitId: unknownId, departmentId: "", password: "abc12345" }), "要操作的对象不存在或您无权访问。"],
    ["a cadre attached to a town", () => createUser(null, { username: "zhangsan", displayName: "张三", role: "village_cadre", orgUnitId: tree.towns[0].id, departmentId: "", password: "abc12345" }), "输入有误，请按提示修改。"],
    ["department staff without a department", () => createUser(null, { username: "zhangsan", displayName: "张三", role: "department_staff", orgUnitId: tree.district.id, departmentId: "", password: "abc12345" }), { departmentId: ["部门人员必须选择部门"] }],
    ["an edit of an unknown user", () => editUser(null, { id: unknownId, displayName: "张三", role: "village_cadre", orgUnitId: tree.villages[0][0].id, departmentId: "" }), "要操作的对象不存在或您无权访问。"],
    ["a department with an empty name", () => createDepartment(null, { districtId: tree.district.id, name: "" }), { name: ["必填"] }],
    ["a department in a village", () => createDepartment(null, { districtId: tree.villages[0][0].id, name: "区民政局" }), "要操作的对象不存在或您无权访问。"],
    ["a rename of an unknown department", () => editDepartment(null, { id: unknownId, name: "区卫健委" }), "要操作的对象不存在或您无权访问。"],
  ];
  for (const [what, call, expected] of cases) {
    it(`refuses ${what}`, async () => {
      const before = await rowCounts();
      const result = await call();
      if (typeof expected === "string") expect(result).toMatchObject({ ok: false, message: expected });
      else expect(result).toMatchObject({ ok: false, message: "输入有误，请按提示修改。", fieldErrors: expected });
      expect(await rowCounts()).toEqual(before);
    });
  }

  it("refuses a duplicate division code and names it", async () => {
    const result = await createOrgUnit(null, { parentId: tree.towns[0].id, level: "village", name: "重复村", divisionCode: tree.villages[0][0].divisionCode });
    expect(result).toMatchObject({ ok: false, message: `“${tree.villages[0][0].divisionCode}”已存在。` });
  });

  it("keeps what the user typed, but never the password, after an error", async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries({ username: "a b", displayName: "张三", role: "village_cadre", orgUnitId: tree.villages[0][0].id, departmentId: "", password: "123" })) form.set(k, v);
    const result = await createUser(null, form);
    expect(result).toMatchObject({ ok: false, values: { username: "a b", displayName: "张三" } });
    expect((result as { values: Record<string, string> }).values.password).toBeUndefined();
  });
});

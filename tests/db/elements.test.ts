import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import type { Role } from "@/lib/auth/roles";
import { listFormFields } from "@/db/queries/forms";
import { rematchDistrict } from "@/db/queries/matching";
import { auditLog, elements, matchDecisions, type Form, type FormField, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { confirmPair, mergeElements, moveField, rejectPair, renameElement, rerunAnalysis, splitField } from "@/app/(app)/elements/actions";
import ElementPage from "@/app/(app)/elements/[id]/page";

const t = useTestDb();
let tree: OrgTree;
let otherTree: OrgTree;
let a: Form;
let b: Form;
const users = {} as Record<Role | "foreign_official", User>;
const field = async (form: Form, label: string): Promise<FormField> => (await listFormFields(t.db, { formId: form.id })).find((f) => f.label === label)!;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  otherTree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  const mz = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  const wj = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  a = await seedForm(t.db, { district: tree.district, department: mz, title: "甲表", fields: [{ label: "姓名" }, { label: "身份证号", type: "idcard" }, { label: "联系电话", type: "phone" }, { label: "家庭人口数", type: "integer", unit: "人" }] });
  b = await seedForm(t.db, { district: tree.district, department: wj, title: "乙表", fields: [{ label: "姓 名" }, { label: "公民身份号码", type: "idcard" }, { label: "手机号码", type: "phone" }, { label: "户籍人口", type: "integer", unit: "人" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  users.admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  users.district_official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  users.department_staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: mz });
  users.town_official = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  users.village_cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
  users.foreign_official = await seedUser(t.db, { role: "district_official", orgUnit: otherTree.district });
});

describe("element review actions", () => {
  it("refuse everyone but the district's officials and admins, and change nothing", async () => {
    const phone = await field(a, "联系电话");
    const mobile = await field(b, "手机号码");
    for (const who of ["department_staff", "town_official", "village_cadre", "foreign_official"] as const) {
      await signInAs(t.db, users[who]);
      expect(await rejectPair(null, { fieldA: phone.id, fieldB: mobile.id })).toMatchObject({ ok: false });
      expect(await renameElement(null, { id: phone.elementId!, name: "改不了" })).toMatchObject({ ok: false });
      expect(await outcomeOf(() => ElementPage({ params: Promise.resolve({ id: phone.elementId! }) }))).toBe("notFound");
    }
    const [{ n }] = await t.db.select({ n: count() }).from(matchDecisions);
    expect(n).toBe(0);
  });

  it("confirm one pair and reject another; re-running the analysis keeps both decisions", async () => {
    await signInAs(t.db, users.district_official);
    const household = await field(a, "家庭人口数");
    const registered = await field(b, "户籍人口");
    const phone = await field(a, "联系电话");
    const mobile = await field(b, "手机号码");
    expect(await confirmPair(null, { fieldA: household.id, fieldB: registered.id })).toMatchObject({ ok: true });
    expect(await rejectPair(null, { fieldA: phone.id, fieldB: mobile.id })).toMatchObject({ ok: true });
    for (let run = 0; run < 2; run++) {
      expect(await rerunAnalysis(null, { districtId: tree.district.id })).toMatchObject({ ok: true });
      expect((await field(a, "家庭人口数")).elementId).toBe((await field(b, "户籍人口")).elementId);
      expect((await field(a, "联系电话")).elementId).not.toBe((await field(b, "手机号码")).elementId);
    }
    const audited = await t.db.select().from(auditLog).where(eq(auditLog.entity, "match_decision"));
    expect(audited.map((e) => e.action).sort()).toEqual(["confirm", "reject"]);
  });

  it("move, split, merge and rename, each kept by later analyses", async () => {
    await signInAs(t.db, users.admin);
    const name = await field(b, "姓 名");
    const target = (await field(a, "身份证号")).elementId!;
    expect(await moveField(null, { fieldId: name.id, elementId: target })).toMatchObject({ ok: true });
    expect((await field(b, "姓 名")).elementId).toBe(target);
    expect(await splitField(null, { fieldId: name.id })).toMatchObject({ ok: true });
    const split = (await field(b, "姓 名")).elementId!;
    expect(split).not.toBe(target);
    expect(await mergeElements(null, { sourceId: split, targetId: (await field(a, "姓名")).elementId! })).toMatchObject({ ok: true });
    expect((await field(b, "姓 名")).elementId).toBe((await field(a, "姓名")).elementId);
    expect(await renameElement(null, { id: (await field(a, "姓名")).elementId!, name: "居民姓名" })).toMatchObject({ ok: true });
    await rerunAnalysis(null, { districtId: tree.district.id });
    const [renamed] = await t.db.select().from(elements).where(eq(elements.id, (await field(a, "姓名")).elementId!));
    expect(renamed.name).toBe("居民姓名");
    expect((await field(b, "姓 名")).elementId).toBe(renamed.id);
  });

  it("refuses to merge an element into itself or into another district's element", async () => {
    await signInAs(t.db, users.district_official);
    const id = (await field(a, "姓名")).elementId!;
    expect(await mergeElements(null, { sourceId: id, targetId: id })).toMatchObject({ ok: false, fieldErrors: { targetId: ["同一数据元不能与自身合并"] } });
    const foreignDept = await seedDepartment(t.db, { district: otherTree.district });
    const foreign = await seedForm(t.db, { district: otherTree.district, department: foreignDept, title: "外区表", fields: [{ label: "姓名" }] });
    await rematchDistrict(t.db, { districtId: otherTree.district.id, actor: { userId: null } });
    const foreignElement = (await field(foreign, "姓名")).elementId!;
    expect(await mergeElements(null, { sourceId: id, targetId: foreignElement })).toMatchObject({ ok: false, message: "要操作的对象不存在或您无权访问。" });
  });
});

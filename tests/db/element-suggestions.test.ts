import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { listReviewQueue } from "@/db/queries/elements";
import { listFormFields } from "@/db/queries/forms";
import { rematchDistrict } from "@/db/queries/matching";
import { matchDecisions, type Form, type FormField, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { confirmPair } from "@/app/(app)/elements/actions";

const t = useTestDb();
let tree: OrgTree;
let rosters: Form[];
let visits: Form;
let official: User;
const fieldOf = async (form: Form, label: string, group?: string): Promise<FormField> =>
  (await listFormFields(t.db, { formId: form.id })).find((f) => f.label === label && (!group || f.path[0] === group))!;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  const mz = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  const xf = await seedDepartment(t.db, { district: tree.district, name: "区信访局" });
  rosters = [];
  for (const title of ["甲花名册", "乙花名册", "丙花名册"]) {
    rosters.push(await seedForm(t.db, { district: tree.district, department: mz, title, fields: [{ label: "姓名" }, { label: "性别" }, { label: "身份证号码", type: "idcard" }, { label: "联系电话", type: "phone" }] }));
  }
  visits = await seedForm(t.db, {
    district: tree.district,
    department: xf,
    title: "接访登记表",
    fields: [{ label: "接访领导" }, { label: "姓名", path: ["来访人信息", "姓名"] }, { label: "身份证号码", path: ["来访人信息", "身份证号码"], type: "idcard" }, { label: "联系电话", path: ["来访人信息", "联系电话"], type: "phone" }, { label: "来访事由" }],
  });
  // Two patrol logs whose routes read close but not the same (a replaced word): a merge suggestion.
  await seedForm(t.db, { district: tree.district, department: mz, title: "丁巡查台账", fields: [{ label: "巡查路段" }] });
  await seedForm(t.db, { district: tree.district, department: mz, title: "戊巡查台账", fields: [{ label: "巡查路线" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
});

describe("数据元 review queue: group suggestions", () => {
  it("lists the visitor's name, ID and phone as one suggestion with its reason and the elements it would join", async () => {
    const queue = await listReviewQueue(t.db, { districtId: tree.district.id });
    const group = queue.find((q) => q.pairs === 3);
    expect(group).toBeDefined();
    expect(group!.reason).toContain("来访人");
    expect(group!.a.formTitle).toBe("接访登记表");
    expect(group!.elementB?.fieldCount).toBe(3);
  });

  it("asks the same suggestions again after a re-analysis, when every element is already in the catalog", async () => {
    const before = (await listReviewQueue(t.db, { districtId: tree.district.id })).map((q) => `${q.a.fieldId}|${q.b.fieldId}|${q.reason}`);
    expect(before.length).toBeGreaterThan(1);
    await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
    const after = (await listReviewQueue(t.db, { districtId: tree.district.id })).map((q) => `${q.a.fieldId}|${q.b.fieldId}|${q.reason}`);
    expect(after).toEqual(before);
  });

  it("filters the queue by a form title or a field label", async () => {
    const all = await listReviewQueue(t.db, { districtId: tree.district.id });
    const visitsOnly = await listReviewQueue(t.db, { districtId: tree.district.id, text: "接访" });
    expect(visitsOnly.length).toBeGreaterThan(0);
    for (const q of visitsOnly) expect([q.a.formTitle, q.b.formTitle]).toContain("接访登记表");
    expect(visitsOnly.length).toBeLessThanOrEqual(all.length);
    expect(await listReviewQueue(t.db, { districtId: tree.district.id, text: "没有这张表" })).toEqual([]);
  });

  it("confirming it once records a decision per pair, merges all three, and the merge survives re-analysis", async () => {
    await signInAs(t.db, official);
    const group = (await listReviewQueue(t.db, { districtId: tree.district.id })).find((q) => q.pairs === 3)!;
    expect(await confirmPair(null, { fieldA: group.a.fieldId, fieldB: group.b.fieldId })).toMatchObject({ ok: true });
    const decisions = await t.db.select().from(matchDecisions).where(eq(matchDecisions.districtId, tree.district.id));
    expect(decisions.filter((d) => d.kind === "confirm")).toHaveLength(3);
    for (let run = 0; run < 2; run++) {
      for (const [label, group] of [["姓名", "来访人信息"], ["身份证号码", "来访人信息"], ["联系电话", "来访人信息"]] as const) {
        const visitor = await fieldOf(visits, label, group);
        const own = await fieldOf(rosters[1], label);
        expect(visitor.elementId).toBe(own.elementId);
      }
      expect((await fieldOf(visits, "接访领导")).elementId).not.toBe((await fieldOf(rosters[0], "姓名")).elementId);
      expect((await listReviewQueue(t.db, { districtId: tree.district.id })).some((q) => q.pairs > 1)).toBe(false);
      await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
    }
  });
});

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/helpers/test-db";
import { auditLog, formFields, forms, type Form } from "../schema";
import { seedDepartment, seedForm, seedOrgTree, type OrgTree } from "../seed/factories";
import { rematchDistrict } from "./matching";
import { decideRetirement, revertRetirementDecision, runRetirementAnalysis } from "./retirement";
import { getRetirementSummary, listRetirementHistory, listRetirementQueue } from "./retirement-reads";

const t = useTestDb();
const actor = { userId: null };
let tree: OrgTree;
let dibao: Form; // 区民政局, monthly: 姓名 公民身份号码 联系电话 家庭住址
let doctor: Form; // 区卫健委, monthly: adds 签约日期
let disabled: Form; // 区残联, quarterly: a subset of 低保 → full
let visits: Form; // 区乡村振兴局, quarterly: 低保 + 走访日期 → partial 0.8
let copy: Form; // 区乡村振兴局, monthly: the same four items as 低保 → exact duplicate across departments
let farmland: Form; // 区农业农村局, annual: nothing in common

const statusOf = async (form: Form) => (await t.db.select({ status: forms.status }).from(forms).where(eq(forms.id, form.id)))[0].status;
const queue = () => listRetirementQueue(t.db, { districtId: tree.district.id });
const pendingOf = async (form: Form) => (await queue()).find((q) => q.review.formId === form.id);

beforeAll(async () => {
  tree = await seedOrgTree(t.db, { towns: 2, villages: 3 });
  const [minzheng, weijian, canlian, xczx, nongye] = await Promise.all(
    ["区民政局", "区卫健委", "区残联", "区乡村振兴局", "区农业农村局"].map((name) => seedDepartment(t.db, { district: tree.district, name })),
  );
  const person = [{ label: "姓名" }, { label: "公民身份号码", type: "idcard" as const }, { label: "联系电话", type: "phone" as const }];
  dibao = await seedForm(t.db, { district: tree.district, department: minzheng, title: "低保对象花名册", fields: [...person, { label: "家庭住址" }, { label: "备注" }] });
  doctor = await seedForm(t.db, { district: tree.district, department: weijian, title: "家庭医生签约花名册", fields: [...person, { label: "签约日期", type: "date" }] });
  disabled = await seedForm(t.db, { district: tree.district, department: canlian, title: "残疾人信息登记表", frequency: "quarterly", fields: [...person, { label: "备注" }] });
  visits = await seedForm(t.db, { district: tree.district, department: xczx, title: "低保户走访表", frequency: "quarterly", fields: [...person, { label: "家庭住址" }, { label: "走访日期", type: "date" }] });
  copy = await seedForm(t.db, { district: tree.district, department: xczx, title: "低保对象名单", fields: [...person, { label: "家庭住址" }] });
  farmland = await seedForm(t.db, { district: tree.district, department: nongye, title: "耕地情况年报", frequency: "annual", kind: "aggregate", fields: [{ label: "耕地面积", type: "decimal", unit: "亩" }, { label: "养殖户数", type: "integer", unit: "户" }] });
  await seedForm(t.db, { district: tree.district, department: nongye, title: "草稿表", status: "draft", fields: person });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor });
});

describe("runRetirementAnalysis", () => {
  it("stores full and partial candidates of the district's active forms with evidence, duplicates and load", async () => {
    const stats = await runRetirementAnalysis(t.db, { districtId: tree.district.id, actor });
    expect(stats).toMatchObject({ candidates: 4, full: 3, partial: 1 });
    const items = await queue();
    const byForm = new Map(items.map((i) => [i.review.formId, i.review]));
    expect([...byForm.keys()].sort()).toEqual([dibao.id, disabled.id, visits.id, copy.id].sort());
    expect(byForm.has(farmland.id)).toBe(false);

    const c = byForm.get(disabled.id)!;
    expect(c.level).toBe("full");
    expect(c.coverage).toBe(1);
    expect(c.analysis.coveredBy.map((x) => x.title)).toEqual(expect.arrayContaining(["低保对象花名册", "家庭医生签约花名册"]));
    expect(c.analysis.evidence).toHaveLength(3);
    expect(c.analysis.evidence.every((e) => e.coveredBy.length >= 2)).toBe(true);
    // 3 covered fields × 4 quarters; the district has 6 villages.
    expect(c.analysis.entriesPerVillage).toBe(12);
    expect(c.analysis.villages).toBe(6);
    expect(c.loadRemoved).toBe(72);

    const v = byForm.get(visits.id)!;
    expect(v.level).toBe("partial");
    expect(v.coverage).toBe(0.8);
    expect(v.analysis.uncovered.map((u) => u.label)).toEqual(["走访日期"]);

    const dup = byForm.get(copy.id)!.analysis.duplicates.find((d) => d.formId === dibao.id)!;
    expect(dup).toMatchObject({ kind: "exact", isOtherDepartment: true, title: "低保对象花名册" });
    expect(byForm.get(copy.id)!.analysis.reasons.join()).toContain("完全重复");
    expect(byForm.get(copy.id)!.analysis.reasons.join()).toContain("「低保对象花名册」");
  });

  it("recommends keeping one of two forms that cover each other, and ranks safe retirements by load", async () => {
    const items = await queue();
    const rec = new Map(items.map((i) => [i.review.formId, i.review.analysis.recommendation]));
    expect([rec.get(dibao.id), rec.get(copy.id)].sort()).toEqual(["keep", "retire"]);
    expect(items.at(-1)!.review.analysis.recommendation).toBe("keep");
    const retire = items.filter((i) => i.review.analysis.recommendation === "retire").map((i) => i.review.loadRemoved);
    expect(retire).toEqual([...retire].sort((a, b) => b - a));
  });

  it("keeps review ids stable when run again", async () => {
    const before = (await pendingOf(disabled))!.review.id;
    await runRetirementAnalysis(t.db, { districtId: tree.district.id, actor });
    expect((await pendingOf(disabled))!.review.id).toBe(before);
  });
});

describe("decideRetirement and revertRetirementDecision", () => {
  it("retires a form in the same transaction as the audited decision", async () => {
    const review = (await pendingOf(disabled))!.review;
    const decided = await decideRetirement(t.db, { reviewId: review.id, decision: "retire", actor });
    expect(decided).toMatchObject({ decision: "retire", revertedAt: null });
    expect(await statusOf(disabled)).toBe("retired");
    expect(await pendingOf(disabled)).toBeUndefined();
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "retirement_review"), eq(auditLog.entityId, review.id), eq(auditLog.action, "retire")));
    expect(audit.before).toMatchObject({ formStatus: "active" });
    expect(audit.after).toMatchObject({ formStatus: "retired", decision: "retire" });
    expect(audit.districtId).toBe(tree.district.id);
  });

  it("refuses a second decision on the same review", async () => {
    const [done] = await listRetirementHistory(t.db, { districtId: tree.district.id });
    await expect(decideRetirement(t.db, { reviewId: done.review.id, decision: "keep", reason: "再议", actor })).rejects.toMatchObject({ code: "conflict" });
  });

  it("keeps a form active and does not propose it again until its fields change", async () => {
    const review = (await pendingOf(visits))!.review;
    await decideRetirement(t.db, { reviewId: review.id, decision: "keep", reason: "走访日期为乡村振兴局专有", actor });
    expect(await statusOf(visits)).toBe("active");
    await runRetirementAnalysis(t.db, { districtId: tree.district.id, actor });
    expect(await pendingOf(visits)).toBeUndefined();
    // The department drops 走访日期: the form's fields changed, so it is proposed again (now fully covered).
    await t.db.update(formFields).set({ excluded: true }).where(and(eq(formFields.formId, visits.id), eq(formFields.label, "走访日期")));
    await runRetirementAnalysis(t.db, { districtId: tree.district.id, actor });
    expect((await pendingOf(visits))?.review).toMatchObject({ level: "full", coverage: 1 });
  });

  it("merges an exact duplicate into the other form; the other is then no longer covered", async () => {
    const review = (await pendingOf(copy))!.review;
    const decided = await decideRetirement(t.db, { reviewId: review.id, decision: "merge", mergedIntoFormId: dibao.id, reason: "与民政局花名册完全相同", actor });
    expect(decided.mergedIntoFormId).toBe(dibao.id);
    expect(await statusOf(copy)).toBe("retired");
    // 家庭住址 is now collected monthly only by 低保对象花名册: retiring it would lose the datum.
    expect(await pendingOf(dibao)).toBeUndefined();
  });

  it("refuses to merge into a retired form or into itself", async () => {
    const review = (await pendingOf(visits))!.review;
    await expect(decideRetirement(t.db, { reviewId: review.id, decision: "merge", mergedIntoFormId: copy.id, reason: "x", actor })).rejects.toMatchObject({ code: "notFound" });
    await expect(decideRetirement(t.db, { reviewId: review.id, decision: "merge", mergedIntoFormId: visits.id, reason: "x", actor })).rejects.toMatchObject({ code: "notFound" });
    expect(await statusOf(visits)).toBe("active");
  });

  it("reverts a merge: the form is active again, the record stays, and the queue comes back", async () => {
    const merged = (await listRetirementHistory(t.db, { districtId: tree.district.id })).find((h) => h.review.formId === copy.id)!;
    const reverted = await revertRetirementDecision(t.db, { reviewId: merged.review.id, actor });
    expect(reverted.revertedAt).toBeInstanceOf(Date);
    expect(await statusOf(copy)).toBe("active");
    expect(await pendingOf(dibao)).toBeDefined();
    expect(await pendingOf(copy)).toBeDefined();
    await expect(revertRetirementDecision(t.db, { reviewId: merged.review.id, actor })).rejects.toMatchObject({ code: "conflict" });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, merged.review.id), eq(auditLog.action, "revert")));
    expect(audit.after).toMatchObject({ reverted: true, formStatus: "active" });
  });

  it("reverts a keep: the form is proposed again", async () => {
    const kept = (await listRetirementHistory(t.db, { districtId: tree.district.id })).find((h) => h.review.decision === "keep")!;
    await revertRetirementDecision(t.db, { reviewId: kept.review.id, actor });
    expect(await statusOf(visits)).toBe("active");
    expect(await pendingOf(visits)).toBeDefined();
  });

  it("sums up the district: forms registered, retired, kept, merged and entries removed per village", async () => {
    const summary = await getRetirementSummary(t.db, { districtId: tree.district.id, villages: 6 });
    expect(summary).toMatchObject({ registered: 6, retired: 1, retiredByDecision: 1, kept: 0, merged: 0, entriesRemovedPerVillage: 12, entriesRemovedTotal: 72 });
    expect(summary.byDepartment.find((d) => d.department === "区残联")).toMatchObject({ registered: 1, retired: 1, entriesRemovedPerVillage: 12 });
  });
});

describe("concurrent decisions in one district", () => {
  it("take turns instead of deadlocking on each other's pending rows", async () => {
    await runRetirementAnalysis(t.db, { districtId: tree.district.id, actor });
    const [a, b] = [(await pendingOf(copy))!.review, (await pendingOf(visits))!.review];
    const outcomes = await Promise.allSettled([
      decideRetirement(t.db, { reviewId: a.id, decision: "keep", reason: "残联专项", actor }),
      decideRetirement(t.db, { reviewId: b.id, decision: "keep", reason: "走访专用", actor }),
      runRetirementAnalysis(t.db, { districtId: tree.district.id, actor }),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(["fulfilled", "fulfilled", "fulfilled"]);
    expect(await pendingOf(copy)).toBeUndefined();
    expect(await pendingOf(visits)).toBeUndefined();
  });
});

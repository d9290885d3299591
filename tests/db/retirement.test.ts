import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { cookieJar, outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import type { Role } from "@/lib/auth/roles";
import { rematchDistrict } from "@/db/queries/matching";
import { runRetirementAnalysis } from "@/db/queries/retirement";
import { listRetirementQueue } from "@/db/queries/retirement-reads";
import { auditLog, forms, type Form, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { analyzeRetirement, decide, revert } from "@/app/(app)/retirement/actions";
import RetirementReviewPage from "@/app/(app)/retirement/[id]/page";
import RetirementHistoryPage from "@/app/(app)/retirement/history/page";
import RetirementQueuePage from "@/app/(app)/retirement/page";
import RetirementSummaryPage from "@/app/(app)/retirement/summary/page";
import { GET as exportRetirement } from "@/app/api/retirement/export/route";

const t = useTestDb();
let tree: OrgTree;
let otherTree: OrgTree;
let covered: Form;
let duplicate: Form;
const accounts = {} as Record<Role, User>;
let otherOfficial: User;
const ROLES: Role[] = ["admin", "district_official", "department_staff", "town_official", "village_cadre"];

const statusOf = async (form: Form) => (await t.db.select({ status: forms.status }).from(forms).where(eq(forms.id, form.id)))[0].status;
const reviewOf = async (form: Form) => (await listRetirementQueue(t.db, { districtId: tree.district.id })).find((q) => q.review.formId === form.id)!.review;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  otherTree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  const [minzheng, canlian, xczx] = await Promise.all(["区民政局", "区残联", "区乡村振兴局"].map((name) => seedDepartment(t.db, { district: tree.district, name })));
  const person = [{ label: "姓名" }, { label: "公民身份号码", type: "idcard" as const }, { label: "联系电话", type: "phone" as const }];
  await seedForm(t.db, { district: tree.district, department: minzheng, title: "低保对象花名册", fields: [...person, { label: "家庭住址" }] });
  covered = await seedForm(t.db, { district: tree.district, department: canlian, title: "残疾人信息登记表", frequency: "quarterly", fields: person });
  duplicate = await seedForm(t.db, { district: tree.district, department: xczx, title: "低保对象名单", frequency: "quarterly", fields: [...person, { label: "家庭住址" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  await runRetirementAnalysis(t.db, { districtId: tree.district.id, actor: { userId: null } });

  accounts.admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  accounts.district_official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  accounts.department_staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: canlian });
  accounts.town_official = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  accounts.village_cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
  otherOfficial = await seedUser(t.db, { role: "district_official", orgUnit: otherTree.district });
});

describe("retirement pages, each role", () => {
  for (const role of ROLES) {
    const expected = role === "district_official" ? "rendered" : "notFound";
    it(`${role}: queue, detail, summary and history ${expected}`, async () => {
      await signInAs(t.db, accounts[role]);
      const review = await reviewOf(covered);
      expect(await outcomeOf(() => RetirementQueuePage())).toBe(expected);
      expect(await outcomeOf(() => RetirementReviewPage({ params: Promise.resolve({ id: review.id }) }))).toBe(expected);
      expect(await outcomeOf(() => RetirementSummaryPage())).toBe(expected);
      expect(await outcomeOf(() => RetirementHistoryPage())).toBe(expected);
    });
  }

  it("shows another district's review as missing to a district official", async () => {
    await signInAs(t.db, otherOfficial);
    const review = await reviewOf(covered);
    expect(await outcomeOf(() => RetirementQueuePage())).toBe("rendered");
    expect(await outcomeOf(() => RetirementReviewPage({ params: Promise.resolve({ id: review.id }) }))).toBe("notFound");
    expect(await outcomeOf(() => RetirementReviewPage({ params: Promise.resolve({ id: "not-a-uuid" }) }))).toBe("notFound");
  });

  it("sends a visitor without a session to the login page", async () => {
    await signInAs(t.db, null);
    expect(await outcomeOf(() => RetirementQueuePage())).toBe("redirect");
  });
});

describe("retirement actions", () => {
  for (const role of ROLES.filter((r) => r !== "district_official")) {
    it(`refuses ${role}: nothing is decided, analysed or retired`, async () => {
      await signInAs(t.db, accounts[role]);
      const review = await reviewOf(covered);
      expect(await decide(null, { reviewId: review.id, decision: "retire" })).toMatchObject({ ok: false, message: "您无权执行此操作。" });
      expect(await analyzeRetirement(null, { districtId: tree.district.id })).toMatchObject({ ok: false });
      expect(await statusOf(covered)).toBe("active");
    });
  }

  it("refuses a district official of another district", async () => {
    await signInAs(t.db, otherOfficial);
    const review = await reviewOf(covered);
    expect(await decide(null, { reviewId: review.id, decision: "retire" })).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await analyzeRetirement(null, { districtId: tree.district.id })).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await statusOf(covered)).toBe("active");
  });

  it("asks for a reason to keep or merge, in Chinese", async () => {
    await signInAs(t.db, accounts.district_official);
    const review = await reviewOf(duplicate);
    const kept = await decide(null, { reviewId: review.id, decision: "keep", reason: " " });
    expect(kept).toMatchObject({ ok: false, fieldErrors: { reason: ["保留或并入时请填写理由"] } });
    const merged = await decide(null, { reviewId: review.id, decision: "merge", reason: "重复" });
    expect(merged).toMatchObject({ ok: false, fieldErrors: { mergedIntoFormId: ["请选择要并入的报表"] } });
    expect(await statusOf(duplicate)).toBe("active");
  });

  it("lets the district official retire a form and undo it, each step audited under their name", async () => {
    const official = accounts.district_official;
    await signInAs(t.db, official);
    const review = await reviewOf(covered);
    expect(await decide(null, { reviewId: review.id, decision: "retire", reason: "=由民政花名册覆盖" })).toMatchObject({ ok: true, data: { decision: "retire" } });
    expect(await statusOf(covered)).toBe("retired");
    expect(await decide(null, { reviewId: review.id, decision: "retire" })).toMatchObject({ ok: false, message: "数据已被他人修改，请刷新后重试。" });

    expect(await revert(null, { reviewId: review.id })).toMatchObject({ ok: true });
    expect(await statusOf(covered)).toBe("active");
    const rows = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "retirement_review"), eq(auditLog.entityId, review.id)));
    expect(rows.map((r) => [r.action, r.userId])).toEqual(expect.arrayContaining([["retire", official.id], ["revert", official.id]]));
  });

  it("runs the analysis for the official's district", async () => {
    await signInAs(t.db, accounts.district_official);
    const result = await analyzeRetirement(null, { districtId: tree.district.id });
    expect(result).toMatchObject({ ok: true, data: { candidates: expect.any(Number) } });
    expect((await listRetirementQueue(t.db, { districtId: tree.district.id })).map((q) => q.review.formId)).toContain(covered.id);
  });
});

describe("清退清单 export route", () => {
  for (const role of ROLES.filter((r) => r !== "district_official")) {
    it(`answers 403 to ${role}`, async () => {
      await signInAs(t.db, accounts[role]);
      expect((await exportRetirement()).status).toBe(403);
    });
  }

  it("answers 401 without a session", async () => {
    cookieJar.clear();
    expect((await exportRetirement()).status).toBe(401);
  });

  it("lists the decisions in force with coverage, covering forms, entries removed, reason, who and when; typed text stays text", async () => {
    await signInAs(t.db, accounts.district_official);
    const review = await reviewOf(covered);
    await decide(null, { reviewId: review.id, decision: "retire", reason: "=HYPERLINK(\"http://example.invalid\")" });
    const response = await exportRetirement();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    expect(decodeURIComponent(response.headers.get("content-disposition")!)).toContain("清退清单-测试区");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await response.arrayBuffer());
    const sheet = wb.getWorksheet("清退清单")!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(["序号", "报表名称", "主管部门", "填报频次", "审核决定", "并入报表", "覆盖率", "覆盖来源", "每村每年减少填报（项次）", "理由", "决定人", "决定时间"]);
    const rows = [];
    for (let r = 2; r <= sheet.rowCount; r++) rows.push(sheet.getRow(r));
    const row = rows.find((x) => x.getCell(2).value === "残疾人信息登记表")!;
    expect(row.getCell(3).value).toBe("区残联");
    expect(row.getCell(4).value).toBe("季报");
    expect(row.getCell(5).value).toBe("清退");
    expect(row.getCell(7).value).toBe(1);
    expect(String(row.getCell(8).value)).toContain("低保对象花名册（区民政局）");
    // 3 items × 4 quarters per village.
    expect(row.getCell(9).value).toBe(12);
    expect(row.getCell(10).value).toBe("=HYPERLINK(\"http://example.invalid\")");
    expect(row.getCell(10).formula).toBeUndefined();
    expect(row.getCell(11).value).toBe(accounts.district_official.displayName);
    expect(row.getCell(12).value).toBeInstanceOf(Date);
    const summary = wb.getWorksheet("清退汇总")!;
    const figures = new Map<string, unknown>();
    summary.eachRow((r) => figures.set(String(r.getCell(1).value), r.getCell(2).value));
    expect(figures.get("已清退报表")).toBe(1);
    expect(figures.get("每村每年减少填报（项次）")).toBe(12);
    expect(figures.get("全区每年减少填报（项次）")).toBe(24);
  });
});

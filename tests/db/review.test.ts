import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { checkCharacter } from "@/lib/id-number/gb11643";
import type { OneFormView } from "@/lib/one-form";
import { auditLog, oneFormReviews, submissions, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { rematchDistrict } from "@/db/queries/matching";
import { getOneFormScope, loadOneForm, saveOneFormSection, type OneFormScope } from "@/db/queries/one-form";
import { decideReview, listReviews } from "@/db/queries/reviews";
import { getBurdenTotals, refreshBurden } from "@/db/queries/burden";
import { DEFAULT_MINUTES, returnLoad } from "@/lib/burden";
import { addResidentToRoster, saveSection, submitPeriod } from "@/app/(app)/one-form/actions";
import { reviewAsDistrict, reviewAsTown } from "@/app/(app)/review/actions";
import ReviewListPage from "@/app/(app)/review/page";
import ReviewPage from "@/app/(app)/review/[orgUnitId]/[period]/page";

const t = useTestDb();
let tree: OrgTree;
const u = {} as Record<"cadre" | "otherCadre" | "town" | "otherTown" | "district" | "staff", User>;
const PERIOD = "2026-10";
const own = () => tree.villages[0][0];
const sibling = () => tree.villages[0][1];
const other = () => tree.villages[1][0];
let scope: OneFormScope;

const LOCKED = "本期一表通已审核通过并锁定，不能再修改或重新提交；如需修改，请联系审核人解除锁定。";
const FORBIDDEN = "您无权执行此操作。";

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 2, villages: 2 });
  const tj = await seedDepartment(t.db, { district: tree.district, name: "区统计局" });
  const mz = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  await seedForm(t.db, { district: tree.district, department: tj, title: "人口月报", kind: "aggregate", fields: [{ label: "户籍人口", type: "integer", unit: "人" }, { label: "本月出生人数", type: "integer", unit: "人" }] });
  await seedForm(t.db, { district: tree.district, department: mz, title: "低保月报", kind: "aggregate", fields: [{ label: "低保户数", type: "integer", unit: "户" }] });
  await seedForm(t.db, { district: tree.district, department: mz, title: "低保名册", kind: "roster", fields: [{ label: "姓名" }, { label: "公民身份号码", type: "idcard" }, { label: "保障金额（元）", type: "decimal", unit: "元" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  u.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: own() });
  u.otherCadre = await seedUser(t.db, { role: "village_cadre", orgUnit: other() });
  u.town = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  u.otherTown = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[1] });
  u.district = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  u.staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: mz });
  scope = (await getOneFormScope(t.db, { orgUnitId: own().id }))!;
  // The district's rollup covers the period, so a village's submission or return refreshes its rows.
  await refreshBurden(t.db, { districtId: tree.district.id, from: "2026-10", to: "2026-10" });
});

const burdenOf = (path: string) => getBurdenTotals(t.db, { districtId: tree.district.id, path, from: "2026-10", to: "2026-10" });

const viewOf = async (): Promise<OneFormView> => (await loadOneForm(t.db, { scope, periodKey: PERIOD })).view;
const versionsOf = (view: OneFormView, section: string) => Object.fromEntries(view.sections.find((s) => s.key === section)!.elements.map((e) => [e.element.id, e.cell.version]));
const reviewRow = async () => (await t.db.select().from(oneFormReviews).where(and(eq(oneFormReviews.orgUnitId, own().id), eq(oneFormReviews.periodKey, PERIOD))))[0];
const submissionStatuses = async () => (await t.db.select({ status: submissions.status }).from(submissions).where(eq(submissions.orgUnitId, own().id))).map((r) => r.status).sort();
const step = (stepName: "approve" | "return" | "unlock", version: number, extra: { reason?: string; items?: { elementId: string; note: string }[] } = {}) => ({ orgUnitId: own().id, periodKey: PERIOD, step: stepName, version, ...extra });

/** The cadre fills every typed item of every section with `value` and saves. */
async function fillAll(value: string) {
  const view = await viewOf();
  for (const s of view.sections) {
    const typed = s.elements.filter((e) => !e.isDerived);
    const result = await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section: s.key, values: Object.fromEntries(typed.map((e) => [e.element.id, value])), versions: versionsOf(view, s.key), confirmed: typed.map((e) => e.element.id) });
    expect(result).toMatchObject({ ok: true, data: { status: "saved" } });
  }
}

describe("reviewing a village's one form", () => {
  it("takes a submission through return, resubmission, town approval, district approval and unlock, auditing every step", async () => {
    await signInAs(t.db, u.cadre);
    await fillAll("5");
    expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: true });
    let review = await reviewRow();
    expect(review).toMatchObject({ status: "submitted", rounds: 1, returnedCount: 0, townId: tree.towns[0].id, districtId: tree.district.id });
    expect(review.forms).toHaveLength(3);

    // The town sees its two villages (one not submitted), not the other town's.
    const list = await listReviews(t.db, { path: tree.towns[0].path, periodKey: PERIOD });
    expect(list.map((r) => [r.name, r.status, r.changedSinceSubmit])).toEqual([
      [own().name, "submitted", false],
      [sibling().name, null, false],
    ]);

    // A cadre cannot review, not even its own village.
    expect(await reviewAsTown(null, step("approve", review.version))).toMatchObject({ ok: false, message: FORBIDDEN });
    expect(await reviewAsDistrict(null, step("approve", review.version))).toMatchObject({ ok: false, message: FORBIDDEN });

    // Return with a reason for the form and one for an item.
    const view = await viewOf();
    const births = view.sections.flatMap((s) => s.elements).find((e) => e.element.name.includes("出生"))!;
    await signInAs(t.db, u.town);
    expect(await reviewAsTown(null, step("return", review.version))).toMatchObject({ ok: false, message: "退回时请填写退回原因（整表或至少一个数据项）。" });
    const returned = await reviewAsTown(null, step("return", review.version, { reason: "请核对人口数", items: [{ elementId: births.element.id, note: "本月出生人数偏多，请核实" }] }));
    expect(returned).toMatchObject({ ok: true, data: { status: "returned" } });
    review = await reviewRow();
    expect(review).toMatchObject({ status: "returned", returnedCount: 1, reason: "请核对人口数", itemNotes: [{ elementId: births.element.id, name: births.element.name, note: "本月出生人数偏多，请核实" }], returnedBy: u.town.id });
    expect(await submissionStatuses()).toEqual(["returned", "returned", "returned"]);
    // The return is load: each of its three forms is reported once more (the rollup was refreshed by the return).
    const [village, untouched, town] = await Promise.all([burdenOf(own().path), burdenOf(sibling().path), burdenOf(tree.towns[0].path)]);
    expect(village.reportsReturned).toBe(3);
    expect(village.minutesAfter - untouched.minutesAfter).toBeCloseTo(returnLoad(3, DEFAULT_MINUTES).minutesAfter, 5);
    expect(village.minutesBefore).toBe(untouched.minutesBefore);
    expect(town.reportsReturned).toBe(3);
    expect((await burdenOf(tree.district.path)).reportsReturned).toBe(3);
    // The same step again on a stale version is refused.
    expect(await reviewAsTown(null, step("approve", review.version - 1))).toMatchObject({ ok: false, message: "数据已被他人修改，请刷新后重试。" });
    expect(await reviewAsTown(null, step("approve", review.version))).toMatchObject({ ok: false, message: "当前审核状态下不能执行此操作，请刷新后查看最新状态。" });

    // Returned: editable again, then resubmitted (a second round).
    await signInAs(t.db, u.cadre);
    const section = view.sections.find((s) => s.elements.includes(births))!.key;
    const afterReturn = await viewOf();
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [births.element.id]: "2" }, versions: versionsOf(afterReturn, section), confirmed: [births.element.id] })).toMatchObject({ ok: true, data: { status: "saved" } });
    expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: true });
    review = await reviewRow();
    expect(review).toMatchObject({ status: "submitted", rounds: 2, returnedCount: 1 });
    expect(await submissionStatuses()).toEqual(["submitted", "submitted", "submitted"]);

    // Another town's official and department staff cannot review this village.
    for (const [user, message] of [
      [u.otherTown, FORBIDDEN],
      [u.staff, FORBIDDEN],
    ] as const) {
      await signInAs(t.db, user);
      expect(await reviewAsTown(null, step("approve", review.version))).toMatchObject({ ok: false, message });
      expect(await reviewAsDistrict(null, step("approve", review.version))).toMatchObject({ ok: false, message });
    }
    expect((await reviewRow()).status).toBe("submitted");

    // The district cannot approve before the town.
    await signInAs(t.db, u.district);
    expect(await reviewAsDistrict(null, step("approve", review.version))).toMatchObject({ ok: false, message: "当前审核状态下不能执行此操作，请刷新后查看最新状态。" });
    await signInAs(t.db, u.town);
    expect(await reviewAsTown(null, step("approve", review.version))).toMatchObject({ ok: true, data: { status: "town_approved" } });
    review = await reviewRow();
    expect(review).toMatchObject({ status: "town_approved", townApprovedBy: u.town.id, reason: null, itemNotes: [] });
    expect(await submissionStatuses()).toEqual(["approved", "approved", "approved"]);
    await signInAs(t.db, u.district);
    expect(await reviewAsDistrict(null, step("approve", review.version))).toMatchObject({ ok: true, data: { status: "district_approved" } });
    review = await reviewRow();
    // The town can no longer unlock what the district approved; the district unlocks back to the town's approval.
    await signInAs(t.db, u.town);
    expect(await reviewAsTown(null, step("unlock", review.version))).toMatchObject({ ok: false });
    await signInAs(t.db, u.district);
    expect(await reviewAsDistrict(null, step("unlock", review.version))).toMatchObject({ ok: true, data: { status: "town_approved" } });
    review = await reviewRow();
    await signInAs(t.db, u.town);
    expect(await reviewAsTown(null, step("unlock", review.version))).toMatchObject({ ok: true, data: { status: "submitted" } });
    expect(await submissionStatuses()).toEqual(["submitted", "submitted", "submitted"]);

    const audit = await t.db.select({ action: auditLog.action, userId: auditLog.userId }).from(auditLog).where(and(eq(auditLog.entity, "one_form_review"), eq(auditLog.entityId, own().id)));
    expect(audit.map((a) => a.action)).toEqual(["review.town.return", "review.town.approve", "review.district.approve", "review.district.unlock", "review.town.unlock"]);
    const submits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "one_form"), eq(auditLog.action, "submit"), eq(auditLog.entityId, own().id)));
    expect(submits).toHaveLength(2);
  });

  it("refuses saves, roster changes and resubmission of an approved one form on the server, until unlocked", async () => {
    let review = await reviewRow();
    await signInAs(t.db, u.town);
    expect(await reviewAsTown(null, step("approve", review.version))).toMatchObject({ ok: true, data: { status: "town_approved" } });
    review = await reviewRow();

    await signInAs(t.db, u.cadre);
    const view = await viewOf();
    const first = view.sections[0];
    const element = first.elements.find((e) => !e.isDerived)!;
    const before = element.cell.value;
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section: first.key, values: { [element.element.id]: "77" }, versions: versionsOf(view, first.key), confirmed: [element.element.id] })).toEqual({ ok: false, message: LOCKED, values: expect.any(Object) });
    // The query itself refuses too (not only the action), and nothing was written or audited.
    const audits = (await t.db.select().from(auditLog)).length;
    await expect(saveOneFormSection(t.db, { userId: u.cadre.id }, { scope, periodKey: PERIOD, section: first.key, values: { [element.element.id]: "78" }, versions: versionsOf(view, first.key), confirmed: [element.element.id] })).rejects.toMatchObject({ code: "locked" });
    expect((await t.db.select().from(auditLog)).length).toBe(audits);
    expect((await viewOf()).sections[0].elements.find((e) => e.element.id === element.element.id)!.cell.value).toBe(before);
    expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: false, message: LOCKED });
    const roster = view.rosters.find((r) => r.form.title === "低保名册")!;
    const idNumber = `${"43011219800101123"}${checkCharacter("43011219800101123")}`;
    expect(await addResidentToRoster(null, { orgUnitId: own().id, periodKey: PERIOD, formId: roster.form.id, idNumber, name: "张三", values: {}, versions: {} })).toMatchObject({ ok: false, message: LOCKED });
    expect(await submissionStatuses()).toEqual(["approved", "approved", "approved"]);

    // Unlocked by the town: the cadre saves again, which puts the forms back to draft to be resubmitted.
    await signInAs(t.db, u.town);
    expect(await reviewAsTown(null, step("unlock", review.version))).toMatchObject({ ok: true, data: { status: "submitted" } });
    await signInAs(t.db, u.cadre);
    const unlocked = await viewOf();
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section: first.key, values: { [element.element.id]: "77" }, versions: versionsOf(unlocked, first.key), confirmed: [element.element.id] })).toMatchObject({ ok: true, data: { status: "saved" } });
    const listed = (await listReviews(t.db, { path: tree.towns[0].path, periodKey: PERIOD })).find((r) => r.orgUnitId === own().id)!;
    expect(listed).toMatchObject({ status: "submitted", changedSinceSubmit: true });
    // Changed since submission: the town cannot approve what it has not seen.
    await signInAs(t.db, u.town);
    expect(await reviewAsTown(null, step("approve", (await reviewRow()).version))).toMatchObject({ ok: false, message: "村（社区）在提交后又修改了数据，需重新提交后才能审核通过。" });
    expect((await reviewRow()).status).toBe("submitted");
  });

  it("lets exactly one of an approval and a simultaneous save through", async () => {
    await signInAs(t.db, u.cadre);
    expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: true });
    const review = await reviewRow();
    expect(review.status).toBe("submitted");
    const view = await viewOf();
    const first = view.sections[0];
    const element = first.elements.find((e) => !e.isDerived)!;
    const [saved, approved] = await Promise.allSettled([
      saveOneFormSection(t.db, { userId: u.cadre.id }, { scope, periodKey: PERIOD, section: first.key, values: { [element.element.id]: "91" }, versions: versionsOf(view, first.key), confirmed: [element.element.id] }),
      decideReview(t.db, { userId: u.town.id }, { scope, periodKey: PERIOD, level: "town", step: "approve", version: review.version }),
    ]);
    const value = (await viewOf()).sections[0].elements.find((e) => e.element.id === element.element.id)!.cell.value;
    if (approved.status === "fulfilled") {
      expect(saved).toMatchObject({ status: "rejected", reason: { code: "locked" } });
      expect(value).not.toBe(91);
      expect(await submissionStatuses()).toEqual(["approved", "approved", "approved"]);
    } else {
      expect(approved.reason).toMatchObject({ code: "reviewChanged" });
      expect(saved).toMatchObject({ status: "fulfilled", value: { status: "saved" } });
      expect(value).toBe(91);
      expect((await reviewRow()).status).toBe("submitted");
    }
  });

  it("shows the review pages to the village's town and district only", async () => {
    const list = () => ReviewListPage({ searchParams: Promise.resolve({ period: PERIOD }) });
    const detail = (orgUnitId: string) => () => ReviewPage({ params: Promise.resolve({ orgUnitId, period: PERIOD }) });
    const cases: [User, () => Promise<unknown>, string][] = [
      [u.town, list, "rendered"],
      [u.district, list, "rendered"],
      [u.cadre, list, "notFound"],
      [u.staff, list, "notFound"],
      [u.town, detail(own().id), "rendered"],
      [u.district, detail(own().id), "rendered"],
      [u.otherTown, detail(own().id), "notFound"],
      [u.cadre, detail(own().id), "notFound"],
      [u.staff, detail(own().id), "notFound"],
      [u.otherCadre, detail(own().id), "notFound"],
    ];
    for (const [user, render, expected] of cases) {
      await signInAs(t.db, user);
      expect(await outcomeOf(render)).toBe(expected);
    }
  });
});

import { and, eq, inArray } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { auditLog, elements, formFields, forms, type Department, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { seedFormFromTemplate, type SeededExportForm } from "@/db/seed/demo-export";
import { getOneFormScope, loadOneForm, saveOneFormSection, type OneFormScope } from "@/db/queries/one-form";
import { decideRetirement, revertRetirementDecision, runRetirementAnalysis } from "@/db/queries/retirement";
import { listRetirementHistory, listRetirementQueue } from "@/db/queries/retirement-reads";
import { decide } from "@/app/(app)/retirement/actions";
import RetirementReviewPage from "@/app/(app)/retirement/[id]/page";
import { DecisionForm } from "@/app/(app)/retirement/retirement-forms";
import { GET as exportForm } from "@/app/api/forms/[formId]/export/route";
import { getBurdenTotals, refreshBurden } from "@/db/queries/burden";

/**
 * Merging a partial retirement candidate (并入) loses nothing: the items no other form collects move to
 * the target form, villages keep being asked for them, and the merged form's export keeps its values.
 */

const t = useTestDb();
const actor = { userId: null };
const PERIOD = "2026-11";
let tree: OrgTree;
let scope: OneFormScope;
let official: User;
let admin: User;
let target: SeededExportForm; // 区民政局 村情月报: 户籍户数 户籍人口 低保户数 党员人数
let merged: SeededExportForm; // 区乡村振兴局 帮扶月报: 户籍户数 户籍人口 低保户数 走访户数 → partial 0.8
let quarterly: SeededExportForm; // 区统计局 人口季报: 户籍户数 走访户数 → full, but less frequent than 帮扶月报
const VISITS = "走访户数（户）";

/** A village-by-village aggregate template, as departments send them. */
async function templateBytes(title: string, items: string[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  const header = ["序号", "村（社区）名称", ...items];
  const rows: (string | number | null)[][] = [[title], ["填报单位（盖章）："], header, ["甲", "乙", ...items.map((_, i) => i + 1)], header.map(() => null), [null, "合计"]];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  for (let r = 3; r <= 6; r++) for (let c = 1; c <= header.length; c++) ws.getCell(r, c).border = { top: { style: "thin" }, left: { style: "thin" }, bottom: { style: "thin" }, right: { style: "thin" } };
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function register(department: Department, title: string, items: string[], frequency: "monthly" | "quarterly" = "monthly") {
  return seedFormFromTemplate(t.db, { district: tree.district, department, name: `${title}.xlsx`, bytes: await templateBytes(title, items), frequency });
}

const queue = () => listRetirementQueue(t.db, { districtId: tree.district.id });
const pendingOf = async (f: SeededExportForm) => (await queue()).find((q) => q.review.formId === f.form.id)?.review;
const statusOf = async (f: SeededExportForm) => (await t.db.select({ status: forms.status }).from(forms).where(eq(forms.id, f.form.id)))[0].status;

/** What the village is asked this period: the forms due and, for the visits item, which form asks for it. */
async function oneForm() {
  const { view } = await loadOneForm(t.db, { scope, periodKey: PERIOD });
  const items = view.sections.flatMap((s) => s.elements.map((e) => ({ ...e, section: s.key })));
  const visits = items.find((e) => e.element.id === merged.elementOf[VISITS]);
  return { view, due: view.forms.map((f) => f.title).sort(), visits };
}

/** Elements of a server-rendered tree (server components are not expanded: their own props are enough here). */
function* walk(node: unknown): Generator<{ type: unknown; props: Record<string, unknown> }> {
  if (Array.isArray(node)) for (const n of node) yield* walk(n);
  else if (node && typeof node === "object" && "props" in node) {
    const el = node as { type: unknown; props: Record<string, unknown> };
    yield el;
    yield* walk(el.props.children);
  }
}

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  const [minzheng, xczx, tongji] = await Promise.all(["区民政局", "区乡村振兴局", "区统计局"].map((name) => seedDepartment(t.db, { district: tree.district, name })));
  target = await register(minzheng, "村情月报", ["户籍户数（户）", "户籍人口（人）", "低保户数（户）", "党员人数（人）"]);
  merged = await register(xczx, "帮扶月报", ["户籍户数（户）", "户籍人口（人）", "低保户数（户）", VISITS]);
  quarterly = await register(tongji, "人口季报", ["户籍户数（户）", VISITS], "quarterly");
  // The 村（社区）名称 column is one datum in every form (matching links it; the factory leaves it unlinked).
  const [name] = await t.db.insert(elements).values({ districtId: tree.district.id, name: "村（社区）名称", type: "text", scope: "unit", aggregation: "stock" }).returning();
  await t.db
    .update(formFields)
    .set({ elementId: name.id })
    .where(and(inArray(formFields.formId, [target.form.id, merged.form.id, quarterly.form.id]), eq(formFields.label, "村（社区）名称")));
  scope = (await getOneFormScope(t.db, { orgUnitId: tree.villages[0][0].id }))!;
  official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  await runRetirementAnalysis(t.db, { districtId: tree.district.id, actor });
});

describe("merging a partial retirement candidate", () => {
  let before: Awaited<ReturnType<typeof oneForm>>;

  it("is proposed with the item no other form collects", async () => {
    const review = (await pendingOf(merged))!;
    expect(review).toMatchObject({ level: "partial", coverage: 0.8 });
    expect(review.analysis.uncovered.map((u) => u.label)).toEqual([VISITS]);
    before = await oneForm();
    expect(before.due).toEqual(["帮扶月报", "村情月报"]);
    expect(before.visits?.forms.map((f) => f.title)).toEqual(["帮扶月报"]);
  });

  it("shows the official, before confirming, which items move to the target and which targets can take them", async () => {
    const review = (await pendingOf(merged))!;
    await signInAs(t.db, official);
    const nodes = [...walk(await RetirementReviewPage({ params: Promise.resolve({ id: review.id }) }))];
    const moving = nodes.find((e) => e.props["data-testid"] === "moving-fields")!;
    expect(JSON.stringify(moving.props.children)).toContain(VISITS);
    const form = nodes.find((e) => e.type === DecisionForm)!.props as Parameters<typeof DecisionForm>[0];
    expect(form.moving).toEqual([VISITS]);
    expect(form.suggested).toBe("merge");
    expect(form.source).toEqual({ frequency: "monthly", kind: "aggregate", targetLevels: ["village", "community"] });
    expect(form.targets.map((f) => [f.title, f.frequency])).toEqual(expect.arrayContaining([["村情月报", "monthly"], ["人口季报", "quarterly"]]));
  });

  it("cannot be retired outright: the item would no longer be collected (Chinese message, nothing changes)", async () => {
    const review = (await pendingOf(merged))!;
    await expect(decideRetirement(t.db, { reviewId: review.id, decision: "retire", actor })).rejects.toMatchObject({ code: "uncoveredFields", params: { count: 1, fields: VISITS } });
    await signInAs(t.db, official);
    const outcome = await decide(null, { reviewId: review.id, decision: "retire", reason: "" });
    expect(outcome).toMatchObject({ ok: false });
    expect(!outcome?.ok && outcome?.message).toContain("「帮扶月报」还有 1 项数据（走访户数（户））没有其他报表采集，不能直接清退");
    expect(await statusOf(merged)).toBe("active");
    expect((await pendingOf(merged))?.decision).toBeNull();
  });

  it("cannot be merged into a less frequent form: months in between would have no value", async () => {
    const review = (await pendingOf(merged))!;
    await signInAs(t.db, official);
    const outcome = await decide(null, { reviewId: review.id, decision: "merge", mergedIntoFormId: quarterly.form.id, reason: "并入统计局" });
    expect(!outcome?.ok && outcome?.message).toBe("「人口季报」不能接收本表移入的数据项：它的填报频次低于本表，部分期次的数据将无人填报，请选择填报频次相同或更高的报表。");
    expect(await statusOf(merged)).toBe("active");
  });

  it("moves the item to the target: the village is still asked for it this period, under the target, marked 合并自", async () => {
    const review = (await pendingOf(merged))!;
    await signInAs(t.db, official);
    expect(await decide(null, { reviewId: review.id, decision: "merge", mergedIntoFormId: target.form.id, reason: "帮扶数据并入村情月报" })).toMatchObject({ ok: true, data: { decision: "merge" } });
    expect(await statusOf(merged)).toBe("retired");
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, review.id), eq(auditLog.action, "merge")));
    expect(audit.after).toMatchObject({ decision: "merge", mergedIntoFormId: target.form.id, movedFields: [{ label: VISITS, elementId: merged.elementOf[VISITS] }] });

    const after = await oneForm();
    expect(after.due).toEqual(["村情月报"]);
    expect(after.visits).toBeDefined();
    expect(after.visits!.forms.map((f) => f.title)).toEqual(["村情月报"]);
    expect(after.visits!.carriedFrom).toEqual(["帮扶月报"]);
    expect(after.view.forms[0].mergedFrom).toEqual([{ formId: merged.form.id, title: "帮扶月报", fieldCount: 1 }]);
  });

  it("counts the moved item as the target's in the analysis: a form it covered stays covered, by the target", async () => {
    const review = (await pendingOf(quarterly))!;
    expect(review).toMatchObject({ level: "full", coverage: 1 });
    const visits = review.analysis.evidence.find((e) => e.label === VISITS)!;
    expect(visits.coveredBy.map((c) => c.formId)).toEqual([target.form.id]);
  });

  it("fills the merged form's export from the value the village saves through the target", async () => {
    const { visits } = await oneForm();
    const saved = await saveOneFormSection(t.db, { userId: null }, { scope, periodKey: PERIOD, section: visits!.section, values: { [visits!.element.id]: 7 }, versions: {}, confirmed: [visits!.element.id] });
    expect(saved).toMatchObject({ status: "saved", written: 1 });

    await signInAs(t.db, admin);
    const url = `http://localhost/api/forms/${merged.form.id}/export?${new URLSearchParams({ period: PERIOD, orgUnit: scope.orgUnit.id })}`;
    const response = await exportForm(new Request(url), { params: Promise.resolve({ formId: merged.form.id }) });
    expect(response.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await response.arrayBuffer());
    const ws = wb.worksheets[0];
    const column = (ws.getRow(3).values as unknown[]).indexOf(VISITS);
    expect(column).toBeGreaterThan(0);
    const row = [5, 6, 7].find((r) => ws.getCell(r, 2).value === scope.orgUnit.name)!;
    expect(ws.getCell(row, column).value).toBe(7);
  });

  it("undoing the merge restores the forms due before it, the item asked by its own form again", async () => {
    const decided = (await listRetirementHistory(t.db, { districtId: tree.district.id })).find((h) => h.review.formId === merged.form.id)!;
    await revertRetirementDecision(t.db, { reviewId: decided.review.id, actor });
    expect(await statusOf(merged)).toBe("active");
    const after = await oneForm();
    expect(after.due).toEqual(before.due);
    expect(after.visits!.forms.map((f) => f.title)).toEqual(["帮扶月报"]);
    expect(after.visits!.carriedFrom).toEqual([]);
    expect(after.view.forms.every((f) => f.mergedFrom.length === 0)).toBe(true);
    expect((await pendingOf(target))!.analysis.uncovered.map((u) => u.label)).toEqual(["党员人数（人）"]);
    expect((await pendingOf(merged))!.analysis.uncovered.map((u) => u.label)).toEqual([VISITS]);
  });

  it("counts the moved item in the village's load after consolidation: merging removes a report, not an entry", async () => {
    const village = scope.orgUnit;
    const load = async () => {
      await refreshBurden(t.db, { districtId: tree.district.id, from: PERIOD, to: PERIOD, orgUnitIds: [village.id] });
      return getBurdenTotals(t.db, { districtId: tree.district.id, path: village.path, from: PERIOD, to: PERIOD });
    };
    const separate = await load(); // the merge was undone above: both monthly forms are due
    const review = (await pendingOf(merged))!;
    await decideRetirement(t.db, { reviewId: review.id, decision: "merge", mergedIntoFormId: target.form.id, reason: "再次并入", actor });
    const together = await load();
    expect(together.formsAfter).toBe(separate.formsAfter - 1);
    expect(together.entriesAfter).toBe(separate.entriesAfter);
    expect(together.entriesBefore).toBe(separate.entriesBefore);
  });
});

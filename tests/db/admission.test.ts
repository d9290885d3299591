import ExcelJS from "exceljs";
import { and, eq } from "drizzle-orm";
import { isValidElement } from "react";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import type { OneFormView } from "@/lib/one-form";
import { getAdmissionRequestById, getPendingRequestOfForm } from "@/db/queries/admission";
import { getAdmissionReview, listAdmittedCatalog } from "@/db/queries/admission-reads";
import { getFormById, listFormFields } from "@/db/queries/forms";
import { rematchDistrict } from "@/db/queries/matching";
import { getOneFormScope, loadOneForm } from "@/db/queries/one-form";
import { auditLog, forms, type Department, type Form, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { decideAdmissionRequest, submitForAdmission } from "@/app/(app)/admission/actions";
import AdmissionPage from "@/app/(app)/admission/page";
import AdmissionRequestPage from "@/app/(app)/admission/[requestId]/page";
import AdmissionCatalogPage from "@/app/(app)/admission/catalog/page";
import FormPage from "@/app/(app)/forms/[formId]/page";
import { GET as exportCatalog } from "@/app/api/admission/catalog/export/route";

// The admission gate (报表准入) on a small district: 2 villages; 区统计局 has an admitted monthly form asking
// 户籍人口 and 常住人口. 区民政局 submits a draft that asks for those two and three new data.
const t = useTestDb();

/** Every href in a page's returned element tree (server pages return plain elements; no rendering needed). */
function hrefsIn(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(hrefsIn);
  if (!isValidElement(node)) return [];
  const props = node.props as { href?: unknown; children?: unknown };
  return [...(typeof props.href === "string" ? [props.href] : []), ...hrefsIn(props.children)];
}
let tree: OrgTree;
let tongji: Department;
let minzheng: Department;
let census: Form;
const users = {} as Record<"minzheng" | "weijian" | "district" | "otherDistrict" | "town" | "cadre", User>;

const LEGAL = "表号：民统3表　制定机关：测试区民政局　批准文号：测统制〔2026〕5号　有效期至：2027年12月";

async function draftOf(department: Department, title: string, labels: string[], notes: string[] = []) {
  const form = await seedForm(t.db, { district: tree.district, department, title, kind: "aggregate", status: "draft", fields: labels.map((label) => ({ label, type: "integer", unit: "人" })) });
  if (notes.length) await t.db.update(forms).set({ definition: { ...form.definition, notes } }).where(eq(forms.id, form.id));
  return form;
}

async function submit(form: Form, as: User = users.minzheng) {
  await signInAs(t.db, as);
  const result = await submitForAdmission(null, { formId: form.id });
  expect(result).toMatchObject({ ok: true });
  return (await getPendingRequestOfForm(t.db, { formId: form.id }))!;
}

const titlesOf = (view: OneFormView) => view.forms.map((f) => f.title).sort();
const labelsOf = (view: OneFormView) => view.sections.flatMap((s) => s.elements.map((e) => e.element.name)).sort();

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  const elsewhere = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  tongji = await seedDepartment(t.db, { district: tree.district, name: "区统计局" });
  minzheng = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  const weijian = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  census = await seedForm(t.db, { district: tree.district, department: tongji, title: "人口月报", kind: "aggregate", fields: [{ label: "户籍人口", type: "integer", unit: "人" }, { label: "常住人口", type: "integer", unit: "人" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  users.minzheng = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: minzheng });
  users.weijian = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: weijian });
  users.district = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  users.otherDistrict = await seedUser(t.db, { role: "district_official", orgUnit: elsewhere.district });
  users.town = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  users.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
});

describe("报表准入: submit → review → approve with changes → the one form", () => {
  it("classifies the fields, counts the added load, finds duplicates and checks the legal marks", async () => {
    const draft = await draftOf(minzheng, "困难群众情况月报", ["户籍人口", "常住人口", "低保户数", "特困供养人数", "残疾人数"], [LEGAL]);
    const request = await submit(draft);
    expect(request.analysis.fields.map((f) => [f.label, f.class])).toEqual([
      ["户籍人口", "existing"],
      ["常住人口", "existing"],
      ["低保户数", "new"],
      ["特困供养人数", "new"],
      ["残疾人数", "new"],
    ]);
    const review = (await getAdmissionReview(t.db, { request, today: "2026-12-02" }))!;
    // Hand count: 3 new integer fields × 2 villages × 12 months = 72 entries; 0.3 min each = 21.6 minutes.
    expect(review.units).toBe(2);
    expect(review.load.added).toEqual({ entries: 72, minutes: 21.6 });
    // 区民政局 has no admitted form yet; 区统计局's monthly form asks 户籍人口 and 常住人口 just as often.
    expect(review.departmentLoad).toEqual({ entries: 0, minutes: 0, forms: 0 });
    expect(review.duplicates.map((d) => [d.label, d.forms.map((f) => f.title)])).toEqual([
      ["户籍人口", ["人口月报"]],
      ["常住人口", ["人口月报"]],
    ]);
    expect(review.legal).toMatchObject({ formNumber: "民统3表", authority: "测试区民政局", approvalNumber: "测统制〔2026〕5号", validUntilDate: "2027-12-31" });
    expect(review.legalIssues).toEqual([]);
    expect(review.existingSources).toBeNull();
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "admission"), eq(auditLog.entityId, request.id)));
    expect(audit).toMatchObject({ action: "submit", userId: users.minzheng.id });
  });

  it("keeps the draft out of the one form until the district admits it, then shows only the admitted fields", async () => {
    const draft = (await t.db.select().from(forms).where(eq(forms.title, "困难群众情况月报")))[0];
    const request = (await getPendingRequestOfForm(t.db, { formId: draft.id }))!;
    const scope = (await getOneFormScope(t.db, { orgUnitId: tree.villages[0][0].id }))!;
    const view = async () => (await loadOneForm(t.db, { scope, periodKey: "2026-12" })).view;
    expect(titlesOf(await view())).toEqual(["人口月报"]);

    // The requesting department cannot decide its own request.
    await signInAs(t.db, users.minzheng);
    expect(await decideAdmissionRequest(null, { requestId: request.id, version: request.version, decision: "approve" })).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    const dropped = request.analysis.fields.find((f) => f.label === "残疾人数")!.fieldId;
    await signInAs(t.db, users.district);
    // Raising the frequency is refused with a Chinese message; nothing changes.
    expect(await decideAdmissionRequest(null, { requestId: request.id, version: request.version, decision: "approve_with_changes", frequency: "weekly" })).toMatchObject({ ok: false, message: "不能这样决定：只能降低填报频次，不能提高。" });
    const decided = await decideAdmissionRequest(null, { requestId: request.id, version: request.version, decision: "approve_with_changes", droppedFieldIds: dropped, frequency: "quarterly", reason: "残疾人数由区残联提供" });
    expect(decided).toMatchObject({ ok: true, data: { status: "approved_with_changes", matched: true } });

    const form = (await getFormById(t.db, { id: draft.id }))!;
    expect(form).toMatchObject({ status: "active", frequency: "quarterly" });
    expect((await listFormFields(t.db, { formId: draft.id })).filter((f) => f.excluded).map((f) => f.label)).toEqual(["残疾人数"]);
    const after = await view();
    expect(titlesOf(after)).toEqual(["人口月报", "困难群众情况月报"]);
    expect(labelsOf(after)).toEqual(["低保户数", "常住人口", "户籍人口", "特困供养人数"].sort());
    // Stored decision, audited, with the admitted load: 2 new fields × 2 villages × 4 quarters = 16 entries.
    const stored = (await getAdmissionRequestById(t.db, { id: request.id }))!;
    expect(stored).toMatchObject({ status: "approved_with_changes", admittedFrequency: "quarterly", droppedFieldIds: [dropped], reason: "残疾人数由区残联提供", decidedBy: users.district.id });
    expect((await getAdmissionReview(t.db, { request: stored, today: "2026-12-02" }))!.admittedLoad!.added.entries).toBe(16);
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "admission"), eq(auditLog.entityId, request.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(["approve", "submit"]);
    // A decided request is not decided again.
    expect(await decideAdmissionRequest(null, { requestId: request.id, version: stored.version, decision: "reject", reason: "x" })).toMatchObject({ ok: false, message: expect.stringContaining("已有审核结论") });
  });

  it("rejects only with a reason; the form stays a draft and the department sees the reason", async () => {
    const draft = await draftOf(minzheng, "走访记录周报", ["走访户数"]);
    const request = await submit(draft);
    expect(request.analysis.legal.formNumber).toBeNull();
    const review = (await getAdmissionReview(t.db, { request, today: "2026-12-02" }))!;
    expect(review.legalIssues).toEqual(["formNumberMissing", "authorityMissing", "approvalNumberMissing", "validUntilMissing"]);
    // 区民政局 now imposes its admitted quarterly form: 4 kept fields (the 2 已有 ones are filled there too) × 2 villages × 4 = 32.
    expect(review.departmentLoad).toMatchObject({ entries: 4 * 2 * 4, forms: 1 });
    await signInAs(t.db, users.district);
    expect(await decideAdmissionRequest(null, { requestId: request.id, version: request.version, decision: "reject", reason: "" })).toMatchObject({ ok: false, fieldErrors: { reason: ["不予准入时请填写原因"] } });
    expect(await decideAdmissionRequest(null, { requestId: request.id, version: request.version, decision: "reject", reason: "无批准文号，请先按程序报批" })).toMatchObject({ ok: true, data: { status: "rejected" } });
    expect((await getFormById(t.db, { id: draft.id }))!.status).toBe("draft");
    await signInAs(t.db, users.minzheng);
    expect(await outcomeOf(() => FormPage({ params: Promise.resolve({ formId: draft.id }) }))).toBe("rendered");
    // Rejected: the department may change the draft and submit again (a new request; the old one stays on record).
    const again = await submit(draft);
    expect(again.id).not.toBe(request.id);
  });

  it("flags a request that adds nothing and offers the forms that already hold its data", async () => {
    const draft = await draftOf(minzheng, "人口情况统计表", ["户籍人口", "常住人口"]);
    const request = await submit(draft);
    const review = (await getAdmissionReview(t.db, { request, today: "2026-12-02" }))!;
    expect(review.load.added.entries).toBe(0);
    // Both forms hold both fields; ties in pinyin order of the title (困 kùn before 人 rén).
    expect(review.existingSources?.map((s) => [s.form.title, s.fields])).toEqual([
      ["困难群众情况月报", 2],
      ["人口月报", 2],
    ]);
    // Each source links to its 填报情况 (downloads) only for who may export it; the requesting 民政 staff may not
    // open 统计局's, so theirs goes to the form's page. The district official may open both.
    const [own, other] = review.existingSources!.map((s) => s.form.formId);
    const linksFor = async (who: User) => {
      await signInAs(t.db, who);
      return hrefsIn(await AdmissionRequestPage({ params: Promise.resolve({ requestId: request.id }) })).filter((h) => h.includes(own) || h.includes(other));
    };
    expect(await linksFor(users.minzheng)).toEqual([`/forms/${own}/submissions`, `/forms/${other}`]);
    expect(await linksFor(users.district)).toEqual([`/forms/${own}/submissions`, `/forms/${other}/submissions`]);
    await signInAs(t.db, users.minzheng);
    expect(await outcomeOf(() => FormPage({ params: Promise.resolve({ formId: other }) }))).toBe("rendered");
  });

  it("shows a new version's difference to the admitted form and retires the old one when admitted", async () => {
    const v2 = await draftOf(tongji, "人口月报", ["户籍人口", "常住人口", "出生人数"]);
    const tongjiStaff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: tongji });
    const request = await submit(v2, tongjiStaff);
    expect(request.previousFormId).toBe(census.id);
    // A new year's edition is a new version too; another department's form of that title is not.
    const dated = await submit(await draftOf(tongji, "2027年人口月报（修订版）", ["户籍人口"]), tongjiStaff);
    expect(dated.previousFormId).toBe(census.id);
    expect((await submit(await draftOf(minzheng, "人口月报", ["户籍人口"]))).previousFormId).toBeNull();
    const review = (await getAdmissionReview(t.db, { request, today: "2026-12-02" }))!;
    expect(review.previous!.diff).toMatchObject({ unchanged: 2, removed: [], changed: [] });
    expect(review.previous!.diff.added.map((f) => f.label)).toEqual(["出生人数"]);
    expect(review.load.counts).toEqual({ existing: 2, new: 1, uncertain: 0 });
    await signInAs(t.db, users.district);
    expect(await decideAdmissionRequest(null, { requestId: request.id, version: request.version, decision: "approve" })).toMatchObject({ ok: true, data: { status: "approved" } });
    expect((await getFormById(t.db, { id: census.id }))!.status).toBe("retired");
    expect((await getFormById(t.db, { id: v2.id }))!.status).toBe("active");
  });
});

describe("报表准入 authorization and the 准入目录", () => {
  it("shows requests to the district and the requesting department only", async () => {
    const request = (await t.db.select().from(forms).where(eq(forms.title, "走访记录周报")).then(([f]) => getPendingRequestOfForm(t.db, { formId: f.id })))!;
    const open = () => AdmissionRequestPage({ params: Promise.resolve({ requestId: request.id }) });
    for (const [who, expected] of [["district", "rendered"], ["minzheng", "rendered"], ["weijian", "notFound"], ["otherDistrict", "notFound"], ["town", "notFound"], ["cadre", "notFound"]] as const) {
      await signInAs(t.db, users[who]);
      expect([who, await outcomeOf(open)]).toEqual([who, expected]);
    }
    for (const [who, expected] of [["district", "rendered"], ["minzheng", "rendered"], ["town", "notFound"], ["cadre", "notFound"]] as const) {
      await signInAs(t.db, users[who]);
      expect([who, await outcomeOf(() => AdmissionPage())]).toEqual([who, expected]);
      expect([who, await outcomeOf(() => AdmissionCatalogPage())]).toEqual([who, expected]);
    }
    // Another district's official cannot decide either; a village cannot submit.
    await signInAs(t.db, users.otherDistrict);
    expect(await decideAdmissionRequest(null, { requestId: request.id, version: request.version, decision: "approve" })).toMatchObject({ ok: false });
    await signInAs(t.db, users.cadre);
    const draft = await draftOf(minzheng, "村级自拟表", ["自拟项"]);
    expect(await submitForAdmission(null, { formId: draft.id })).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await getPendingRequestOfForm(t.db, { formId: draft.id })).toBeNull();
  });

  it("lists admitted forms (existing ones count as admitted) and exports them with formula-safe cells", async () => {
    const sneaky = await seedForm(t.db, { district: tree.district, department: tongji, title: "=HYPERLINK(\"http://x\",\"点我\")", kind: "aggregate", fields: [{ label: "耕地面积", type: "decimal" }] });
    const catalog = await listAdmittedCatalog(t.db, { districtId: tree.district.id });
    expect(catalog.map((c) => [c.title, c.admission?.status ?? "legacy"])).toEqual(
      expect.arrayContaining([
        ["人口月报", "approved"],
        ["困难群众情况月报", "approved_with_changes"],
        [sneaky.title, "legacy"],
      ]),
    );
    expect(catalog.find((c) => c.title === "困难群众情况月报")).toMatchObject({ fieldCount: 4, frequency: "quarterly", legal: { formNumber: "民统3表" } });
    expect(catalog.some((c) => c.formId === census.id)).toBe(false); // retired by its new version
    await signInAs(t.db, users.cadre);
    expect((await exportCatalog(new Request("http://test/api/admission/catalog/export"))).status).toBe(403);
    await signInAs(t.db, users.district);
    const response = await exportCatalog(new Request("http://test/api/admission/catalog/export"));
    expect(response.status).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(await response.arrayBuffer());
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(2).value).toBe("报表名称");
    const titles = ws.getColumn(2).values.slice(2);
    expect(titles).toEqual(catalog.map((c) => c.title));
    const cell = ws.getCell(`B${catalog.findIndex((c) => c.formId === sneaky.id) + 2}`);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe(sneaky.title);
  });
});

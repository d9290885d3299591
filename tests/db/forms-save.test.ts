import fs from "node:fs";
import path from "node:path";
import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { parseTemplate } from "@/lib/templates/parse-template";
import { registerTemplate } from "@/db/queries/register-template";
import { decideAdmission, getPendingRequestOfForm } from "@/db/queries/admission";
import { getFormById, listFormFields } from "@/db/queries/forms";
import { files, forms, type Department, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { deleteDraft, saveForm } from "@/app/(app)/forms/actions";
import FormPage from "@/app/(app)/forms/[formId]/page";
import FormsPage from "@/app/(app)/forms/page";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/xlsx/forms");
const t = useTestDb();
let tree: OrgTree;
let minzheng: Department;
const users = {} as Record<"admin" | "minzheng" | "weijian" | "cadre" | "district", User>;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  minzheng = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  const weijian = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  users.admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  users.minzheng = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: minzheng });
  users.weijian = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: weijian });
  users.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
  users.district = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
});

/** The district admits a submitted draft as it is (报表准入). */
async function admit(formId: string) {
  const request = (await getPendingRequestOfForm(t.db, { formId }))!;
  return decideAdmission(t.db, { userId: users.district.id }, { requestId: request.id, version: request.version, decision: "approve", droppedFieldIds: [], frequency: null, reason: null });
}

/** A fresh draft of 区民政局 through the upload path (in-process parser). */
async function draft(name = "临时救助对象登记表.xlsx") {
  const catalogBytes = fs.readFileSync(path.join(FIXTURES, "报表清单.xlsx"));
  const [registered] = await registerTemplate(t.db, {
    actor: { userId: users.minzheng.id },
    uploader: { role: "department_staff", department: { id: minzheng.id, name: minzheng.name } },
    districtId: tree.district.id,
    departments: [{ id: minzheng.id, name: minzheng.name }],
    file: { name, bytes: fs.readFileSync(path.join(FIXTURES, name)) },
    catalog: { name: "报表清单.xlsx", bytes: catalogBytes },
    parse: parseTemplate,
  });
  const form = (await getFormById(t.db, { id: registered.id }))!;
  return { form, fields: await listFormFields(t.db, { formId: form.id }) };
}

type Draft = Awaited<ReturnType<typeof draft>>;
function input({ form, fields }: Draft, overrides: Record<string, unknown> = {}) {
  return {
    id: form.id,
    version: form.version,
    title: form.title,
    frequency: form.frequency,
    kind: form.kind,
    targetLevels: form.targetLevels,
    activate: true,
    fields: fields.map((f) => ({ id: f.id, label: f.label, path: f.path.join(" › "), type: f.type, unit: f.unit ?? "", excluded: f.excluded })),
    ...overrides,
  };
}

describe("saveForm", () => {
  it("applies corrections and submits the draft for admission; once admitted, its fields are matched to elements", async () => {
    await signInAs(t.db, users.minzheng);
    const d = await draft();
    const payload = input(d, { title: "临时救助对象登记表" });
    payload.fields[0] = { ...payload.fields[0], label: "救助对象姓名", path: "救助对象 › 姓名", type: "text" };
    payload.fields[1] = { ...payload.fields[1], excluded: true };
    const result = await saveForm(null, payload);
    expect(result).toMatchObject({ ok: true, data: { status: "draft", changedFields: 2, admissionRequestId: expect.any(String) } });
    // Submitted, not active: the draft waits for the district and cannot be changed meanwhile.
    expect(await getFormById(t.db, { id: d.form.id })).toMatchObject({ title: "临时救助对象登记表", status: "draft" });
    const again = await saveForm(null, input({ form: (await getFormById(t.db, { id: d.form.id }))!, fields: await listFormFields(t.db, { formId: d.form.id }) }));
    expect(again).toMatchObject({ ok: false, message: expect.stringContaining("已提交准入申请") });
    expect(await admit(d.form.id)).toMatchObject({ request: { status: "approved" }, matched: true });
    const form = (await getFormById(t.db, { id: d.form.id }))!;
    expect(form.status).toBe("active");
    expect(form.version).toBeGreaterThan(d.form.version);
    const fields = await listFormFields(t.db, { formId: d.form.id });
    expect(fields[0]).toMatchObject({ label: "救助对象姓名", path: ["救助对象", "姓名"] });
    expect(fields[1].excluded).toBe(true);
    expect(fields[1].elementId).toBeNull();
    expect(fields.filter((f) => !f.excluded).every((f) => f.elementId)).toBe(true);
  });

  it("answers invalid input with Chinese messages per field and changes nothing", async () => {
    await signInAs(t.db, users.minzheng);
    const d = await draft();
    const payload = input(d, { title: " ", targetLevels: [] });
    payload.fields[0] = { ...payload.fields[0], label: "" };
    const result = await saveForm(null, payload);
    expect(result).toMatchObject({ ok: false, message: "输入有误，请按提示修改。", fieldErrors: { title: ["必填"], targetLevels: ["至少选择一个填报对象"], fields: ["必填"] } });
    expect(await getFormById(t.db, { id: d.form.id })).toEqual(d.form);
    expect(await listFormFields(t.db, { formId: d.form.id })).toEqual(d.fields);
  });

  it("refuses a stale version (someone saved in between) and keeps the other save", async () => {
    await signInAs(t.db, users.minzheng);
    const d = await draft();
    expect(await saveForm(null, input(d, { title: "第一人的标题", activate: false }))).toMatchObject({ ok: true, data: { status: "draft" } });
    const stale = await saveForm(null, input(d, { title: "第二人的标题" }));
    expect(stale).toMatchObject({ ok: false, message: "数据已被他人修改，请刷新后重试。" });
    expect(await getFormById(t.db, { id: d.form.id })).toMatchObject({ title: "第一人的标题", status: "draft" });
  });

  it("saves nothing when one correction is bad (a field of another form)", async () => {
    await signInAs(t.db, users.minzheng);
    const d = await draft();
    const other = await draft("区民政局城乡低保及特困供养情况统计表.xlsx");
    const payload = input(d, { title: "改了标题" });
    payload.fields[0] = { ...payload.fields[0], label: "改了字段" };
    payload.fields.push({ ...input(other).fields[0] });
    expect(await saveForm(null, payload)).toMatchObject({ ok: false });
    expect(await getFormById(t.db, { id: d.form.id })).toEqual(d.form);
    expect(await listFormFields(t.db, { formId: d.form.id })).toEqual(d.fields);
  });

  it("lets only the owning department's staff and admins save", async () => {
    const d = await draft();
    for (const who of ["weijian", "cadre"] as const) {
      await signInAs(t.db, users[who]);
      expect(await saveForm(null, input(d, { title: "越权" }))).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    }
    expect(await getFormById(t.db, { id: d.form.id })).toEqual(d.form);
    await signInAs(t.db, users.admin);
    expect(await saveForm(null, input(d, { activate: false }))).toMatchObject({ ok: true });
  });
});

describe("deleteDraft", () => {
  it("deletes a draft with its fields but keeps the uploaded file; refuses an active form", async () => {
    await signInAs(t.db, users.minzheng);
    const d = await draft();
    expect(await deleteDraft(null, { id: d.form.id })).toMatchObject({ ok: true });
    expect(await getFormById(t.db, { id: d.form.id })).toBeNull();
    expect(await listFormFields(t.db, { formId: d.form.id })).toEqual([]);
    expect(await t.db.select({ id: files.id }).from(files).where(eq(files.id, d.form.fileId))).toHaveLength(1);
    const active = await draft();
    await saveForm(null, input(active));
    expect(await deleteDraft(null, { id: active.form.id })).toMatchObject({ ok: false, message: expect.stringContaining("已提交准入申请") });
    await admit(active.form.id);
    expect(await deleteDraft(null, { id: active.form.id })).toMatchObject({ ok: false, message: "数据已被他人修改，请刷新后重试。" });
    expect(await t.db.select({ id: forms.id }).from(forms).where(eq(forms.id, active.form.id))).toHaveLength(1);
  });
});

describe("form pages", () => {
  it("show a draft only to those who may manage it; the catalog renders for every role", async () => {
    const d = await draft();
    const open = () => FormPage({ params: Promise.resolve({ formId: d.form.id }) });
    for (const [who, expected] of [["minzheng", "rendered"], ["admin", "rendered"], ["weijian", "notFound"], ["cadre", "notFound"]] as const) {
      await signInAs(t.db, users[who]);
      expect(await outcomeOf(open)).toBe(expected);
      expect(await outcomeOf(() => FormsPage({ searchParams: Promise.resolve({}) }))).toBe("rendered");
    }
    await signInAs(t.db, users.minzheng);
    await saveForm(null, input(d));
    // Submitted for admission: the district deciding on it sees it, villages not yet.
    for (const [who, expected] of [["district", "rendered"], ["cadre", "notFound"], ["weijian", "notFound"]] as const) {
      await signInAs(t.db, users[who]);
      expect(await outcomeOf(open)).toBe(expected);
    }
    await admit(d.form.id);
    await signInAs(t.db, users.cadre);
    expect(await outcomeOf(open)).toBe("rendered");
  });
});

import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/helpers/test-db";
import { elements, formFields, forms, matchReviews, values, type Department, type Form, type FormField } from "../schema";
import { seedDepartment, seedForm, seedOrgTree, type OrgTree } from "../seed/factories";
import { listFormFields } from "./forms";
import { recordDecision, rematchDistrict } from "./matching";

const t = useTestDb();
let tree: OrgTree;
let minzheng: Department;
let weijian: Department;
let dibao: Form;
let doctor: Form;

const actor = { userId: null };
const fieldOf = async (form: Form, label: string): Promise<FormField> => (await listFormFields(t.db, { formId: form.id })).find((f) => f.label === label)!;

beforeAll(async () => {
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  minzheng = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  weijian = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  dibao = await seedForm(t.db, {
    district: tree.district,
    department: minzheng,
    title: "低保对象花名册",
    fields: [{ label: "姓名" }, { label: "公民身份号码", type: "idcard" }, { label: "联系电话", type: "phone" }, { label: "户籍人口", type: "integer", unit: "人" }, { label: "备注" }],
  });
  doctor = await seedForm(t.db, {
    district: tree.district,
    department: weijian,
    title: "家庭医生签约花名册",
    fields: [{ label: "姓  名" }, { label: "身份证号", type: "idcard" }, { label: "手机号码", type: "phone" }, { label: "常住人口", type: "integer", unit: "人" }, { label: "备注" }],
  });
});

describe("rematchDistrict", () => {
  it("puts the same datum of two departments into one element, keeps look-alikes and 备注 apart", async () => {
    const stats = await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect(stats.fields).toBe(10);
    const same = async (a: string, b: string) => (await fieldOf(dibao, a)).elementId === (await fieldOf(doctor, b)).elementId;
    expect(await same("姓名", "姓  名")).toBe(true);
    expect(await same("公民身份号码", "身份证号")).toBe(true);
    expect(await same("联系电话", "手机号码")).toBe(true);
    expect(await same("户籍人口", "常住人口")).toBe(false);
    expect(await same("备注", "备注")).toBe(false);
    const id = await fieldOf(dibao, "公民身份号码");
    expect(id.matchReason).toBeTruthy();
    expect(id.matchScore).toBeGreaterThan(0.5);
  });

  it("keeps element ids stable when run again", async () => {
    const before = (await fieldOf(dibao, "公民身份号码")).elementId;
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(dibao, "公民身份号码")).elementId).toBe(before);
  });

  it("matches a new form's fields into the existing elements", async () => {
    const idElement = (await fieldOf(dibao, "公民身份号码")).elementId;
    const disabled = await seedForm(t.db, { district: tree.district, department: minzheng, title: "残疾人两项补贴名册", fields: [{ label: "居民身份证号码", type: "idcard" }, { label: "残疾类别", type: "choice" }] });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(disabled, "居民身份证号码")).elementId).toBe(idElement);
  });

  it("never merges a rejected pair again, and merges a confirmed one", async () => {
    const a = await fieldOf(dibao, "联系电话");
    const b = await fieldOf(doctor, "手机号码");
    await recordDecision(t.db, { districtId: tree.district.id, kind: "reject", fieldA: a.id, fieldB: b.id });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(dibao, "联系电话")).elementId).not.toBe((await fieldOf(doctor, "手机号码")).elementId);
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(dibao, "联系电话")).elementId).not.toBe((await fieldOf(doctor, "手机号码")).elementId);

    const c = await fieldOf(dibao, "户籍人口");
    const d = await fieldOf(doctor, "常住人口");
    await recordDecision(t.db, { districtId: tree.district.id, kind: "confirm", fieldA: c.id, fieldB: d.id });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(dibao, "户籍人口")).elementId).toBe((await fieldOf(doctor, "常住人口")).elementId);
    expect((await fieldOf(doctor, "常住人口")).matchSource).toBe("confirmed");
  });

  it("moves a field to the element an official assigns and renames elements as told", async () => {
    const name = await fieldOf(doctor, "姓  名");
    const target = (await fieldOf(dibao, "备注")).elementId!;
    await recordDecision(t.db, { districtId: tree.district.id, kind: "assign", fieldA: name.id, elementId: target });
    await recordDecision(t.db, { districtId: tree.district.id, kind: "rename", elementId: (await fieldOf(dibao, "姓名")).elementId, name: "居民姓名" });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(doctor, "姓  名")).elementId).toBe(target);
    const [renamed] = await t.db.select().from(elements).where(eq(elements.id, (await fieldOf(dibao, "姓名")).elementId!));
    expect(renamed.name).toBe("居民姓名");
  });

  it("leaves no element without fields and every field with an element", async () => {
    const all = await t.db.select().from(formFields);
    expect(all.every((f) => f.elementId)).toBe(true);
    const used = new Set(all.map((f) => f.elementId));
    const catalog = await t.db.select().from(elements).where(eq(elements.districtId, tree.district.id));
    expect(catalog.every((e) => used.has(e.id))).toBe(true);
    const reviews = await t.db.select().from(matchReviews);
    expect(reviews.every((r) => r.districtId === tree.district.id)).toBe(true);
  });

  it("keeps an element villages stored values under when its last field leaves, and drops one without values", async () => {
    const kennel = await seedForm(t.db, { district: tree.district, department: minzheng, title: "养犬登记表", fields: [{ label: "犬只登记证号" }, { label: "犬只芯片编码" }] });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    const withValue = (await fieldOf(kennel, "犬只登记证号")).elementId!;
    const withoutValue = (await fieldOf(kennel, "犬只芯片编码")).elementId!;
    expect(withValue).not.toBe(withoutValue);
    await t.db.insert(values).values({ orgUnitId: tree.villages[0][0].id, elementId: withValue, periodKey: "2026", districtId: tree.district.id, value: "湘A-0001", source: "entered" });
    await t.db.delete(forms).where(eq(forms.id, kennel.id));

    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    const left = new Set((await t.db.select({ id: elements.id }).from(elements)).map((e) => e.id));
    expect(left.has(withValue)).toBe(true);
    expect(left.has(withoutValue)).toBe(false);
    const [stored] = await t.db.select().from(values).where(eq(values.elementId, withValue));
    expect(stored.value).toBe("湘A-0001");
  });

  it("carries a village's values over when an element's fields all join another one, converting its unit", async () => {
    const village = tree.villages[0][0].id;
    const gift = await seedForm(t.db, { district: tree.district, department: minzheng, title: "节日慰问发放表", fields: [{ label: "慰问金（万元）", type: "decimal", unit: "万元" }] });
    const aids = [
      await seedForm(t.db, { district: tree.district, department: weijian, title: "医疗救助发放表", fields: [{ label: "救助金额（元）", type: "decimal", unit: "元" }] }),
      await seedForm(t.db, { district: tree.district, department: minzheng, title: "临时救助发放表", fields: [{ label: "救助金额（元）", type: "decimal", unit: "元" }] }),
    ];
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    const a = await fieldOf(gift, "慰问金（万元）");
    const b = await fieldOf(aids[0], "救助金额（元）");
    expect(a.elementId).not.toBe(b.elementId);
    expect((await fieldOf(aids[1], "救助金额（元）")).elementId).toBe(b.elementId);
    await t.db.insert(values).values([
      { orgUnitId: village, elementId: a.elementId!, periodKey: "2026-10", districtId: tree.district.id, value: 1.2, source: "entered" },
      { orgUnitId: village, elementId: a.elementId!, periodKey: "2026-11", districtId: tree.district.id, value: 0.5, source: "entered" },
      { orgUnitId: village, elementId: b.elementId!, periodKey: "2026-11", districtId: tree.district.id, value: 4000, source: "entered" },
    ]);
    // An official moves the 慰问金 into the 救助金额 element (two fields, in 元): its own element is left with none.
    await recordDecision(t.db, { districtId: tree.district.id, kind: "assign", fieldA: a.id, elementId: b.elementId, decidedBy: null });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(gift, "慰问金（万元）")).elementId).toBe(b.elementId);
    const stored = new Map((await t.db.select().from(values).where(eq(values.elementId, b.elementId!))).map((v) => [v.periodKey, Number(v.value)]));
    expect(stored.get("2026-10")).toBeCloseTo(12_000);
    // The joined element's own value for 2026-11 stays.
    expect(stored.get("2026-11")).toBe(4000);
    expect(await t.db.select().from(values).where(eq(values.elementId, a.elementId!))).toEqual([]);
    expect(await t.db.select().from(elements).where(eq(elements.id, a.elementId!))).toEqual([]);
  });

  it("copies a village's values to the element a field moves to when its old element keeps other fields", async () => {
    const village = tree.villages[0][1]?.id ?? tree.villages[0][0].id;
    const forms2 = [
      await seedForm(t.db, { district: tree.district, department: minzheng, title: "孤儿基本生活费发放表", fields: [{ label: "孤儿人数", type: "integer", unit: "人" }] }),
      await seedForm(t.db, { district: tree.district, department: weijian, title: "孤儿医疗救助表", fields: [{ label: "孤儿人数", type: "integer", unit: "人" }] }),
      await seedForm(t.db, { district: tree.district, department: weijian, title: "困境儿童月报", fields: [{ label: "困境儿童人数", type: "integer", unit: "人" }] }),
    ];
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    const moved = await fieldOf(forms2[0], "孤儿人数");
    const stays = await fieldOf(forms2[1], "孤儿人数");
    const target = await fieldOf(forms2[2], "困境儿童人数");
    expect(moved.elementId).toBe(stays.elementId);
    expect(target.elementId).not.toBe(moved.elementId);
    await t.db.insert(values).values({ orgUnitId: village, elementId: moved.elementId!, periodKey: "2026-10", districtId: tree.district.id, value: 3, source: "entered" });
    await recordDecision(t.db, { districtId: tree.district.id, kind: "assign", fieldA: moved.id, elementId: target.elementId, decidedBy: null });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor });
    expect((await fieldOf(forms2[0], "孤儿人数")).elementId).toBe(target.elementId);
    const valueOf = async (elementId: string) => (await t.db.select().from(values).where(eq(values.elementId, elementId))).map((v) => [v.periodKey, v.value]);
    // The form the value was entered through still finds it; the element its other field asks keeps it too.
    expect(await valueOf(target.elementId!)).toEqual([["2026-10", 3]]);
    expect(await valueOf(stays.elementId!)).toEqual([["2026-10", 3]]);
  });
});

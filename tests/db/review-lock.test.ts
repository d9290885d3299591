import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import type { OneFormView } from "@/lib/one-form";
import { periodKeyOf } from "@/lib/periods";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { oneFormReviews, persons, personValues, rosterEntries, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { demoIdNumber } from "@/db/seed/demo-export";
import { rematchDistrict } from "@/db/queries/matching";
import { getOneFormScope, loadOneForm, type OneFormScope } from "@/db/queries/one-form";
import { addResidentToRoster, submitPeriod, updateResident } from "@/app/(app)/one-form/actions";
import { reviewAsTown } from "@/app/(app)/review/actions";
import { POST as importRoute } from "@/app/api/one-form/import/route";

/**
 * The lock of an approved one form on resident data shared by rosters (docs/review.md, Lock): a resident's
 * name and values show on every roster listing them, so an edit through a roster that is not approved, or
 * a spreadsheet import, is refused when an approved roster of the period shows what would change.
 */
const t = useTestDb();
let tree: OrgTree;
let scope: OneFormScope;
const u = {} as Record<"cadre" | "town", User>;
// The import route applies this month's one form (the one the cadre's 一表通 opens on).
const PERIOD = periodKeyOf(new Date(), "month");
const LOCKED = "本期一表通已审核通过并锁定，不能再修改或重新提交；如需修改，请联系审核人解除锁定。";
const ZHANG = demoIdNumber("1950-04-08", 12);
const LI = demoIdNumber("1955-09-21", 33);
const WANG = demoIdNumber("1948-01-30", 51);

const own = () => tree.villages[0][0];
const viewOf = async (): Promise<OneFormView> => (await loadOneForm(t.db, { scope, periodKey: PERIOD })).view;
const roster = (view: OneFormView, title: string) => view.rosters.find((r) => r.form.title === title)!;
const column = (view: OneFormView, title: string, label: string) => roster(view, title).columns.find((c) => c.label === label)!.elementId;
const personBy = async (idNumber: string) => (await t.db.select().from(persons).where(eq(persons.idNumber, idNumber)))[0];
async function valueOf(personId: string, elementId: string) {
  const [row] = await t.db.select().from(personValues).where(and(eq(personValues.personId, personId), eq(personValues.elementId, elementId)));
  return row?.value ?? null;
}

function importSheet(rows: unknown[][], formId?: string) {
  const query = new URLSearchParams({ step: "confirm", ...(formId ? { formId } : {}) });
  return buildWorkbook([{ name: "台账", rows: [["低保对象台账"], ["序号", "姓名", "公民身份号码", "联系电话"], ...(rows as never[][])] }]).then((file) => {
    const form = new FormData();
    form.append("file", new File([new Uint8Array(file)], "台账.xlsx"));
    return importRoute(new Request(`http://localhost/api/one-form/import?${query}`, { method: "POST", body: form }));
  });
}

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  const mz = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  await seedForm(t.db, { district: tree.district, department: mz, title: "低保名册", kind: "roster", fields: [{ label: "姓名" }, { label: "公民身份号码", type: "idcard" }, { label: "联系电话", type: "phone" }, { label: "保障金额（元）", type: "decimal", unit: "元" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  u.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: own() });
  u.town = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  scope = (await getOneFormScope(t.db, { orgUnitId: own().id }))!;

  // 张三 on 低保名册; the one form is submitted and approved by the town (低保名册 locked) ...
  await signInAs(t.db, u.cadre);
  const view = await viewOf();
  const dibao = roster(view, "低保名册");
  expect(
    await addResidentToRoster(null, { orgUnitId: own().id, periodKey: PERIOD, formId: dibao.form.id, idNumber: ZHANG, name: "张三", values: { [column(view, "低保名册", "联系电话")]: "13800001111", [column(view, "低保名册", "保障金额（元）")]: "560" }, versions: {} }),
  ).toMatchObject({ ok: true, data: { status: "saved" } });
  expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: true });
  const [review] = await t.db.select().from(oneFormReviews).where(eq(oneFormReviews.orgUnitId, own().id));
  await signInAs(t.db, u.town);
  expect(await reviewAsTown(null, { orgUnitId: own().id, periodKey: PERIOD, step: "approve", version: review.version })).toMatchObject({ ok: true, data: { status: "town_approved" } });

  // ... then a new roster comes into force: it is due this period but was not part of the approval.
  await seedForm(t.db, { district: tree.district, department: mz, title: "高龄老人名册", kind: "roster", fields: [{ label: "姓名" }, { label: "身份证号", type: "idcard" }, { label: "联系电话", type: "phone" }, { label: "居住地址" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
});

describe("the lock of an approved roster's residents, through another roster", () => {
  it("refuses a change of a value or the name the approved roster shows; allows the other roster's own values", async () => {
    await signInAs(t.db, u.cadre);
    const view = await viewOf();
    const elderly = roster(view, "高龄老人名册");
    const phone = column(view, "高龄老人名册", "联系电话");
    const address = column(view, "高龄老人名册", "居住地址");
    expect(phone).toBe(column(view, "低保名册", "联系电话")); // one element, shared by both rosters
    const zhang = await personBy(ZHANG);
    const base = { orgUnitId: own().id, periodKey: PERIOD, formId: elderly.form.id, personId: zhang.id };

    // Listing 张三 on the new roster with a value only it shows is fine; with a new phone number it is not.
    expect(await addResidentToRoster(null, { ...base, values: { [phone]: "13900002222" }, versions: { [phone]: 1 } })).toMatchObject({ ok: false, message: LOCKED });
    expect(await addResidentToRoster(null, { ...base, values: { [address]: "一组" }, versions: {} })).toMatchObject({ ok: true, data: { status: "saved" } });

    const listed = roster(await viewOf(), "高龄老人名册").rows.find((r) => r.personId === zhang.id)!;
    const versions = { [phone]: listed.cells[phone].version, [address]: listed.cells[address].version };
    // A new phone number or a new name would change the approved 低保名册: refused, nothing written.
    expect(await updateResident(null, { ...base, name: "张三", version: zhang.version, values: { [phone]: "13900002222", [address]: "一组" }, versions })).toMatchObject({ ok: false, message: LOCKED });
    expect(await updateResident(null, { ...base, name: "张叁", version: zhang.version, values: { [phone]: "13800001111", [address]: "一组" }, versions })).toMatchObject({ ok: false, message: LOCKED });
    expect(await valueOf(zhang.id, phone)).toBe("13800001111");
    expect((await personBy(ZHANG)).name).toBe("张三");
    // The same phone number (unchanged) and a new address (not on 低保名册): saved.
    expect(await updateResident(null, { ...base, name: "张三", version: zhang.version, values: { [phone]: "13800001111", [address]: "二组" }, versions })).toMatchObject({ ok: true, data: { status: "saved" } });
    expect(await valueOf(zhang.id, address)).toBe("二组");
    // A resident on no approved roster is edited freely on the new roster.
    expect(await addResidentToRoster(null, { orgUnitId: own().id, periodKey: PERIOD, formId: elderly.form.id, idNumber: LI, name: "李四", values: { [phone]: "13700003333" }, versions: {} })).toMatchObject({ ok: true, data: { status: "saved" } });
    const li = await personBy(LI);
    expect(await updateResident(null, { orgUnitId: own().id, periodKey: PERIOD, formId: elderly.form.id, personId: li.id, name: "李四", version: li.version, values: { [phone]: "13700004444" }, versions: { [phone]: 1 } })).toMatchObject({ ok: true, data: { status: "saved" } });
  });
});

describe("the lock on spreadsheet imports (表格导入)", () => {
  it("refuses an import changing what an approved roster shows, or listing residents on it; imports the rest", async () => {
    await signInAs(t.db, u.cadre);
    const view = await viewOf();
    const phone = column(view, "低保名册", "联系电话");
    const dibao = roster(view, "低保名册").form.id;
    const zhang = await personBy(ZHANG);
    const entriesOf = async (formId: string) => (await t.db.select().from(rosterEntries).where(eq(rosterEntries.formId, formId))).length;

    // 张三's new phone number and new name: refused, with the whole file (nothing half-imported).
    for (const row of [[1, "张三", ZHANG, "13900005555"], [1, "张叁", ZHANG, "13800001111"]]) {
      const refused = await importSheet([row, [2, "王五", WANG, "13600006666"]]);
      expect(refused.status).toBe(409);
      expect((await refused.json()).error.message).toBe(LOCKED);
    }
    expect(await valueOf(zhang.id, phone)).toBe("13800001111");
    expect((await personBy(ZHANG)).name).toBe("张三");
    expect(await personBy(WANG)).toBeUndefined();

    // Residents put on the approved roster: refused.
    const onApproved = await importSheet([[1, "王五", WANG, "13600006666"]], dibao);
    expect(onApproved.status).toBe(409);
    expect((await onApproved.json()).error.message).toBe(LOCKED);
    expect(await entriesOf(dibao)).toBe(1);

    // The same file with 张三 unchanged, and a resident on no approved roster: imported.
    const imported = await importSheet([[1, "张三", ZHANG, "13800001111"], [2, "王五", WANG, "13600006666"]]);
    expect(imported.status).toBe(200);
    expect((await imported.json()).imported).toMatchObject({ created: 1, updated: 1 });
    // 李四 is only on the roster that is not approved: a new number is imported.
    expect((await importSheet([[1, "李四", LI, "13700007777"]])).status).toBe(200);
    expect(await valueOf((await personBy(LI)).id, phone)).toBe("13700007777");
  });
});

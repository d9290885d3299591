import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs, outcomeOf, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { checkCharacter } from "@/lib/id-number/gb11643";
import type { ElementView, OneFormView } from "@/lib/one-form";
import { auditLog, personValues, persons, rosterEntries, submissions, values, type Department, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { rematchDistrict } from "@/db/queries/matching";
import { getOneFormScope, loadOneForm, saveOneFormSection, type OneFormScope } from "@/db/queries/one-form";
import OneFormPage from "@/app/(app)/one-form/[orgUnitId]/[period]/page";
import { addResidentToRoster, confirmSectionUnchanged, removeFromRoster, saveSection, showPersonInFull, submitPeriod, updateResident } from "@/app/(app)/one-form/actions";

const t = useTestDb();
let tree: OrgTree;
let mz: Department;
let tj: Department;
const u = {} as Record<"cadre" | "cadre2" | "otherCadre" | "town" | "otherTown" | "district", User>;
const PERIOD = "2026-11";
const id18 = (first17: string) => `${first17}${checkCharacter(first17)}`;
const ZHANG = id18("43011219800101123"); // man, born 1980-01-01
const LI = id18("43011219521230002"); // woman, born 1952-12-30
const wrongCheck = (id: string) => `${id.slice(0, 17)}${id[17] === "0" ? "1" : "0"}`;

const own = () => tree.villages[0][0];
const other = () => tree.villages[1][0];
let scope: OneFormScope;
let otherScope: OneFormScope;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 2, villages: 2 });
  mz = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  tj = await seedDepartment(t.db, { district: tree.district, name: "区统计局" });
  await seedForm(t.db, {
    district: tree.district,
    department: tj,
    title: "人口月报",
    kind: "aggregate",
    fields: [
      { label: "男", type: "integer", unit: "人", path: ["户籍人口", "男"] },
      { label: "女", type: "integer", unit: "人", path: ["户籍人口", "女"] },
      { label: "合计", type: "integer", unit: "人", path: ["户籍人口", "合计"] },
      { label: "本月出生人数", type: "integer", unit: "人" },
    ],
  });
  await seedForm(t.db, { district: tree.district, department: mz, title: "低保月报", kind: "aggregate", fields: [{ label: "低保户数", type: "integer", unit: "户" }, { label: "本月新增低保户数", type: "integer", unit: "户" }] });
  await seedForm(t.db, { district: tree.district, department: mz, title: "旧低保表", kind: "aggregate", status: "retired", fields: [{ label: "低保户数", type: "integer", unit: "户" }] });
  await seedForm(t.db, { district: tree.district, department: mz, title: "草稿表", kind: "aggregate", status: "draft", fields: [{ label: "耕地面积", type: "decimal", unit: "亩" }] });
  await seedForm(t.db, { district: tree.district, department: mz, title: "低保名册", kind: "roster", fields: [{ label: "姓名" }, { label: "公民身份号码", type: "idcard" }, { label: "联系电话", type: "phone" }, { label: "保障金额（元）", type: "decimal", unit: "元" }] });
  await seedForm(t.db, { district: tree.district, department: mz, title: "高龄老人名册", kind: "roster", fields: [{ label: "姓名" }, { label: "身份证号", type: "idcard" }, { label: "年龄", type: "integer" }, { label: "联系电话", type: "phone" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  u.cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: own() });
  u.cadre2 = await seedUser(t.db, { role: "village_cadre", orgUnit: own() });
  u.otherCadre = await seedUser(t.db, { role: "village_cadre", orgUnit: other() });
  u.town = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  u.otherTown = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[1] });
  u.district = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  scope = (await getOneFormScope(t.db, { orgUnitId: own().id }))!;
  otherScope = (await getOneFormScope(t.db, { orgUnitId: other().id }))!;
});

async function viewOf(s: OneFormScope = scope, periodKey = PERIOD): Promise<OneFormView> {
  return (await loadOneForm(t.db, { scope: s, periodKey })).view;
}
const elementsOf = (view: OneFormView) => view.sections.flatMap((s) => s.elements);
function find(view: OneFormView, name: string): ElementView {
  const found = elementsOf(view).find((e) => e.element.name.includes(name));
  if (!found) throw new Error(`no element like ${name}: ${elementsOf(view).map((e) => e.element.name).join(", ")}`);
  return found;
}
const sectionOf = (view: OneFormView, e: ElementView) => view.sections.find((s) => s.elements.includes(e))!.key;
const versionsOf = (view: OneFormView, section: string) => Object.fromEntries(view.sections.find((s) => s.key === section)!.elements.map((e) => [e.element.id, e.cell.version]));
const roster = (view: OneFormView, title: string) => view.rosters.find((r) => r.form.title === title)!;
const column = (view: OneFormView, title: string, label: string) => roster(view, title).columns.find((c) => c.label === label)!.elementId;

describe("the one form of a village", () => {
  it("lists the forms due, never retired or draft ones, and each element once", async () => {
    const view = await viewOf();
    expect(view.forms.map((f) => f.title).sort()).toEqual(["人口月报", "低保名册", "低保月报", "高龄老人名册"]);
    const dibao = elementsOf(view).filter((e) => e.element.name.includes("低保户数") && !e.element.name.includes("新增"));
    expect(dibao).toHaveLength(1);
    expect(view.burden.before).toBe(14);
    expect(view.burden.due).toBeLessThan(view.burden.before);
  });

  it("renders for the village's cadres and its town, and is missing for everyone else", async () => {
    const page = (orgUnitId: string) => () => OneFormPage({ params: Promise.resolve({ orgUnitId, period: PERIOD }) });
    const cases: [User, string, string][] = [
      [u.cadre, own().id, "rendered"],
      [u.cadre, other().id, "notFound"],
      [u.otherCadre, own().id, "notFound"],
      [u.town, own().id, "rendered"],
      [u.otherTown, own().id, "notFound"],
      [u.district, own().id, "rendered"],
      [u.cadre, tree.towns[0].id, "notFound"],
    ];
    for (const [user, orgUnitId, expected] of cases) {
      await signInAs(t.db, user);
      expect(await outcomeOf(page(orgUnitId))).toBe(expected);
    }
    await signInAs(t.db, u.cadre);
    expect(await outcomeOf(() => OneFormPage({ params: Promise.resolve({ orgUnitId: own().id, period: "2026-13" }) }))).toBe("notFound");
  });
});

describe("saving a section", () => {
  it("stores typed values, computes the total from its parts and reads them back with versions", async () => {
    await signInAs(t.db, u.cadre);
    let view = await viewOf();
    const male = find(view, "男");
    const section = sectionOf(view, male);
    const female = view.sections.find((s) => s.key === section)!.elements.find((e) => e.element.name.includes("女"))!;
    const total = view.sections.find((s) => s.key === section)!.elements.find((e) => e.isDerived)!;
    const result = await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [male.element.id]: "600", [female.element.id]: "612" }, versions: versionsOf(view, section), confirmed: [] });
    expect(result).toMatchObject({ ok: true, data: { status: "saved" } });
    view = await viewOf();
    expect(find(view, "男").cell).toMatchObject({ value: 600, version: 1, source: "entered" });
    expect(elementsOf(view).find((e) => e.element.id === total.element.id)!.cell).toMatchObject({ value: 1212, source: "derived" });
    const [stored] = await t.db.select().from(values).where(and(eq(values.orgUnitId, own().id), eq(values.elementId, total.element.id)));
    expect(stored).toMatchObject({ value: 1212, source: "derived", periodKey: PERIOD, districtId: tree.district.id });
  });

  it("refuses wrong input with Chinese message keys and writes nothing", async () => {
    await signInAs(t.db, u.cadre);
    const view = await viewOf();
    const births = find(view, "出生");
    const section = sectionOf(view, births);
    const result = await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [births.element.id]: "三个" }, versions: versionsOf(view, section), confirmed: [] });
    expect(result).toMatchObject({ ok: true, data: { status: "invalid", issues: [{ elementId: births.element.id, key: "notNumber" }] } });
    expect((await viewOf()).sections.flatMap((s) => s.elements).find((e) => e.element.id === births.element.id)!.cell.value).toBeNull();
  });

  it("asks to confirm a jump against last period, then saves once confirmed", async () => {
    await signInAs(t.db, u.cadre);
    const last = await viewOf(scope, "2026-10");
    const dibao = find(last, "低保户数");
    const section = sectionOf(last, dibao);
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: "2026-10", section, values: { [dibao.element.id]: "10" }, versions: versionsOf(last, section), confirmed: [] })).toMatchObject({ ok: true, data: { status: "saved" } });
    const view = await viewOf();
    const input = { orgUnitId: own().id, periodKey: PERIOD, section, values: { [dibao.element.id]: "40" }, versions: versionsOf(view, section) };
    expect(await saveSection(null, { ...input, confirmed: [] })).toMatchObject({ ok: true, data: { status: "warnings", issues: [{ key: "growth", params: { pct: 300, previous: 10 } }] } });
    expect(await saveSection(null, { ...input, confirmed: [dibao.element.id] })).toMatchObject({ ok: true, data: { status: "saved" } });
  });

  it("carries stock values forward and confirms a section unchanged in one action", async () => {
    await signInAs(t.db, u.cadre);
    const last = await viewOf(otherScope, "2026-10");
    const dibao = find(last, "低保户数");
    const section = sectionOf(last, dibao);
    await signInAs(t.db, u.otherCadre);
    await saveSection(null, { orgUnitId: other().id, periodKey: "2026-10", section, values: { [dibao.element.id]: "7" }, versions: versionsOf(last, section), confirmed: [] });
    const view = await viewOf(otherScope);
    expect(find(view, "低保户数").cell).toMatchObject({ value: 7, isPrefill: true, version: 0 });
    expect(find(view, "新增低保").cell).toMatchObject({ value: null, isPrefill: false }); // flow: starts empty
    expect(await confirmSectionUnchanged(null, { orgUnitId: other().id, periodKey: PERIOD, section, versions: versionsOf(view, section) })).toMatchObject({ ok: true, data: { status: "saved" } });
    expect(find(await viewOf(otherScope), "低保户数").cell).toMatchObject({ value: 7, source: "carried", isPrefill: false, version: 1 });
  });
});

describe("two sessions of one village editing the same section", () => {
  it("refuses the second save with who and when, and keeps the first save intact", async () => {
    await signInAs(t.db, u.cadre);
    const seen = await viewOf(); // both sessions read the same versions
    const births = find(seen, "出生");
    const section = sectionOf(seen, births);
    const versions = versionsOf(seen, section);
    await signInAs(t.db, u.cadre2);
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [births.element.id]: "3" }, versions, confirmed: [] })).toMatchObject({ ok: true, data: { status: "saved" } });
    await signInAs(t.db, u.cadre);
    const second = await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [births.element.id]: "5" }, versions, confirmed: [] });
    expect(second).toMatchObject({ ok: false });
    expect(second && !second.ok && second.message).toMatch(new RegExp(`^本节已被 ${u.cadre2.displayName} 于 \\d{2}:\\d{2} 修改，请刷新后再保存，您的输入已保留$`));
    expect(find(await viewOf(), "出生").cell).toMatchObject({ value: 3, version: 1 });
  });

  it("lets exactly one of two simultaneous saves through and loses nothing", async () => {
    const seen = await viewOf();
    const births = find(seen, "出生");
    const section = sectionOf(seen, births);
    const versions = versionsOf(seen, section);
    const attempt = (user: User, value: string) =>
      saveOneFormSection(t.db, { userId: user.id }, { scope, periodKey: PERIOD, section, values: { [births.element.id]: value }, versions, confirmed: [] }).then(
        () => value,
        (error: { code?: string }) => error.code,
      );
    const outcomes = await Promise.all([attempt(u.cadre, "8"), attempt(u.cadre2, "9")]);
    expect(outcomes.filter((o) => o === "sectionConflict")).toHaveLength(1);
    const winner = outcomes.find((o) => o !== "sectionConflict");
    const cell = find(await viewOf(), "出生").cell;
    expect(cell).toMatchObject({ value: Number(winner), version: 2 });
    const saves = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "one_form_section"), eq(auditLog.entityId, own().id)));
    expect(saves.filter((a) => JSON.stringify(a.after).includes(`"${winner}"`) || JSON.stringify(a.after).includes(`:${winner}`)).length).toBeGreaterThanOrEqual(1);
  });
});

describe("rosters and the resident registry", () => {
  it("adds residents by 公民身份号码, rejects a wrong check digit, derives age and shares values across rosters", async () => {
    await signInAs(t.db, u.cadre);
    const view = await viewOf();
    const dibaoRoster = roster(view, "低保名册");
    const phone = column(view, "低保名册", "联系电话");
    const amount = column(view, "低保名册", "保障金额（元）");
    const base = { orgUnitId: own().id, periodKey: PERIOD, formId: dibaoRoster.form.id, versions: {} };
    const bad = await addResidentToRoster(null, { ...base, idNumber: wrongCheck(ZHANG), name: "张三", values: { [phone]: "13812345678", [amount]: "560" } });
    expect(bad).toMatchObject({ ok: true, data: { status: "invalid", issues: [{ elementId: "idNumber", key: "idCheckDigit" }] } });
    expect(await t.db.select().from(persons).where(eq(persons.orgUnitId, own().id))).toHaveLength(0);
    expect(await addResidentToRoster(null, { ...base, idNumber: ZHANG, name: "张三", values: { [phone]: "13812345678", [amount]: "560" } })).toMatchObject({ ok: true, data: { status: "saved" } });
    expect(await addResidentToRoster(null, { ...base, idNumber: LI, name: "李四", values: { [amount]: "480.5" } })).toMatchObject({ ok: true, data: { status: "saved" } });
    const [zhang] = await t.db.select().from(persons).where(eq(persons.idNumber, ZHANG));
    expect(zhang).toMatchObject({ birthDate: "1980-01-01", sex: "male", orgUnitId: own().id });

    // The same resident on a second roster: only that roster's own fields, the phone already known.
    const elderly = roster(view, "高龄老人名册");
    const [li] = await t.db.select().from(persons).where(eq(persons.idNumber, LI));
    expect(await addResidentToRoster(null, { orgUnitId: own().id, periodKey: PERIOD, formId: elderly.form.id, personId: li.id, values: {}, versions: {} })).toMatchObject({ ok: true, data: { status: "saved" } });
    const after = await viewOf();
    const elderlyRows = roster(after, "高龄老人名册").rows;
    expect(elderlyRows.map((r) => r.name)).toEqual(["李四"]);
    expect(elderlyRows[0].cells[column(after, "高龄老人名册", "年龄")].value).toBe(73); // on 2026-11-30
    const dibaoRows = roster(after, "低保名册").rows;
    expect(dibaoRows.map((r) => r.name).sort()).toEqual(["张三", "李四"].sort());
    const zhangRow = dibaoRows.find((r) => r.name === "张三")!;
    expect(zhangRow.idNumberMasked).toBe(`430112********${ZHANG.slice(-4)}`);
    expect(zhangRow.cells[phone].display).toBe("138****5678");
    expect(JSON.stringify(after)).not.toContain(ZHANG);
    expect(JSON.stringify(after)).not.toContain("13812345678");

    // Phone typed once for 李四 on one roster shows on the other.
    await updateResident(null, { orgUnitId: own().id, periodKey: PERIOD, formId: dibaoRoster.form.id, personId: li.id, name: "李四", version: li.version, values: { [phone]: "13900001111" }, versions: { [phone]: 0 } });
    const again = await viewOf();
    const liOnElderly = roster(again, "高龄老人名册").rows[0];
    expect(liOnElderly.cells[column(again, "高龄老人名册", "联系电话")].display).toBe("139****1111");
  });

  it("shows a resident's numbers in full only to the village's cadre, and audits each view", async () => {
    const [zhang] = await t.db.select().from(persons).where(eq(persons.idNumber, ZHANG));
    await signInAs(t.db, u.town);
    expect(await showPersonInFull(null, { orgUnitId: own().id, personId: zhang.id })).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    await signInAs(t.db, u.cadre);
    const shown = await showPersonInFull(null, { orgUnitId: own().id, personId: zhang.id });
    expect(shown).toMatchObject({ ok: true, data: { idNumber: ZHANG } });
    expect(Object.values((shown as { data: { phones: Record<string, string> } }).data.phones)).toContain("13812345678");
    const views = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "view"), eq(auditLog.entityId, zhang.id)));
    expect(views).toHaveLength(1);
    expect(views[0].userId).toBe(u.cadre.id);
  });

  it("takes a resident off a roster without touching the registry", async () => {
    await signInAs(t.db, u.cadre);
    const view = await viewOf();
    const [li] = await t.db.select().from(persons).where(eq(persons.idNumber, LI));
    expect(await removeFromRoster(null, { orgUnitId: own().id, periodKey: PERIOD, formId: roster(view, "高龄老人名册").form.id, personId: li.id })).toMatchObject({ ok: true });
    expect(roster(await viewOf(), "高龄老人名册").rows).toEqual([]);
    expect(await t.db.select().from(persons).where(eq(persons.id, li.id))).toHaveLength(1);
  });
});

describe("another village's ids are refused, never its data", () => {
  it("refuses saving, rosters, registry edits and full numbers across villages and to officials", async () => {
    // A resident of the other village, registered by its own cadre.
    await signInAs(t.db, u.otherCadre);
    const otherView = await viewOf(otherScope);
    const dibaoRoster = roster(otherView, "低保名册");
    await addResidentToRoster(null, { orgUnitId: other().id, periodKey: PERIOD, formId: dibaoRoster.form.id, idNumber: id18("43011219900505456"), name: "王五", values: {}, versions: {} });
    const [wang] = await t.db.select().from(persons).where(eq(persons.name, "王五"));
    const births = find(otherView, "出生");
    const section = sectionOf(otherView, births);
    const refused = (message: string) => ({ asymmetricMatch: (r: unknown) => !!r && (r as { ok: boolean }).ok === false && (r as { message: string }).message === message && !("data" in (r as object)) && !JSON.stringify(r).includes("王五") });
    const forbidden = refused("您无权执行此操作。");
    const missing = refused("要操作的对象不存在或您无权访问。");

    await signInAs(t.db, u.cadre);
    expect(await saveSection(null, { orgUnitId: other().id, periodKey: PERIOD, section, values: { [births.element.id]: "99" }, versions: versionsOf(otherView, section), confirmed: [] })).toEqual(forbidden);
    expect(await submitPeriod(null, { orgUnitId: other().id, periodKey: PERIOD })).toEqual(forbidden);
    expect(await showPersonInFull(null, { orgUnitId: other().id, personId: wang.id })).toEqual(forbidden);
    // Own village in the input, the other village's resident as the object: looks missing, reveals nothing.
    expect(await showPersonInFull(null, { orgUnitId: own().id, personId: wang.id })).toEqual(missing);
    expect(await updateResident(null, { orgUnitId: own().id, periodKey: PERIOD, formId: dibaoRoster.form.id, personId: wang.id, name: "改名", version: 1, values: {}, versions: {} })).toEqual(missing);
    expect(await addResidentToRoster(null, { orgUnitId: own().id, periodKey: PERIOD, formId: dibaoRoster.form.id, personId: wang.id, values: {}, versions: {} })).toEqual(missing);
    expect(await removeFromRoster(null, { orgUnitId: own().id, periodKey: PERIOD, formId: dibaoRoster.form.id, personId: wang.id })).toEqual(missing);
    // A section key or element that is not this village's is missing too.
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section: "nope", values: {}, versions: {}, confirmed: [] })).toEqual(missing);
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [crypto.randomUUID()]: "1" }, versions: {}, confirmed: [] })).toEqual(missing);

    for (const official of [u.town, u.district]) {
      await signInAs(t.db, official);
      expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [births.element.id]: "99" }, versions: versionsOf(otherView, section), confirmed: [] })).toEqual(forbidden);
    }
    const [stillWang] = await t.db.select().from(persons).where(eq(persons.id, wang.id));
    expect(stillWang.name).toBe("王五");
    expect(await t.db.select().from(rosterEntries).where(and(eq(rosterEntries.personId, wang.id), eq(rosterEntries.orgUnitId, own().id)))).toHaveLength(0);
    expect(find(await viewOf(otherScope), "出生").cell.value).toBeNull();
    expect(await t.db.select().from(personValues).where(eq(personValues.personId, wang.id))).toHaveLength(0);
  });
});

describe("submitting the period", () => {
  it("refuses while values are missing, then submits every due form for its own period", async () => {
    await signInAs(t.db, u.cadre);
    let view = await viewOf();
    const missing = view.sections.reduce((n, s) => n + s.progress.total - s.progress.filled, 0);
    expect(missing).toBeGreaterThan(0);
    expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: false, message: `还有 ${missing} 项未填，填完后才能提交` });
    for (const s of view.sections) {
      const typed = s.elements.filter((e) => !e.isDerived);
      const result = await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section: s.key, values: Object.fromEntries(typed.map((e) => [e.element.id, e.cell.value ?? "2"])), versions: versionsOf(view, s.key), confirmed: typed.map((e) => e.element.id) });
      expect(result).toMatchObject({ ok: true, data: { status: "saved" } });
    }
    view = await viewOf();
    expect(view.progress.filled).toBeGreaterThan(0);
    expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: true });
    const rows = await t.db.select().from(submissions).where(eq(submissions.orgUnitId, own().id));
    expect(rows.map((r) => [r.periodKey, r.status]).sort()).toEqual(view.forms.map(() => [PERIOD, "submitted"]));
    expect((await viewOf()).forms.every((f) => f.submittedAt)).toBe(true);

    // A change after submission puts the forms using that value back to draft, until submitted again.
    const births = find(view, "出生");
    const section = sectionOf(view, births);
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [births.element.id]: "4" }, versions: versionsOf(view, section), confirmed: [births.element.id] })).toMatchObject({ ok: true, data: { status: "saved" } });
    const reopened = (await viewOf()).forms.filter((f) => !f.submittedAt).map((f) => f.title);
    expect(reopened).toEqual(["人口月报"]);
    const [row] = await t.db.select().from(submissions).where(and(eq(submissions.orgUnitId, own().id), eq(submissions.formId, births.forms[0].id)));
    expect(row.status).toBe("draft");
  });
});

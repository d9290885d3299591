import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { useTestDb } from "@/tests/helpers/test-db";
import type { OneFormView } from "@/lib/one-form";
import { auditLog, elements, oneFormPlanStamps, values, type Department } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, type OrgTree } from "@/db/seed/factories";
import { setFormStatus } from "@/db/queries/forms";
import { rematchDistrict } from "@/db/queries/matching";
import { getOneFormScope, loadOneForm, saveOneFormSection, type OneFormScope } from "@/db/queries/one-form";
import type { Tx } from "@/db/types";

// The plan of a district's one form is cached under a stamp the database triggers move on every definition
// change (db/queries/one-form-plan.ts): reads and saves must see forms registered, retired or renamed at once.
const t = useTestDb();
let tree: OrgTree;
let dept: Department;
let scope: OneFormScope;
const PERIOD = "2026-11";

const viewOf = async (): Promise<OneFormView> => (await loadOneForm(t.db, { scope, periodKey: PERIOD })).view;
const titles = (view: OneFormView) => view.forms.map((f) => f.title).sort();
const find = (view: OneFormView, name: string) => view.sections.flatMap((s) => s.elements.map((e) => ({ ...e, section: s.key }))).find((e) => e.element.name === name);
const stampOf = async () => (await t.db.select().from(oneFormPlanStamps).where(eq(oneFormPlanStamps.districtId, tree.district.id)))[0]?.stamp;

beforeAll(async () => {
  tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  dept = await seedDepartment(t.db, { district: tree.district, name: "区统计局" });
  await seedForm(t.db, { district: tree.district, department: dept, title: "人口月报", kind: "aggregate", fields: [{ label: "常住人口", type: "integer", unit: "人" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  scope = (await getOneFormScope(t.db, { orgUnitId: tree.villages[0][0].id }))!;
});

describe("the cached plan of a one form", () => {
  it("is read once while nothing changes: two loads share the element definitions", async () => {
    const [a, b] = [await viewOf(), await viewOf()];
    expect(titles(a)).toEqual(["人口月报"]);
    expect(find(b, "常住人口")!.element).toBe(find(a, "常住人口")!.element);
  });

  it("sees a form registered afterwards, and a save of its items goes through", async () => {
    await viewOf(); // cached
    const before = await stampOf();
    await seedForm(t.db, { district: tree.district, department: dept, title: "农业季报", kind: "aggregate", fields: [{ label: "耕地面积", type: "decimal", unit: "亩" }] });
    await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
    expect(await stampOf()).not.toEqual(before);
    const view = await viewOf();
    expect(titles(view)).toEqual(["人口月报", "农业季报"]);
    const item = find(view, "耕地面积")!;
    const outcome = await saveOneFormSection(t.db, { userId: null }, { scope, periodKey: PERIOD, section: item.section, values: { [item.element.id]: "12.5" }, versions: { [item.element.id]: 0 }, confirmed: [] });
    expect(outcome).toMatchObject({ status: "saved", written: 1 });
  });

  it("drops a form retired afterwards: no longer shown, its items refused on save", async () => {
    const item = find(await viewOf(), "耕地面积")!;
    const form = (await viewOf()).forms.find((f) => f.title === "农业季报")!;
    await t.db.transaction((tx) => setFormStatus(tx as Tx, { id: form.id, status: "retired" }));
    expect(titles(await viewOf())).toEqual(["人口月报"]);
    await expect(saveOneFormSection(t.db, { userId: null }, { scope, periodKey: PERIOD, section: item.section, values: { [item.element.id]: "13" }, versions: { [item.element.id]: 1 }, confirmed: [] })).rejects.toMatchObject({ code: "notFound" });
    const [row] = await t.db.select().from(values).where(and(eq(values.orgUnitId, scope.orgUnit.id), eq(values.elementId, item.element.id)));
    expect(row.value).toBe(12.5);
  });

  it("shows an element renamed afterwards", async () => {
    const item = find(await viewOf(), "常住人口")!;
    await t.db.update(elements).set({ name: "常住人口数" }).where(eq(elements.id, item.element.id));
    expect(find(await viewOf(), "常住人口数")?.element.id).toBe(item.element.id);
  });

  it("writes nothing and no audit row for a refused input (the save's transaction rolls back)", async () => {
    const item = find(await viewOf(), "常住人口数")!;
    const audits = async () => (await t.db.select().from(auditLog).where(eq(auditLog.entity, "one_form_section"))).length;
    const n = await audits();
    const outcome = await saveOneFormSection(t.db, { userId: null }, { scope, periodKey: PERIOD, section: item.section, values: { [item.element.id]: "很多" }, versions: { [item.element.id]: 0 }, confirmed: [] });
    expect(outcome).toMatchObject({ status: "invalid", issues: [{ elementId: item.element.id, key: "notNumber" }] });
    expect(await audits()).toBe(n);
    expect(await t.db.select().from(values).where(eq(values.elementId, item.element.id))).toEqual([]);
  });
});

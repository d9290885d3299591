import { and, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import type { OneFormView } from "@/lib/one-form";
import { submissions, type User } from "@/db/schema";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { getBurdenRefresh, getBurdenTotals, refreshBurden } from "@/db/queries/burden";
import { rematchDistrict } from "@/db/queries/matching";
import { getOneFormScope, loadOneForm, type OneFormScope } from "@/db/queries/one-form";
import { saveSection, submitPeriod } from "@/app/(app)/one-form/actions";

/**
 * The dashboards read the burden rollup; a village's submission (or a save that puts a submitted form back
 * to draft) refreshes that village's months itself, with no district rebuild in between.
 */
const t = useTestDb();
let tree: OrgTree;
let cadre: User;
let scope: OneFormScope;
const PERIOD = "2026-03"; // the monthly report and the Q1 report both fall due in March, deadlines long past

const own = () => tree.villages[0][0];
const other = () => tree.villages[0][1];
const figures = async (path: string) => {
  const totals = await getBurdenTotals(t.db, { districtId: tree.district.id, path, from: "2026-03", to: "2026-03" });
  return { due: totals.reportsDue, onTime: totals.reportsOnTime, late: totals.reportsLate, missing: totals.reportsMissing };
};
const viewOf = async (): Promise<OneFormView> => (await loadOneForm(t.db, { scope, periodKey: PERIOD })).view;
const versionsOf = (view: OneFormView, section: string) => Object.fromEntries(view.sections.find((s) => s.key === section)!.elements.map((e) => [e.element.id, e.cell.version]));

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  const mz = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  const tj = await seedDepartment(t.db, { district: tree.district, name: "区统计局" });
  await seedForm(t.db, { district: tree.district, department: mz, title: "低保月报", kind: "aggregate", fields: [{ label: "低保户数", type: "integer", unit: "户" }, { label: "本月新增低保户数", type: "integer", unit: "户" }] });
  await seedForm(t.db, { district: tree.district, department: tj, title: "农业季报", kind: "aggregate", frequency: "quarterly", fields: [{ label: "耕地面积", type: "decimal", unit: "亩" }] });
  await rematchDistrict(t.db, { districtId: tree.district.id, actor: { userId: null } });
  cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: own() });
  scope = (await getOneFormScope(t.db, { orgUnitId: own().id }))!;
  // The district's rollup as the seed or a dashboard view leaves it.
  await refreshBurden(t.db, { districtId: tree.district.id, from: "2026-01", to: "2026-06" });
});

describe("the load rollup after a village's one-form writes", () => {
  it("counts a submission, and a submitted form reopened by a save, without any manual refresh", async () => {
    const rebuilt = await getBurdenRefresh(t.db, { districtId: tree.district.id });
    expect(await figures(own().path)).toEqual({ due: 2, onTime: 0, late: 0, missing: 2 });
    const otherBefore = await figures(other().path);

    await signInAs(t.db, cadre);
    let view = await viewOf();
    expect(view.forms.map((f) => f.formPeriod).sort()).toEqual(["2026-03", "2026-Q1"]);
    for (const s of view.sections) {
      const typed = s.elements.filter((e) => !e.isDerived);
      const saved = await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section: s.key, values: Object.fromEntries(typed.map((e) => [e.element.id, "3"])), versions: versionsOf(view, s.key), confirmed: typed.map((e) => e.element.id) });
      expect(saved).toMatchObject({ ok: true, data: { status: "saved" } });
    }
    // Values alone are not in the rollup.
    expect(await figures(own().path)).toEqual({ due: 2, onTime: 0, late: 0, missing: 2 });

    expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: true, data: { forms: 2 } });
    // Submitted in November for March: both late, none missing any more; the neighbour is untouched.
    expect(await figures(own().path)).toEqual({ due: 2, onTime: 0, late: 2, missing: 0 });
    expect(await figures(other().path)).toEqual(otherBefore);
    expect(await figures(tree.district.path)).toEqual({ due: 4, onTime: 0, late: 2, missing: 2 });

    // A changed value puts the monthly report back to draft: missing again until resubmitted.
    view = await viewOf();
    const dibao = view.sections.flatMap((s) => s.elements).find((e) => e.element.name.includes("新增"))!;
    const section = view.sections.find((s) => s.elements.includes(dibao))!.key;
    expect(await saveSection(null, { orgUnitId: own().id, periodKey: PERIOD, section, values: { [dibao.element.id]: "4" }, versions: versionsOf(view, section), confirmed: [dibao.element.id] })).toMatchObject({ ok: true, data: { status: "saved" } });
    expect(await figures(own().path)).toEqual({ due: 2, onTime: 0, late: 1, missing: 1 });

    // No full rebuild of the district happened in between: the village refreshed itself.
    expect(await getBurdenRefresh(t.db, { districtId: tree.district.id })).toEqual(rebuilt);
  });

  it("keeps the submission when the refresh fails, and logs the failure", async () => {
    const spy = vi.spyOn(console, "error").mockImplementation(() => {});
    let logged: unknown[][] = [];
    await t.db.execute(sql`alter table burden_facts rename to burden_facts_away`);
    try {
      await signInAs(t.db, cadre);
      expect(await submitPeriod(null, { orgUnitId: own().id, periodKey: PERIOD })).toMatchObject({ ok: true, data: { forms: 2 } });
    } finally {
      await t.db.execute(sql`alter table burden_facts_away rename to burden_facts`);
      logged = [...spy.mock.calls];
      spy.mockRestore();
    }
    expect(logged).toEqual([["[burden] village refresh failed", expect.objectContaining({ orgUnitId: own().id }), expect.anything()]]);
    const rows = await t.db.select().from(submissions).where(and(eq(submissions.orgUnitId, own().id), eq(submissions.status, "submitted")));
    expect(rows.map((r) => r.periodKey).sort()).toEqual(["2026-03", "2026-Q1"]);
    // The rollup keeps its last figures until the next refresh.
    expect(await figures(own().path)).toEqual({ due: 2, onTime: 0, late: 1, missing: 1 });
  });
});

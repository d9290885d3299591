import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { BURDEN_METRICS, DEFAULT_MINUTES, type BurdenTotals, dueCalendar, formLoadForMonth, monthsBetween, type BurdenForm } from "@/lib/burden";
import { useTestDb } from "@/tests/helpers/test-db";
import { seedDepartment, seedForm, seedOrgTree, type OrgTree } from "../seed/factories";
import { checkinCounts, checkinTasks, elements, formFields, submissions, type Department, type Form } from "../schema";
import type { Tx } from "../types";
import { getBurdenTotals, listBurdenByChild, listBurdenByDepartment, listBurdenByMonth, listMostBurdenedUnits, refreshBurden } from "./burden";
import { cancelCheckinTask, insertCheckinTasks } from "./checkins";

const t = useTestDb();
const FROM = "2026-01";
const TO = "2026-06";
const TODAY = new Date("2026-07-20T00:00:00Z");

describe("burden rollup", () => {
  let tree: OrgTree;
  let mz: Department;
  let wj: Department;
  let monthly: Form;
  let quarterly: Form;
  let retired: Form;

  beforeAll(async () => {
    const db = t.db;
    tree = await seedOrgTree(db, { towns: 2, villages: 3 });
    mz = await seedDepartment(db, { district: tree.district, name: "民政" });
    wj = await seedDepartment(db, { district: tree.district, name: "卫健" });
    monthly = await seedForm(db, { district: tree.district, department: mz, title: "月报", frequency: "monthly", fields: [{ label: "户籍人口", type: "integer" }, { label: "低保户数", type: "integer" }, { label: "联系电话", type: "phone" }] });
    quarterly = await seedForm(db, { district: tree.district, department: wj, title: "季报", frequency: "quarterly", fields: [{ label: "户籍人口数", type: "integer" }, { label: "签约人数", type: "integer" }] });
    retired = await seedForm(db, { district: tree.district, department: wj, title: "停用表", frequency: "monthly", status: "retired", fields: [{ label: "人口", type: "integer" }] });
    // 户籍人口 is one element (stock) asked by both departments.
    const [population] = await db.insert(elements).values({ districtId: tree.district.id, name: "户籍人口", type: "integer", scope: "unit", aggregation: "stock" }).returning();
    const fieldsOf = async (form: Form) => db.select().from(formFields).where(eq(formFields.formId, form.id)).orderBy(formFields.position);
    const [m1] = await fieldsOf(monthly);
    const [q1] = await fieldsOf(quarterly);
    await db.update(formFields).set({ elementId: population.id }).where(eq(formFields.id, m1.id));
    await db.update(formFields).set({ elementId: population.id }).where(eq(formFields.id, q1.id));
    // Village 0 of town 0 submits everything on time; village 1 sends March late; the rest nothing.
    const v0 = tree.villages[0][0];
    const v1 = tree.villages[0][1];
    const rows = monthsBetween(FROM, TO).map((month) => ({ orgUnitId: v0.id, formId: monthly.id, periodKey: month, districtId: tree.district.id, status: "submitted" as const, submittedAt: new Date(`${month}-20T08:00:00Z`) }));
    rows.push({ orgUnitId: v1.id, formId: monthly.id, periodKey: "2026-03", districtId: tree.district.id, status: "submitted", submittedAt: new Date("2026-04-25T08:00:00Z") });
    rows.push({ orgUnitId: v0.id, formId: quarterly.id, periodKey: "2026-Q1", districtId: tree.district.id, status: "submitted", submittedAt: new Date("2026-04-03T08:00:00Z") });
    await db.insert(submissions).values(rows);
    // A weekly river patrol for town 0's villages only, cancelled from May; a monthly check-in for all.
    const [patrol, meeting] = await db.transaction(async (tx) =>
      insertCheckinTasks(tx as Tx, [
        { districtId: tree.district.id, departmentId: mz.id, app: "河长通", name: "巡河打卡", frequency: "weekly", requiredCount: 1, startMonth: "2025-01", targetIds: tree.villages[0].map((v) => v.id) },
        { districtId: tree.district.id, departmentId: wj.id, app: "健康通", name: "例会签到", frequency: "monthly", requiredCount: 2, startMonth: "2026-02", forbiddenKind: "forced_checkin" },
      ]),
    );
    await db.transaction((tx) => cancelCheckinTask(tx as Tx, { id: patrol.id, version: patrol.version, month: "2026-05", reason: null, userId: null }));
    await db.insert(checkinCounts).values([
      { taskId: patrol.id, orgUnitId: v0.id, month: "2026-01", districtId: tree.district.id, count: 4, source: "imported" },
      { taskId: meeting.id, orgUnitId: v0.id, month: "2026-02", districtId: tree.district.id, count: 2, source: "logged" },
    ]);
    await refreshBurden(db, { districtId: tree.district.id, from: FROM, to: TO, today: TODAY });
  });

  const scope = () => ({ districtId: tree.district.id, path: tree.district.path, from: FROM, to: TO });

  it("gives the same totals at every level: villages, towns, district, months and departments", async () => {
    const district = await getBurdenTotals(t.db, scope());
    const towns = await listBurdenByChild(t.db, scope());
    expect(towns.map((x) => x.name).sort()).toEqual(tree.towns.map((x) => x.name).sort());
    const villages = (await Promise.all(tree.towns.map((town) => listBurdenByChild(t.db, { ...scope(), path: town.path })))).flat();
    expect(villages).toHaveLength(6);
    const months = await listBurdenByMonth(t.db, scope());
    const byDepartment = await listBurdenByDepartment(t.db, scope());
    for (const key of BURDEN_METRICS) {
      const sum = (rows: BurdenTotals[]) => Math.round(rows.reduce((s, r) => s + Number(r[key]), 0) * 10) / 10;
      expect(sum(towns), key).toBeCloseTo(district[key], 1);
      expect(sum(villages), key).toBeCloseTo(district[key], 1);
      expect(sum(months), key).toBeCloseTo(district[key], 1);
      expect(sum(byDepartment), key).toBeCloseTo(district[key], 1);
    }
    expect(district.entriesBefore).toBeGreaterThan(district.entriesAfter);
  });

  it("counts entries before and after consolidation as lib/burden does", async () => {
    const model: BurdenForm[] = [
      { id: monthly.id, departmentId: mz.id, frequency: "monthly", isRetired: false, targetLevels: ["village", "community"], fields: [{ type: "integer", elementKey: "pop", isStock: true }, { type: "integer", elementKey: "m2", isStock: false }, { type: "phone", elementKey: "m3", isStock: false }] },
      { id: quarterly.id, departmentId: wj.id, frequency: "quarterly", isRetired: false, targetLevels: ["village", "community"], fields: [{ type: "integer", elementKey: "pop", isStock: true }, { type: "integer", elementKey: "q2", isStock: false }] },
      { id: retired.id, departmentId: wj.id, frequency: "monthly", isRetired: true, targetLevels: ["village", "community"], fields: [{ type: "integer", elementKey: "r1", isStock: false }] },
    ];
    const calendar = dueCalendar(monthsBetween(FROM, TO));
    const village = tree.villages[1][2];
    for (const month of ["2026-02", "2026-03"]) {
      const expected = formLoadForMonth(model, "village", month, calendar, DEFAULT_MINUTES);
      const sum = (k: "entriesBefore" | "entriesAfter" | "entriesPrefilled" | "formsBefore" | "formsAfter") => expected.reduce((s, d) => s + d[k], 0);
      const got = await getBurdenTotals(t.db, { ...scope(), path: village.path, from: month, to: month });
      expect(got.entriesBefore).toBe(sum("entriesBefore"));
      expect(got.entriesAfter).toBe(sum("entriesAfter"));
      expect(got.entriesPrefilled).toBe(sum("entriesPrefilled"));
      expect(got.formsBefore).toBe(sum("formsBefore"));
      expect(got.formsAfter).toBe(sum("formsAfter"));
      // Minutes add the check-ins (例会签到 2 a month from February) to the forms' minutes.
      expect(got.minutesAfter).toBeCloseTo(expected.reduce((s, d) => s + d.minutesAfter, 0) + got.checkinsRequired * DEFAULT_MINUTES.checkin, 1);
    }
    // March: before 3 + 2 + 1 = 6 entries, after 户籍人口 once + 2 + 1 = 4.
    const march = await getBurdenTotals(t.db, { ...scope(), path: village.path, from: "2026-03", to: "2026-03" });
    expect([march.entriesBefore, march.entriesAfter, march.entriesPrefilled]).toEqual([6, 4, 1]);
  });

  it("classifies reports as on time, late or missing against their deadlines", async () => {
    const [v0, v1] = tree.villages[0];
    const a = await getBurdenTotals(t.db, { ...scope(), path: v0.path });
    // 6 monthly + 2 quarterly due by 2026-07-20 (Q2 is due 07-10): all on time but Q2.
    expect(a.reportsDue).toBe(8);
    expect([a.reportsOnTime, a.reportsLate, a.reportsMissing]).toEqual([7, 0, 1]);
    const b = await getBurdenTotals(t.db, { ...scope(), path: v1.path });
    expect([b.reportsOnTime, b.reportsLate, b.reportsMissing]).toEqual([0, 1, 7]);
  });

  it("counts check-ins required, done and removed by cancellation", async () => {
    const [v0] = tree.villages[0];
    const jan = await getBurdenTotals(t.db, { ...scope(), path: v0.path, from: "2026-01", to: "2026-01" });
    expect(jan.checkinsRequired).toBe(4); // weeks ending in January 2026: W01 (01-04) … W04 (01-25)
    expect(jan.checkinsDone).toBe(4);
    const may = await getBurdenTotals(t.db, { ...scope(), path: v0.path, from: "2026-05", to: "2026-05" });
    expect(may.checkinsRequired).toBe(2);
    expect(may.checkinsRemoved).toBe(5); // weeks ending in May 2026: 05-03 … 05-31
    const otherTown = await getBurdenTotals(t.db, { ...scope(), path: tree.villages[1][0].path, from: "2026-01", to: "2026-01" });
    expect(otherTown.checkinsRequired).toBe(0);
  });

  it("lists the most burdened villages first and refreshes one village without touching the others", async () => {
    const top = await listMostBurdenedUnits(t.db, { ...scope(), limit: 3 });
    expect(top).toHaveLength(3);
    expect(top[0].minutesAfter).toBeGreaterThanOrEqual(top[2].minutesAfter);
    const before = await getBurdenTotals(t.db, scope());
    await refreshBurden(t.db, { districtId: tree.district.id, from: FROM, to: TO, today: TODAY, orgUnitIds: [tree.villages[0][0].id] });
    expect(await getBurdenTotals(t.db, scope())).toEqual(before);
  });

  const expectSums = (got: BurdenTotals, parts: BurdenTotals[], label: string) => {
    for (const key of BURDEN_METRICS) expect(got[key], `${label} ${key}`).toBeCloseTo(parts.reduce((s, r) => s + r[key], 0), 1);
  };

  it("sums each town's villages into the town's rollup rows: in total, per month and per department", async () => {
    for (const [i, town] of tree.towns.entries()) {
      const villages = tree.villages[i];
      const at = (path: string, extra: Partial<ReturnType<typeof scope>> & { departmentId?: string } = {}) => getBurdenTotals(t.db, { ...scope(), path, ...extra });
      expectSums(await at(town.path), await Promise.all(villages.map((v) => at(v.path))), town.name);
      const children = await listBurdenByChild(t.db, { ...scope(), path: town.path });
      expect(children.map((c) => c.orgUnitId).sort()).toEqual(villages.map((v) => v.id).sort());
      for (const child of children) expect(child).toMatchObject(await at(villages.find((v) => v.id === child.orgUnitId)!.path));
      for (const row of await listBurdenByMonth(t.db, { ...scope(), path: town.path })) {
        expectSums(row, await Promise.all(villages.map((v) => at(v.path, { from: row.month, to: row.month }))), `${town.name} ${row.month}`);
      }
      const byDepartment = await listBurdenByDepartment(t.db, { ...scope(), path: town.path });
      expect(byDepartment.map((d) => d.departmentId).sort()).toEqual([mz.id, wj.id].sort());
      for (const row of byDepartment) {
        const villageParts = await Promise.all(villages.map((v) => at(v.path, { departmentId: row.departmentId })));
        expectSums(row, villageParts, `${town.name} ${row.departmentName}`);
        expectSums(await at(town.path, { departmentId: row.departmentId }), villageParts, `${town.name} filtered to ${row.departmentName}`);
        const filteredChildren = await listBurdenByChild(t.db, { ...scope(), path: town.path, departmentId: row.departmentId });
        expectSums(await at(town.path, { departmentId: row.departmentId }), filteredChildren, `${town.name} children of ${row.departmentName}`);
      }
    }
    // The district: its towns, and with a department filter its towns and its villages.
    const towns = await listBurdenByChild(t.db, scope());
    expectSums(await getBurdenTotals(t.db, scope()), towns, "district");
    for (const dept of [mz, wj]) {
      const filtered = { ...scope(), departmentId: dept.id };
      const total = await getBurdenTotals(t.db, filtered);
      expectSums(total, await listBurdenByChild(t.db, filtered), `district towns, ${dept.name}`);
      expectSums(total, await listMostBurdenedUnits(t.db, { ...filtered, limit: 100 }), `district villages, ${dept.name}`);
      expectSums(total, await listBurdenByMonth(t.db, filtered), `district months, ${dept.name}`);
    }
  });

  it("keeps towns and the district equal to their villages when villages of one town refresh at once", async () => {
    const [patrol] = await t.db.select().from(checkinTasks).where(eq(checkinTasks.name, "巡河打卡"));
    const [va, vb, vc] = tree.villages[0];
    const town = tree.towns[0];
    const before = { town: await getBurdenTotals(t.db, { ...scope(), path: town.path }), district: await getBurdenTotals(t.db, scope()) };
    await t.db.insert(checkinCounts).values([
      { taskId: patrol.id, orgUnitId: vb.id, month: "2026-02", districtId: tree.district.id, count: 3, source: "imported" },
      { taskId: patrol.id, orgUnitId: vc.id, month: "2026-02", districtId: tree.district.id, count: 5, source: "imported" },
    ]);
    // Three refreshes of the same town's villages side by side (separate connections on PostgreSQL).
    await Promise.all([va, vb, vc].map((v) => refreshBurden(t.db, { districtId: tree.district.id, from: FROM, to: TO, today: TODAY, orgUnitIds: [v.id] })));
    const after = { town: await getBurdenTotals(t.db, { ...scope(), path: town.path }), district: await getBurdenTotals(t.db, scope()) };
    expect(after.town.checkinsDone).toBe(before.town.checkinsDone + 8);
    expect(after.district.checkinsDone).toBe(before.district.checkinsDone + 8);
    expect({ ...after.town, checkinsDone: 0 }).toEqual({ ...before.town, checkinsDone: 0 });
    expectSums(after.town, await Promise.all([va, vb, vc].map((v) => getBurdenTotals(t.db, { ...scope(), path: v.path }))), "town after");
    expectSums(after.district, await listBurdenByChild(t.db, scope()), "district after");
  });
});

import { and, eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import type { Role } from "@/lib/auth/roles";
import { auditLog, submissions, values, type Department, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import {
  aggregateTemplateBytes,
  demoIdNumber,
  rosterTemplateBytes,
  seedFormFromTemplate,
  seedRosterPerson,
  type SeededExportForm,
} from "@/db/seed/demo-export";
import { listSubmissionStatuses } from "@/db/queries/export";
import { GET as exportForm } from "@/app/api/forms/[formId]/export/route";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import SubmissionsPage from "@/app/(app)/forms/[formId]/submissions/page";

const t = useTestDb();
let tree: OrgTree;
let other: OrgTree;
let deptA: Department;
let deptB: Department;
let aggregate: SeededExportForm;
let roster: SeededExportForm;
let foreign: SeededExportForm;
const accounts = {} as Record<Role | "otherStaff", User>;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 2, villages: 2 });
  other = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  deptA = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  deptB = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  const foreignDept = await seedDepartment(t.db, { district: other.district, name: "区民政局" });
  accounts.admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  accounts.district_official = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  accounts.department_staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: deptA });
  accounts.otherStaff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: deptB });
  accounts.town_official = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  accounts.village_cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });

  aggregate = await seedFormFromTemplate(t.db, { district: tree.district, department: deptA, name: "低保月报.xlsx", bytes: await aggregateTemplateBytes() });
  roster = await seedFormFromTemplate(t.db, { district: tree.district, department: deptA, name: "走访登记.xlsx", bytes: await rosterTemplateBytes() });
  foreign = await seedFormFromTemplate(t.db, { district: other.district, department: foreignDept, name: "低保月报.xlsx", bytes: await aggregateTemplateBytes() });

  const villages = tree.villages.flat();
  const el = aggregate.elementOf;
  await t.db.insert(values).values(
    villages.flatMap((v, i) => [
      { orgUnitId: v.id, elementId: el["低保户数（户）"], periodKey: "2026-10", districtId: tree.district.id, value: 10 + i, source: "entered" as const },
      { orgUnitId: v.id, elementId: el["低保人数（人）"], periodKey: "2026-10", districtId: tree.district.id, value: 20 + i, source: "entered" as const },
      // stored in 元, the template asks for 万元
      { orgUnitId: v.id, elementId: el["发放金额（万元）"], periodKey: "2026-10", districtId: tree.district.id, value: 13_600 * (i + 1), source: "entered" as const },
      { orgUnitId: v.id, elementId: el["低保户数（户）"], periodKey: "2026-09", districtId: tree.district.id, value: 999, source: "entered" as const },
    ]),
  );
  await t.db.insert(submissions).values([
    { orgUnitId: villages[0].id, formId: aggregate.form.id, periodKey: "2026-10", districtId: tree.district.id, status: "submitted", submittedAt: new Date() },
    { orgUnitId: villages[1].id, formId: aggregate.form.id, periodKey: "2026-10", districtId: tree.district.id, status: "draft" },
  ]);
  await seedRosterPerson(t.db, {
    unit: villages[0],
    districtId: tree.district.id,
    formId: roster.form.id,
    name: "刘桂英",
    idNumber: demoIdNumber("1948-03-12", 22),
    values: { [roster.elementOf["联系电话"]]: "=1+2", [roster.elementOf["月补助金额（元）"]]: 680 },
  });
  await seedRosterPerson(t.db, { unit: villages[2], districtId: tree.district.id, formId: roster.form.id, name: "陈建国", idNumber: demoIdNumber("1952-11-02", 31), values: { [roster.elementOf["联系电话"]]: "13807310002", [roster.elementOf["备注"]]: "20261015" } });
});

function request(formId: string, query: Record<string, string>) {
  const url = `http://localhost/api/forms/${formId}/export?${new URLSearchParams(query)}`;
  return exportForm(new Request(url), { params: Promise.resolve({ formId }) });
}

async function download(formId: string, query: Record<string, string>): Promise<{ ws: ExcelJS.Worksheet; wb: ExcelJS.Workbook; response: Response }> {
  const response = await request(formId, query);
  expect(response.status).toBe(200);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await response.arrayBuffer());
  return { wb, ws: wb.worksheets[0], response };
}

describe("form export route", () => {
  it("gives department staff their form for every village, values in the template's cells", async () => {
    await signInAs(t.db, accounts.department_staff);
    const { ws, response } = await download(aggregate.form.id, { period: "2026-10", orgUnit: "all" });
    expect(response.headers.get("content-type")).toContain("spreadsheetml");
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+"; filename\*=UTF-8''/);
    expect(decodeURIComponent(disposition.split("UTF-8''")[1])).toBe(`${aggregate.form.title}_2026-10_全部村（社区）.xlsx`);
    const villages = tree.villages.flat();
    expect(ws.getCell("A1").value).toBe("各村（社区）低保发放情况月报表");
    villages.forEach((v, i) => {
      const r = 5 + i;
      expect([ws.getCell(r, 1).value, ws.getCell(r, 2).value, ws.getCell(r, 3).value, ws.getCell(r, 4).value, ws.getCell(r, 5).value]).toEqual([i + 1, v.name, 10 + i, 20 + i, 1.36 * (i + 1)]);
    });
    expect(ws.getCell(9, 2).value).toBe("合计");
    expect(ws.getCell(9, 3).value).toBe(46);
    expect(String(ws.getCell(10, 1).value)).toContain("单位负责人");
    expect(ws.model.merges).toContain("A10:F10");
  });

  it("fills every sheet of a form spanning two sheets: the questionnaire once per village, the table one row per village", async () => {
    const bytes = await buildWorkbook([
      { name: "表一", rows: [["表一"], ["村级基本情况调查表（基本情况）"], ["指标名称", "计量单位", "数值"], ["户籍人口", "人", ""], ["耕地面积", "亩", ""], ["填表人：", "", "审核人："]], merges: ["A2:C2"] },
      { name: "表二", rows: [["表二"], ["村级基本情况调查表（村干部）"], ["序号", "村（社区）名称", "村干部人数（人）"], ["填表人：", "", "审核人："]], merges: ["A2:C2"] },
    ]);
    const survey = await seedFormFromTemplate(t.db, { district: tree.district, department: deptA, name: "村级调查.xlsx", bytes });
    const villages = tree.villages.flat().slice(0, 2);
    await t.db.insert(values).values(
      villages.flatMap((v, i) => [
        { orgUnitId: v.id, elementId: survey.elementOf["户籍人口"], periodKey: "2026-10", districtId: tree.district.id, value: 1000 + i, source: "entered" as const },
        { orgUnitId: v.id, elementId: survey.elementOf["村干部人数（人）"], periodKey: "2026-10", districtId: tree.district.id, value: 5 + i, source: "entered" as const },
      ]),
    );
    await signInAs(t.db, accounts.department_staff);
    const { wb } = await download(survey.form.id, { period: "2026-10", orgUnit: "all" });
    const all = tree.villages.flat();
    expect(wb.worksheets.map((w) => w.name)).toEqual([...all.map((v) => `表一-${v.name}`), "表二"]);
    expect(villages.map((v) => wb.getWorksheet(`表一-${v.name}`)!.getCell("C4").value)).toEqual([1000, 1001]);
    const table = wb.getWorksheet("表二")!;
    expect([4, 5].map((r) => [table.getCell(r, 2).value, table.getCell(r, 3).value])).toEqual([
      [villages[0].name, 5],
      [villages[1].name, 6],
    ]);
  });

  it("gives one village alone, its name in the 填报单位 line", async () => {
    await signInAs(t.db, accounts.department_staff);
    const village = tree.villages[1][0];
    const { ws } = await download(aggregate.form.id, { period: "2026-10", orgUnit: village.id });
    expect(ws.getCell("A2").value).toBe(`填报单位（盖章）：${village.name}`);
    expect([ws.getCell("B5").value, ws.getCell("C5").value]).toEqual([village.name, 12]);
    expect(ws.getCell("B6").value).toBe("合计");
  });

  it("writes a roster one resident per row, formula-like text as text, and audits the access to personal data", async () => {
    await signInAs(t.db, accounts.department_staff);
    const { ws } = await download(roster.form.id, { period: "2026-10", orgUnit: "all" });
    expect(ws.getCell("B5").value).toBeNull(); // example row cleared
    expect([ws.getCell("A6").value, ws.getCell("B6").value, ws.getCell("C6").value, ws.getCell("D6").value]).toEqual([1, "刘桂英", "女", demoIdNumber("1948-03-12", 22)]);
    expect(ws.getCell("E6").value).toBe("=1+2");
    expect(ws.getCell("E6").formula).toBeUndefined();
    expect(ws.getCell("G6").value).toBe(680);
    expect(ws.getCell("B7").value).toBe("陈建国");
    // text that looks like a number stays text: drizzle's jsonb reader parses JSON strings a second time
    expect(ws.getCell("E7").value).toBe("13807310002");
    expect(ws.getCell("H7").value).toBe("20261015");
    expect(ws.getCell("A8").value).toBeNull();
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entityId, roster.form.id), eq(auditLog.userId, accounts.department_staff.id)));
    expect(audits.map((a) => `${a.action}:${a.entity}`).sort()).toEqual(["export:form", "view:person"]);
    expect(audits.find((a) => a.action === "view")!.after).toMatchObject({ persons: 2, period: "2026-10" });
  });

  it.each([
    ["admin", 200],
    ["district_official", 200],
    ["department_staff", 200],
    ["otherStaff", 403],
    ["town_official", 403],
    ["village_cadre", 403],
  ] as const)("answers %s with %i", async (who, status) => {
    await signInAs(t.db, accounts[who]);
    const response = await request(aggregate.form.id, { period: "2026-10", orgUnit: "all" });
    expect(response.status).toBe(status);
  });

  it("answers 401 without a session", async () => {
    await signInAs(t.db, null);
    expect((await request(aggregate.form.id, { period: "2026-10", orgUnit: "all" })).status).toBe(401);
  });

  it("hides another district's form and refuses villages outside the form's district", async () => {
    await signInAs(t.db, accounts.department_staff);
    expect((await request(foreign.form.id, { period: "2026-10", orgUnit: "all" })).status).toBe(404);
    expect((await request(aggregate.form.id, { period: "2026-10", orgUnit: other.villages[0][0].id })).status).toBe(404);
    expect((await request(aggregate.form.id, { period: "2026-10", orgUnit: tree.towns[0].id })).status).toBe(404);
    expect((await request(crypto.randomUUID(), { period: "2026-10", orgUnit: "all" })).status).toBe(404);
  });

  it("refuses a period that is not the form's kind and bad input", async () => {
    await signInAs(t.db, accounts.department_staff);
    expect((await request(aggregate.form.id, { period: "2026-Q4", orgUnit: "all" })).status).toBe(422);
    expect((await request(aggregate.form.id, { period: "2026-13", orgUnit: "all" })).status).toBe(422);
    expect((await request(aggregate.form.id, { period: "2026-10", orgUnit: "x" })).status).toBe(422);
  });
});

describe("submissions page", () => {
  it("lists every village of the district as submitted, draft or not started", async () => {
    const rows = await listSubmissionStatuses(t.db, { form: aggregate.form, districtPath: tree.district.path, periodKey: "2026-10" });
    expect(rows.map((r) => [r.orgUnit.name, r.status, r.townName])).toEqual(
      tree.villages.flat().map((v, i) => [v.name, ["submitted", "draft", "notStarted", "notStarted"][i], tree.towns[Math.floor(i / 2)].name]),
    );
  });

  it.each([
    ["department_staff", "rendered"],
    ["district_official", "rendered"],
    ["admin", "rendered"],
    ["otherStaff", "notFound"],
    ["town_official", "notFound"],
    ["village_cadre", "notFound"],
  ] as const)("is %s: %s", async (who, outcome) => {
    await signInAs(t.db, accounts[who]);
    const render = () => SubmissionsPage({ params: Promise.resolve({ formId: aggregate.form.id }), searchParams: Promise.resolve({ period: "2026-10" }) });
    expect(await outcomeOf(render)).toBe(outcome);
  });
});

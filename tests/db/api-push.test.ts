import { and, count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { buildWorkbook } from "@/lib/templates/test-fixtures";
import { apiTokens, auditLog, pushedPersonValues, pushedValues, type Department, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { demoIdNumber, seedFormFromTemplate, type SeededExportForm } from "@/db/seed/demo-export";
import { hashApiToken } from "@/lib/api/token";
import { createApiToken, revokeApiTokenAction } from "@/app/(app)/admin/api-tokens/actions";
import { POST as push } from "@/app/api/v1/push/route";
import { GET as pushElements } from "@/app/api/v1/push/elements/route";

const t = useTestDb();
const PERIOD = "2026-11";
let tree: OrgTree;
let dept: Department;
let health: Department;
let aggregate: SeededExportForm;
let roster: SeededExportForm;
let healthForm: SeededExportForm;
let admin: User;
let civil: string;
let healthToken: string;

async function template(title: string, header: string[]) {
  return buildWorkbook([{ name: "Sheet1", rows: [[title], header, [null]] }]);
}

async function createToken(name: string, department: Department): Promise<string> {
  await signInAs(t.db, admin);
  const result = await createApiToken(null, { name, departmentId: department.id, expiresOn: "" });
  if (!result?.ok) throw new Error(JSON.stringify(result));
  return result.data.token;
}

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 1, villages: 2 });
  dept = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  health = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  aggregate = await seedFormFromTemplate(t.db, { district: tree.district, department: dept, name: "困难群众情况统计表.xlsx", bytes: await template("困难群众情况统计表", ["序号", "村（社区）名称", "户籍人口", "低保户数"]) });
  roster = await seedFormFromTemplate(t.db, { district: tree.district, department: dept, name: "最低生活保障对象名册.xlsx", bytes: await template("最低生活保障对象名册", ["序号", "姓名", "公民身份号码", "家庭人口数"]) });
  healthForm = await seedFormFromTemplate(t.db, { district: tree.district, department: health, name: "孕产妇统计表.xlsx", bytes: await template("孕产妇统计表", ["序号", "村（社区）名称", "孕产妇人数"]) });
  admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  civil = await createToken("民政系统", dept);
  healthToken = await createToken("卫健系统", health);
});

const el = (form: SeededExportForm, label: string) => form.elementOf[label]!;

function post(token: string | null, body: unknown) {
  return push(
    new Request("http://localhost/api/v1/push", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
  );
}

const villageBody = (dryRun: boolean) => ({
  kind: "villages",
  period: PERIOD,
  dryRun,
  rows: [
    { village: tree.villages[0][0].name, values: { [el(aggregate, "户籍人口")]: 2310, [el(aggregate, "低保户数")]: 41 } },
    { village: tree.villages[0][1].divisionCode, values: { [el(aggregate, "户籍人口")]: 980 } },
  ],
});

async function pushedCount(table: typeof pushedValues | typeof pushedPersonValues) {
  const [row] = await t.db.select({ n: count() }).from(table).where(eq(table.districtId, tree.district.id));
  return row.n;
}

describe("GET /api/v1/push/elements", () => {
  it("lists the elements the token's department's forms use and its roster forms, nothing of another department", async () => {
    const body = await (await pushElements(new Request("http://localhost/api/v1/push/elements", { headers: { Authorization: `Bearer ${civil}` } }))).json();
    const ids = body.elements.map((e: { id: string }) => e.id);
    expect(ids).toEqual(expect.arrayContaining([el(aggregate, "户籍人口"), el(roster, "家庭人口数")]));
    expect(ids).not.toContain(el(healthForm, "孕产妇人数"));
    expect(body.rosterForms).toEqual([{ id: roster.form.id, title: roster.form.title }]);
  });
});

describe("POST /api/v1/push", () => {
  it("a dry run answers what would be filled where and stores nothing", async () => {
    const response = await post(civil, villageBody(true));
    expect(response.status).toBe(200);
    const report = await response.json();
    expect(report).toMatchObject({ dryRun: true, pushId: null, rowCount: 2, validRows: 2, totals: { values: 3, prefill: 3, conflict: 0 } });
    expect(report.villages.map((v: { name: string; prefill: number }) => [v.name, v.prefill])).toEqual([[tree.villages[0][0].name, 2], [tree.villages[0][1].name, 1]]);
    expect(await pushedCount(pushedValues)).toBe(0);
  });

  it("applies a push for the token's department with an audit row naming the token", async () => {
    const response = await post(civil, villageBody(false));
    expect(response.status).toBe(201);
    const report = await response.json();
    expect(report.pushId).toEqual(expect.any(String));
    const stored = await t.db.select().from(pushedValues).where(eq(pushedValues.pushId, report.pushId));
    expect(stored).toHaveLength(3);
    expect(new Set(stored.map((s) => s.departmentId))).toEqual(new Set([dept.id]));
    const [token] = await t.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashApiToken(civil)));
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "push"), eq(auditLog.entity, "apiToken"), eq(auditLog.entityId, token.id)));
    expect(audits).toHaveLength(1);
    expect(audits[0].after).toMatchObject({ pushId: report.pushId, kind: "villages", period: PERIOD, rows: 2, token: { name: "民政系统" } });
  });

  it("rejects another department's elements row by row, in Chinese", async () => {
    const response = await post(healthToken, { kind: "villages", period: PERIOD, rows: [{ village: tree.villages[0][0].name, values: { [el(aggregate, "低保户数")]: 5 } }] });
    expect(response.status).toBe(422);
    const body = await response.json();
    expect(body.error.code).toBe("pushNothingValid");
    expect(body.error.message).toContain("没有合格的行");
    expect(body.rejected[0].reasons.join("")).not.toMatch(/^[a-z][A-Za-z]+$/);
    expect(body).toMatchObject({ dryRun: true, pushId: null, validRows: 0, rejectedCount: 1 });
    expect(body.rejected[0].row).toBe(1);
    const [{ n }] = await t.db.select({ n: count() }).from(pushedValues).where(eq(pushedValues.departmentId, health.id));
    expect(n).toBe(0);
  });

  it("stores a roster of residents on the department's roster form", async () => {
    const rows = [
      { village: tree.villages[0][0].name, idNumber: demoIdNumber("1948-03-12", 22), name: "刘桂英", values: { [el(roster, "家庭人口数")]: 2 } },
      { village: tree.villages[0][1].name, idNumber: "430112195211020310", name: "校验错", values: { [el(roster, "家庭人口数")]: 3 } },
    ];
    const response = await post(civil, { kind: "residents", period: PERIOD, formId: roster.form.id, rows });
    expect(response.status).toBe(201);
    const report = await response.json();
    expect(report).toMatchObject({ validRows: 1, rejectedCount: 1, totals: { newResidents: 1 } });
    expect(report.rejected[0]).toMatchObject({ row: 2 });
    expect(report.rejected[0].reasons.join("")).toContain("校验码");
    expect(JSON.stringify(report)).not.toContain("430112195211020310");
    expect(await pushedCount(pushedPersonValues)).toBe(1);
  });

  it("answers 422 with each problem's place for a bad body, 401 without a valid token", async () => {
    const missing = await post(civil, { kind: "residents", period: PERIOD, formId: roster.form.id, rows: [{ village: "x", values: {} }] });
    expect(missing.status).toBe(422);
    const body = await missing.json();
    expect(body.error.issues).toEqual(expect.arrayContaining([{ path: "rows.0.idNumber", message: "必填" }, { path: "rows.0.name", message: "必填" }]));
    expect((await post(civil, "{not json")).status).toBe(422);
    expect((await post(civil, { ...villageBody(true), period: "2026-13" })).status).toBe(422);
    expect((await post(null, villageBody(true))).status).toBe(401);
    const revoked = await createToken("撤销", dept);
    await signInAs(t.db, admin);
    const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashApiToken(revoked)));
    await revokeApiTokenAction(null, { id: row.id });
    expect((await post(revoked, villageBody(true))).status).toBe(401);
  });
});

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { API_RATE_PER_MINUTE, hashApiToken } from "@/lib/api/token";
import { apiTokens, auditLog, values, type Department, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import { aggregateTemplateBytes, demoIdNumber, rosterTemplateBytes, seedFormFromTemplate, seedRosterPerson, type SeededExportForm } from "@/db/seed/demo-export";
import { countApiRequest, listApiTokens } from "@/db/queries/api-tokens";
import { createApiToken, revokeApiTokenAction } from "@/app/(app)/admin/api-tokens/actions";
import ApiTokensPage from "@/app/(app)/admin/api-tokens/page";
import { GET as getValues } from "@/app/api/v1/forms/[formId]/values/route";
import { GET as getForms } from "@/app/api/v1/forms/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { config as proxyConfig } from "@/proxy";

const t = useTestDb();
let tree: OrgTree;
let other: OrgTree;
let deptA: Department;
let deptB: Department;
let aggregate: SeededExportForm;
let roster: SeededExportForm;
let formB: SeededExportForm;
let foreign: SeededExportForm;
let admin: User;
let staff: User;
const PERIOD = "2026-10";

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 2, villages: 2 });
  other = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  deptA = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  deptB = await seedDepartment(t.db, { district: tree.district, name: "区卫健委" });
  const foreignDept = await seedDepartment(t.db, { district: other.district, name: "区民政局" });
  admin = await seedUser(t.db, { role: "admin", orgUnit: tree.city });
  staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: deptA });
  aggregate = await seedFormFromTemplate(t.db, { district: tree.district, department: deptA, name: "低保月报.xlsx", bytes: await aggregateTemplateBytes() });
  roster = await seedFormFromTemplate(t.db, { district: tree.district, department: deptA, name: "走访登记.xlsx", bytes: await rosterTemplateBytes() });
  formB = await seedFormFromTemplate(t.db, { district: tree.district, department: deptB, name: "卫健月报.xlsx", bytes: await aggregateTemplateBytes() });
  foreign = await seedFormFromTemplate(t.db, { district: other.district, department: foreignDept, name: "低保月报.xlsx", bytes: await aggregateTemplateBytes() });
  const villages = tree.villages.flat();
  const el = aggregate.elementOf;
  await t.db.insert(values).values(
    villages.flatMap((v, i) => [
      { orgUnitId: v.id, elementId: el["低保户数（户）"], periodKey: PERIOD, districtId: tree.district.id, value: 10 + i, source: "entered" as const },
      { orgUnitId: v.id, elementId: el["发放金额（万元）"], periodKey: PERIOD, districtId: tree.district.id, value: 13_600 * (i + 1), source: "entered" as const },
    ]),
  );
  await seedRosterPerson(t.db, { unit: villages[0], districtId: tree.district.id, formId: roster.form.id, name: "刘桂英", idNumber: demoIdNumber("1948-03-12", 22), values: { [roster.elementOf["联系电话"]]: "13807310001" } });
  await seedRosterPerson(t.db, { unit: villages[2], districtId: tree.district.id, formId: roster.form.id, name: "陈建国", idNumber: demoIdNumber("1952-11-02", 31) });
});

/** Creates a token through the admin action, as the admin UI does, and returns the secret shown once. */
async function createToken(input: { name: string; department: Department; expiresOn?: string }): Promise<string> {
  await signInAs(t.db, admin);
  const result = await createApiToken(null, { name: input.name, departmentId: input.department.id, expiresOn: input.expiresOn ?? "" });
  if (!result?.ok) throw new Error(`createApiToken failed: ${JSON.stringify(result)}`);
  return result.data.token;
}

function call(path: string, token: string | null, query: Record<string, string> = {}) {
  const url = `http://localhost${path}?${new URLSearchParams(query)}`;
  return new Request(url, { headers: token ? { Authorization: `Bearer ${token}` } : {} });
}

function readValues(formId: string, token: string | null, query: Record<string, string> = { period: PERIOD }) {
  return getValues(call(`/api/v1/forms/${formId}/values`, token, query), { params: Promise.resolve({ formId }) });
}

async function tokenRow(secret: string) {
  const [row] = await t.db.select().from(apiTokens).where(eq(apiTokens.tokenHash, hashApiToken(secret)));
  return row;
}

describe("admin token actions", () => {
  it("create a token shown once, stored only as its hash, listed, and audited without the hash", async () => {
    const secret = await createToken({ name: "民政业务系统", department: deptA, expiresOn: "2099-12-31" });
    expect(secret).toMatch(/^oft_/);
    const row = await tokenRow(secret);
    expect(row).toMatchObject({ name: "民政业务系统", departmentId: deptA.id, districtId: tree.district.id, prefix: secret.slice(0, 10), createdBy: admin.id, revokedAt: null });
    expect(row.expiresAt!.toISOString()).toBe("2099-12-31T15:59:59.999Z");
    expect(JSON.stringify(row)).not.toContain(secret);
    const listed = await listApiTokens(t.db, { path: tree.city.path });
    expect(listed.find((l) => l.id === row.id)).toMatchObject({ name: "民政业务系统", departmentName: "区民政局", state: "active", lastUsedAt: null });
    const [audit] = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "apiToken"), eq(auditLog.entityId, row.id)));
    expect(audit).toMatchObject({ action: "create", userId: admin.id, districtId: tree.district.id });
    expect(JSON.stringify(audit.after)).not.toContain(row.tokenHash);
    expect(JSON.stringify(audit.after)).not.toContain(secret);
  });

  it("refuse a past expiry date, a missing name and anyone but an admin", async () => {
    await signInAs(t.db, admin);
    const past = await createApiToken(null, { name: "x", departmentId: deptA.id, expiresOn: "2020-01-01" });
    expect(past).toMatchObject({ ok: false, fieldErrors: { expiresOn: ["日期不能早于今天"] } });
    const unnamed = await createApiToken(null, { name: " ", departmentId: deptA.id, expiresOn: "" });
    expect(unnamed).toMatchObject({ ok: false, fieldErrors: { name: ["必填"] } });
    await signInAs(t.db, staff);
    expect(await createApiToken(null, { name: "自建", departmentId: deptA.id, expiresOn: "" })).toMatchObject({ ok: false, message: "您无权执行此操作。" });
    expect(await outcomeOf(() => ApiTokensPage())).toBe("notFound");
    await signInAs(t.db, admin);
    expect(await outcomeOf(() => ApiTokensPage())).toBe("rendered");
  });

  it("revoke a token with an audit row; a second revoke is refused and a non-admin cannot revoke", async () => {
    const secret = await createToken({ name: "将撤销", department: deptA });
    const row = await tokenRow(secret);
    await signInAs(t.db, staff);
    expect(await revokeApiTokenAction(null, { id: row.id })).toMatchObject({ ok: false });
    await signInAs(t.db, admin);
    expect(await revokeApiTokenAction(null, { id: row.id })).toMatchObject({ ok: true, data: { name: "将撤销" } });
    expect((await tokenRow(secret)).revokedBy).toBe(admin.id);
    expect(await revokeApiTokenAction(null, { id: row.id })).toMatchObject({ ok: false });
    const audits = await t.db.select().from(auditLog).where(and(eq(auditLog.entity, "apiToken"), eq(auditLog.entityId, row.id)));
    expect(audits.map((a) => a.action).sort()).toEqual(["create", "revoke"]);
    expect((await listApiTokens(t.db, { path: tree.city.path })).find((l) => l.id === row.id)?.state).toBe("revoked");
  });
});

describe("GET /api/v1/forms/{formId}/values", () => {
  let secret: string;
  beforeAll(async () => {
    secret = await createToken({ name: "读取", department: deptA });
  });

  it("gives the department's form for every village as JSON, the export's values in the form's units", async () => {
    const response = await readValues(aggregate.form.id, secret, { period: PERIOD, orgUnit: "all" });
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body.form).toMatchObject({ id: aggregate.form.id, department: "区民政局", kind: "aggregate", period: PERIOD });
    const byLabel = new Map<string, string>(body.fields.map((f: { id: string; label: string }) => [f.label, f.id]));
    const villages = tree.villages.flat();
    expect(body.units.map((u: { orgUnit: { name: string } }) => u.orgUnit.name)).toEqual(villages.map((v) => v.name));
    body.units.forEach((u: { records: Record<string, unknown>[] }, i: number) => {
      expect(u.records).toHaveLength(1);
      expect(u.records[0][byLabel.get("低保户数（户）")!]).toBe(10 + i);
      expect(u.records[0][byLabel.get("发放金额（万元）")!]).toBe(1.36 * (i + 1));
      expect(u.records[0][byLabel.get("村（社区）名称")!]).toBe(villages[i].name);
    });
    expect((await tokenRow(secret)).lastUsedAt).not.toBeNull();
  });

  it("gives one village alone", async () => {
    const village = tree.villages[1][1];
    const body = await (await readValues(aggregate.form.id, secret, { period: PERIOD, orgUnit: village.id })).json();
    expect(body.units.map((u: { orgUnit: { id: string; town: string } }) => [u.orgUnit.id, u.orgUnit.town])).toEqual([[village.id, tree.towns[1].name]]);
  });

  it("reads only the token's department's forms: another department's is 403, another district's or a missing one 404", async () => {
    expect((await readValues(formB.form.id, secret)).status).toBe(403);
    expect((await readValues(foreign.form.id, secret)).status).toBe(404);
    expect((await readValues(crypto.randomUUID(), secret)).status).toBe(404);
    expect((await readValues(aggregate.form.id, secret, { period: PERIOD, orgUnit: other.villages[0][0].id })).status).toBe(404);
    expect((await readValues(aggregate.form.id, secret, { period: "2026-Q4" })).status).toBe(422);
    const forms = await (await getForms(call("/api/v1/forms", secret))).json();
    expect(forms.department).toBe("区民政局");
    expect(forms.forms.map((f: { id: string }) => f.id).sort()).toEqual([aggregate.form.id, roster.form.id].sort());
  });

  it("audits a roster read as access to personal data: one row per request listing the ID and phone fields read", async () => {
    const before = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "view"), eq(auditLog.entityId, roster.form.id)));
    const response = await readValues(roster.form.id, secret);
    expect(response.status).toBe(200);
    const body = await response.json();
    const idField = body.fields.find((f: { type: string }) => f.type === "idcard").id;
    const records = body.units.flatMap((u: { records: Record<string, unknown>[] }) => u.records);
    expect(records.map((r: Record<string, unknown>) => r[idField])).toEqual([demoIdNumber("1948-03-12", 22), demoIdNumber("1952-11-02", 31)]);
    const after = await t.db.select().from(auditLog).where(and(eq(auditLog.action, "view"), eq(auditLog.entity, "person"), eq(auditLog.entityId, roster.form.id)));
    expect(after).toHaveLength(before.length + 1);
    const row = after.find((a) => !before.some((b) => b.id === a.id))!;
    expect(row.userId).toBeNull();
    expect(row.districtId).toBe(tree.district.id);
    const token = await tokenRow(secret);
    expect(row.after).toMatchObject({
      via: "api",
      token: { id: token.id, name: "读取", prefix: token.prefix },
      period: PERIOD,
      persons: 2,
      fields: [
        { label: "公民身份号码", type: "idcard", values: 2 },
        { label: "联系电话", type: "phone", values: 1 },
      ],
    });
    // An aggregate form carries no personal data: no such row.
    await readValues(aggregate.form.id, secret);
    expect(await t.db.select().from(auditLog).where(and(eq(auditLog.action, "view"), eq(auditLog.entityId, aggregate.form.id)))).toHaveLength(0);
  });

  it("refuses a missing, unknown, revoked or expired token with 401", async () => {
    const missing = await readValues(aggregate.form.id, null);
    expect(missing.status).toBe(401);
    expect(missing.headers.get("www-authenticate")).toContain("Bearer");
    expect((await missing.json()).error.message).toContain("令牌");
    expect((await readValues(aggregate.form.id, `oft_${"A".repeat(43)}`)).status).toBe(401);

    const revoked = await createToken({ name: "撤销后", department: deptA });
    expect((await readValues(aggregate.form.id, revoked)).status).toBe(200);
    await signInAs(t.db, admin);
    await revokeApiTokenAction(null, { id: (await tokenRow(revoked)).id });
    expect((await readValues(aggregate.form.id, revoked)).status).toBe(401);

    const expired = await createToken({ name: "过期", department: deptA });
    expect((await readValues(aggregate.form.id, expired)).status).toBe(200);
    await t.db.update(apiTokens).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(apiTokens.tokenHash, hashApiToken(expired)));
    expect((await readValues(aggregate.form.id, expired)).status).toBe(401);
  });

  it(`answers 429 with Retry-After past ${API_RATE_PER_MINUTE} requests a minute, per token`, async () => {
    const busy = await createToken({ name: "频繁", department: deptA });
    const calm = await createToken({ name: "其他", department: deptA });
    // Start well inside a minute, so the counted requests and the route's own fall in the same window.
    if (new Date().getUTCSeconds() >= 55) await new Promise((resolve) => setTimeout(resolve, (61 - new Date().getUTCSeconds()) * 1000));
    const now = new Date();
    // Another app process' requests of this minute, counted in the same table.
    const { id } = await tokenRow(busy);
    for (let i = 0; i < API_RATE_PER_MINUTE - 1; i++) await countApiRequest(t.db, { tokenId: id, now });
    const last = await getForms(call("/api/v1/forms", busy));
    const over = await getForms(call("/api/v1/forms", busy));
    expect(last.status).toBe(200);
    expect(over.status).toBe(429);
    const retry = Number(over.headers.get("retry-after"));
    expect(retry).toBeGreaterThanOrEqual(1);
    expect(retry).toBeLessThanOrEqual(60);
    expect((await over.json()).error).toMatchObject({ code: "rateLimited", message: expect.stringContaining("每分钟最多 60 次") });
    expect((await getForms(call("/api/v1/forms", calm))).status).toBe(200);
  });
});

describe("countApiRequest", () => {
  it("counts concurrent requests of one token exactly once each, in the database", async () => {
    const secret = await createToken({ name: "并发", department: deptA });
    const { id } = await tokenRow(secret);
    const now = new Date("2026-12-02T08:00:30Z");
    const counts = await Promise.all(Array.from({ length: 25 }, () => countApiRequest(t.db, { tokenId: id, now })));
    expect(counts.map((c) => c.count).sort((a, b) => a - b)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(counts[0].retryAfterSeconds).toBe(30);
    // A new minute starts from one again.
    expect((await countApiRequest(t.db, { tokenId: id, now: new Date("2026-12-02T08:01:00Z") })).count).toBe(1);
  });
});

describe("OpenAPI document and proxy", () => {
  it("serves valid JSON listing the routes, without a token", async () => {
    const response = getOpenApi();
    expect(response.status).toBe(200);
    const doc = JSON.parse(await response.text());
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/forms", "/api/v1/forms/{formId}/values"]));
  });

  it("does not send /api/v1 requests to the login page", () => {
    const [matcher] = proxyConfig.matcher;
    const steered = (path: string) => new RegExp(`^${matcher}$`).test(path);
    expect(steered("/forms")).toBe(true);
    expect(steered("/admin/api-tokens")).toBe(true);
    expect(steered("/api/v1/forms")).toBe(false);
    expect(steered("/api/v1/openapi.json")).toBe(false);
  });
});

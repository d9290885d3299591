import { describe, expect, it } from "vitest";
import { hashSessionToken } from "@/lib/auth/session-token";
import { can } from "@/lib/auth/permissions";
import type { SourceField } from "@/lib/export/build-units";
import { formValuesDocument, readsPersonalData } from "./form-values";
import { openApiDocument } from "./openapi";
import { API_TOKEN_PREFIX, apiTokenPrincipal, apiTokenState, bearerToken, newApiToken, rateWindow } from "./token";

describe("newApiToken", () => {
  it("makes a 256-bit random token whose stored hash is the session hash, and a short display prefix", () => {
    const a = newApiToken();
    const b = newApiToken();
    expect(a.token).toMatch(/^oft_[A-Za-z0-9_-]{43}$/);
    expect(a.token).not.toBe(b.token);
    expect(a.tokenHash).toBe(hashSessionToken(a.token));
    expect(a.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.prefix).toBe(a.token.slice(0, 10));
    expect(a.tokenHash).not.toContain(a.token.slice(4));
  });
});

describe("bearerToken", () => {
  it("reads the token of an Authorization: Bearer header and refuses anything else", () => {
    const { token } = newApiToken();
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer  ${token} `)).toBe(token);
    expect(bearerToken(null)).toBeNull();
    expect(bearerToken(token)).toBeNull();
    expect(bearerToken(`Basic ${token}`)).toBeNull();
    expect(bearerToken("Bearer someone-elses-token")).toBeNull();
    expect(bearerToken(`Bearer ${API_TOKEN_PREFIX}${"x".repeat(300)}`)).toBeNull();
  });
});

describe("apiTokenState", () => {
  const now = new Date("2026-12-02T08:00:00Z");
  it("is active until revoked or past its expiry", () => {
    expect(apiTokenState({ revokedAt: null, expiresAt: null }, now)).toBe("active");
    expect(apiTokenState({ revokedAt: null, expiresAt: new Date("2026-12-02T08:00:01Z") }, now)).toBe("active");
    expect(apiTokenState({ revokedAt: null, expiresAt: now }, now)).toBe("expired");
    expect(apiTokenState({ revokedAt: new Date("2026-12-01T00:00:00Z"), expiresAt: null }, now)).toBe("revoked");
  });
});

describe("apiTokenPrincipal", () => {
  const principal = apiTokenPrincipal({ id: "t1", departmentId: "dept-a", districtPath: "/c/d/" });
  it("may export its own department's forms in its district, nothing else", () => {
    expect(can(principal, "form.export", { departmentId: "dept-a", orgUnitPath: "/c/d/town/village/" })).toBe(true);
    expect(can(principal, "form.export", { departmentId: "dept-b", orgUnitPath: "/c/d/" })).toBe(false);
    expect(can(principal, "form.export", { departmentId: "dept-a", orgUnitPath: "/c/other/" })).toBe(false);
    expect(can(principal, "admin.manage")).toBe(false);
    expect(can(principal, "oneForm.fill", { orgUnitPath: "/c/d/town/village/" })).toBe(false);
  });
});

describe("rateWindow", () => {
  it("puts a request in its minute and says how long until the next one", () => {
    const { start, retryAfterSeconds } = rateWindow(new Date("2026-12-02T08:00:45.200Z"));
    expect(start.toISOString()).toBe("2026-12-02T08:00:00.000Z");
    expect(retryAfterSeconds).toBe(15);
    expect(rateWindow(new Date("2026-12-02T08:00:59.999Z")).retryAfterSeconds).toBe(1);
    expect(rateWindow(new Date("2026-12-02T08:01:00.000Z")).retryAfterSeconds).toBe(60);
  });
});

const field = (id: string, label: string, type: SourceField["type"], extra: Partial<SourceField> = {}): SourceField => ({
  id,
  label,
  type,
  unitFactor: 1,
  column: null,
  element: { id: `el-${id}`, name: label, scope: "person", aggregation: "stock" },
  ...extra,
});

describe("formValuesDocument", () => {
  const unit = (id: string, name: string) => ({ id, name, divisionCode: "430112001001", townName: "乔口镇", status: "submitted" as const, submittedAt: new Date("2026-11-03T02:00:00Z") });

  it("gives the export's records in the form's own units, dates as ISO days and the village name in its column", () => {
    const fields = [
      field("name", "村（社区）名称", "text", { element: null }),
      field("amount", "发放金额（万元）", "decimal", { unitFactor: 10_000, element: { id: "el-amount", name: "发放金额", scope: "unit", aggregation: "flow" } }),
      field("day", "报出日期", "date", { element: { id: "el-day", name: "报出日期", scope: "unit", aggregation: "stock" } }),
    ];
    const { document, personal } = formValuesDocument({
      form: { id: "f1", title: "低保月报", departmentName: "区民政局", frequency: "monthly", kind: "aggregate" },
      period: "2026-11",
      fields,
      units: [unit("v1", "团山湖村"), { ...unit("v2", "芦江村"), status: "notStarted", submittedAt: null }],
      exportUnits: [{ name: "团山湖村", records: [{ amount: 13_600, day: new Date("2026-11-05T00:00:00Z") }] }, { name: "芦江村", records: [{}] }],
    });
    expect(document.form).toEqual({ id: "f1", title: "低保月报", department: "区民政局", frequency: "monthly", kind: "aggregate", period: "2026-11" });
    expect(document.fields.map((f) => [f.id, f.element?.name ?? null])).toEqual([["name", null], ["amount", "发放金额"], ["day", "报出日期"]]);
    expect(document.units[0]).toEqual({
      orgUnit: { id: "v1", name: "团山湖村", divisionCode: "430112001001", town: "乔口镇" },
      status: "submitted",
      submittedAt: "2026-11-03T02:00:00.000Z",
      records: [{ name: "团山湖村", amount: 1.36, day: "2026-11-05" }],
    });
    expect(document.units[1].records).toEqual([{ name: "芦江村" }]);
    expect(readsPersonalData(personal)).toBe(false);
  });

  it("lists which ID-number and phone fields a roster read returned, and how many residents", () => {
    const fields = [field("n", "姓名", "text"), field("id", "公民身份号码", "idcard"), field("tel", "联系电话", "phone"), field("mobile", "手机", "phone")];
    const { document, personal } = formValuesDocument({
      form: { id: "f2", title: "走访登记", departmentName: "区民政局", frequency: "monthly", kind: "roster" },
      period: "2026-11",
      fields,
      units: [unit("v1", "团山湖村")],
      exportUnits: [{ name: "团山湖村", records: [{ n: "刘桂英", id: "430112194803120222", tel: "13807310001" }, { n: "陈建国", id: "43011219521102031X" }] }],
    });
    expect(document.units[0].records[1]).toEqual({ n: "陈建国", id: "43011219521102031X" });
    expect(personal).toEqual({
      persons: 2,
      fields: [
        { id: "id", label: "公民身份号码", type: "idcard", values: 2 },
        { id: "tel", label: "联系电话", type: "phone", values: 1 },
      ],
    });
    expect(readsPersonalData(personal)).toBe(true);
  });
});

describe("openApiDocument", () => {
  const doc = openApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { responses: Record<string, unknown>; security?: unknown[] }>>;
    components: { schemas: Record<string, unknown>; securitySchemes: Record<string, unknown> };
  };

  it("is OpenAPI 3.1 JSON listing the routes, each answer's refusals included", () => {
    const text = JSON.stringify(doc);
    expect(JSON.parse(text)).toEqual(doc);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/api/v1/forms", "/api/v1/forms/{formId}/values", "/api/v1/push", "/api/v1/push/elements", "/api/v1/openapi.json"]));
    expect(Object.keys(doc.paths["/api/v1/push"].post.responses).sort()).toEqual(["200", "201", "401", "403", "413", "422", "429"]);
    expect(Object.keys(doc.paths["/api/v1/forms/{formId}/values"].get.responses).sort()).toEqual(["200", "401", "403", "404", "422", "429"]);
    expect(doc.paths["/api/v1/openapi.json"].get.security).toEqual([]);
    expect(doc.components.securitySchemes.bearerAuth).toMatchObject({ type: "http", scheme: "bearer" });
  });

  it("has every $ref resolve to a schema generated from the zod response schemas", () => {
    const refs = [...JSON.stringify(doc).matchAll(/"\$ref":"#\/components\/schemas\/([A-Za-z]+)"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) expect(doc.components.schemas[ref], ref).toBeDefined();
    const values = doc.components.schemas.FormValues as { properties: Record<string, unknown>; required: string[] };
    expect(values.required).toEqual(["form", "fields", "units"]);
    expect(JSON.stringify(doc.components.schemas)).not.toContain("$schema");
    expect(JSON.stringify(doc.components.schemas)).not.toContain("\"$id\"");
    const push = doc.components.schemas.PushRequest as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(push.properties).sort()).toEqual(["dryRun", "formId", "kind", "period", "rows"]);
    expect(push.required).toEqual(["kind", "period", "rows"]);
  });

  it("is the same document every time, with the configured rate limit", () => {
    expect(JSON.stringify(openApiDocument())).toBe(JSON.stringify(doc));
    expect(JSON.stringify(openApiDocument({ ratePerMinute: 120 }))).toContain("每分钟 120 次");
  });
});

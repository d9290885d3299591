import { z } from "zod";
import { apiError, apiFormList, apiFormValues, apiPushElements, apiPushInput, apiPushReport } from "@/lib/schemas/api";
import { API_RATE_PER_MINUTE } from "./token";

/** The schemas of the document, generated from the zod schemas the responses are built to. */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(apiError, { id: "Error" });
  registry.add(apiFormList, { id: "FormList" });
  registry.add(apiFormValues, { id: "FormValues" });
  registry.add(apiPushElements, { id: "PushElements" });
  registry.add(apiPushReport, { id: "PushReport" });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  const { $schema: _schema, ...pushInput } = z.toJSONSchema(apiPushInput, { target: "draft-2020-12", io: "input" }) as Record<string, unknown>;
  const out: Record<string, unknown> = { PushRequest: pushInput };
  for (const [id, schema] of Object.entries(schemas)) {
    // The registry names each schema by its $id (the uri below); in components the key is the name.
    const { $schema: _drop, $id: _id, ...rest } = schema as Record<string, unknown>;
    out[id] = rest;
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => a.localeCompare(b)));
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });

const refusalsOf = (ratePerMinute: number) => ({
  "401": error("缺少令牌，或令牌无效、已撤销、已过期 (missing, unknown, revoked or expired token)"),
  "429": {
    description: `超过频率限制：每个令牌每分钟 ${ratePerMinute} 次 (rate limit per token and minute)`,
    headers: { "Retry-After": { description: "seconds until the next minute opens", schema: { type: "integer", minimum: 1 } } },
    content: json(ref("Error")),
  },
});

/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Pure and deterministic. */
export function openApiDocument({ ratePerMinute = API_RATE_PER_MINUTE }: { ratePerMinute?: number } = {}): Record<string, unknown> {
  const refusals = refusalsOf(ratePerMinute);
  return {
    openapi: "3.1.0",
    info: {
      title: "一表通 OneForm department API",
      version: "1.0.0",
      description:
        "Read a department's forms filled by the villages, as the department's own export gives them. Every request carries `Authorization: Bearer <token>`: a per-department token an admin creates under 系统管理 → API 令牌. A token reads only its own department's forms in its district. Reads that return residents or full ID / phone numbers are audited, one audit row per request.",
    },
    servers: [{ url: "/" }],
    security: [{ bearerAuth: [] }],
    paths: {
      "/api/v1/forms": {
        get: {
          operationId: "listForms",
          summary: "The token's department's forms (drafts left out)",
          responses: { "200": { description: "forms", content: json(ref("FormList")) }, ...refusals },
        },
      },
      "/api/v1/forms/{formId}/values": {
        get: {
          operationId: "getFormValues",
          summary: "A form's filled values for a period, for every village of the district or one",
          parameters: [
            { name: "formId", in: "path", required: true, schema: { type: "string", format: "uuid" } },
            { name: "period", in: "query", required: true, description: "period key of the form's frequency: 2026-11 (monthly), 2026-Q4, 2026-H2, 2026, 2026-W47, 2026-11-22", schema: { type: "string" } },
            { name: "orgUnit", in: "query", required: false, description: "a village's id, or `all` (default)", schema: { type: "string", default: "all" } },
          ],
          responses: {
            "200": { description: "the form's values", content: json(ref("FormValues")) },
            ...refusals,
            "403": error("另一个部门的报表 (another department's form)"),
            "404": error("没有这张报表或这个村（社区），或不在令牌所属区县 (no such form or village in the token's district)"),
            "422": error("填报期与报表频次不符或参数有误 (period of the wrong kind, bad parameters)"),
          },
        },
      },
      "/api/v1/push/elements": {
        get: {
          operationId: "listPushElements",
          summary: "What the department may push: the data elements its own forms use, and its roster forms",
          responses: { "200": { description: "elements and roster forms", content: json(ref("PushElements")) }, ...refusals, "403": error("令牌所属部门不能推送 (the department may not push)") },
        },
      },
      "/api/v1/push": {
        post: {
          operationId: "push",
          summary: "数据回流: push the department's records (residents keyed by 公民身份号码, or figures per village) for its district",
          description:
            "The same push as the department's upload: rows are checked one by one (a bad row is rejected whole), villages resolved in the token's district, and the values shown in the villages' one forms as prefills marked with the department; a village's own value is never overwritten (a difference is a conflict shown to both sides). `dryRun: true` checks and counts only.",
          requestBody: { required: true, content: json(ref("PushRequest")) },
          responses: {
            "200": { description: "dry run: what would be filled where", content: json(ref("PushReport")) },
            "201": { description: "push stored", content: json(ref("PushReport")) },
            ...refusals,
            "403": error("令牌所属部门不能推送 (the department may not push)"),
            "413": error("请求体超过上传大小限制 (body over the upload limit)"),
            "422": error("请求体格式有误，issues 列出每处问题 (invalid body; `issues` lists each problem)"),
          },
        },
      },
      "/api/v1/openapi.json": {
        get: { operationId: "getOpenApi", summary: "This document", security: [], responses: { "200": { description: "OpenAPI 3.1 document", content: json({ type: "object" }) } } },
      },
    },
    components: {
      securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", description: "oft_… token created by an admin" } },
      schemas: componentSchemas(),
    },
  };
}

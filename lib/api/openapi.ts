import { z } from "zod";
import { apiError, apiFormList, apiFormValues } from "@/lib/schemas/api";
import { API_RATE_PER_MINUTE } from "./token";

/** The schemas of the document, generated from the zod schemas the responses are built to. */
function componentSchemas(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(apiError, { id: "Error" });
  registry.add(apiFormList, { id: "FormList" });
  registry.add(apiFormValues, { id: "FormValues" });
  const { schemas } = z.toJSONSchema(registry, { target: "draft-2020-12", io: "output", uri: (id) => `#/components/schemas/${id}` });
  return Object.fromEntries(Object.entries(schemas).map(([id, schema]) => {
    const { $schema: _drop, ...rest } = schema as Record<string, unknown>;
    return [id, rest];
  }));
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (schema: unknown) => ({ "application/json": { schema } });
const error = (description: string) => ({ description, content: json(ref("Error")) });

const refusals = {
  "401": error("缺少令牌，或令牌无效、已撤销、已过期 (missing, unknown, revoked or expired token)"),
  "429": {
    description: `超过频率限制：每个令牌每分钟 ${API_RATE_PER_MINUTE} 次 (rate limit per token and minute)`,
    headers: { "Retry-After": { description: "seconds until the next minute opens", schema: { type: "integer", minimum: 1 } } },
    content: json(ref("Error")),
  },
};

/** The OpenAPI 3.1 description of /api/v1, served at /api/v1/openapi.json. Pure and deterministic. */
export function openApiDocument(): Record<string, unknown> {
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

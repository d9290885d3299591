import { z } from "zod";
import { FIELD_TYPES, FORM_KINDS, FREQUENCIES } from "@/lib/domain";
import { id, text } from "./common";

/** The end of a day in China Standard Time: a token "valid until 2027-06-30" works through that whole day. */
export function endOfDayCst(date: string): Date {
  return new Date(`${date}T23:59:59.999+08:00`);
}

const expiresOn = z.preprocess(
  (v) => (v === "" || v === null ? undefined : v),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "notDate")
    .refine((d) => !Number.isNaN(endOfDayCst(d).getTime()), "notDate")
    .refine((d) => endOfDayCst(d).getTime() > Date.now(), "pastDate")
    .optional(),
);

/** Admin: a new API token for a department, optionally expiring at the end of a day. */
export const createApiTokenInput = z.object({ name: text(60), departmentId: id, expiresOn });
export const revokeApiTokenInput = z.object({ id });

// Response shapes of /api/v1: the OpenAPI document's schemas are generated from these (lib/api/openapi.ts).

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const apiError = z
  .object({ error: z.object({ code: z.string().meta({ description: "unauthenticated | forbidden | notFound | invalidInput | rateLimited | …" }), message: z.string().meta({ description: "中文说明" }) }) });

export const apiFormList = z
  .object({
    department: z.string(),
    forms: z.array(
      z.object({
        id: z.uuid(),
        title: z.string(),
        frequency: z.enum(FREQUENCIES),
        kind: z.enum(FORM_KINDS),
        status: z.enum(["active", "under_review", "retired"]),
        fieldCount: z.number().int(),
      }),
    ),
  });

export const apiFormValues = z
  .object({
    form: z.object({
      id: z.uuid(),
      title: z.string(),
      department: z.string(),
      frequency: z.enum(FREQUENCIES),
      kind: z.enum(FORM_KINDS).meta({ description: "aggregate: one record per village; roster: one record per listed resident" }),
      period: z.string().meta({ description: "period key: 2026-11-22, 2026-W47, 2026-11, 2026-Q4, 2026-H2, 2026" }),
    }),
    fields: z.array(
      z.object({
        id: z.uuid().meta({ description: "key of the field's value in each record" }),
        label: z.string(),
        type: z.enum(FIELD_TYPES),
        element: z.object({ id: z.uuid(), name: z.string() }).nullable().meta({ description: "the data element (数据元) it is filled from; null while unmatched" }),
      }),
    ),
    units: z.array(
      z.object({
        orgUnit: z.object({ id: z.uuid(), name: z.string(), divisionCode: z.string(), town: z.string().nullable() }),
        status: z.enum(["submitted", "draft", "notStarted"]).meta({ description: "报送情况 of the village for this form and period" }),
        submittedAt: z.string().nullable(),
        records: z.array(z.record(z.string(), scalar)).meta({ description: "field id → value in the form's own unit; empty fields are left out" }),
      }),
    ),
  });

import { z } from "zod";
import { FIELD_TYPES, FORM_KINDS, FREQUENCIES } from "@/lib/domain";
import { isPeriodKey } from "@/lib/periods";
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

// POST /api/v1/push: a department system's push (数据回流), the rows an upload would give.

const pushValue = z.union([z.string().max(2000), z.number(), z.boolean(), z.null()]);
const pushRow = z.object({
  village: z.string().trim().min(1).max(100).meta({ description: "村（社区）name (团山湖村, or 乔口镇团山湖村 where two towns share it) or its 12-digit 统计用区划代码" }),
  idNumber: z.string().trim().max(40).optional().meta({ description: "residents: 公民身份号码 (GB 11643 checked)" }),
  name: z.string().trim().max(100).optional().meta({ description: "residents: 姓名" }),
  values: z.record(z.uuid(), pushValue).meta({ description: "element id (GET /api/v1/push/elements) → value in the element's unit" }),
});

export const apiPushInput = z
  .object({
    kind: z.enum(["residents", "villages"]).meta({ description: "residents: a roster keyed by 公民身份号码; villages: figures per village" }),
    period: z.string().refine(isPeriodKey, "periodKey").meta({ description: "the period the values are for (2026-11, 2026-Q4 …)" }),
    formId: z.uuid().optional().meta({ description: "residents: the department's roster form to list them on (GET /api/v1/push/elements)" }),
    dryRun: z.boolean().default(false).meta({ description: "true: check and count only, nothing is stored" }),
    rows: z.array(pushRow).min(1),
  })
  .superRefine((v, ctx) => {
    if (v.kind !== "residents") return;
    if (!v.formId) ctx.addIssue({ code: "custom", message: "required", path: ["formId"] });
    v.rows.forEach((r, i) => {
      if (!r.idNumber) ctx.addIssue({ code: "custom", message: "required", path: ["rows", i, "idNumber"] });
      if (!r.name) ctx.addIssue({ code: "custom", message: "required", path: ["rows", i, "name"] });
    });
  });
export type ApiPushInput = z.infer<typeof apiPushInput>;

export const apiPushElements = z.object({
  department: z.string(),
  elements: z.array(z.object({ id: z.uuid(), name: z.string(), type: z.enum(FIELD_TYPES), unit: z.string().nullable(), scope: z.enum(["person", "unit"]) })),
  rosterForms: z.array(z.object({ id: z.uuid(), title: z.string() })),
});

const pushCounts = { prefill: z.number().int(), same: z.number().int(), conflict: z.number().int(), newResidents: z.number().int() };
export const apiPushReport = z.object({
  dryRun: z.boolean(),
  pushId: z.uuid().nullable().meta({ description: "null for a dry run" }),
  kind: z.enum(["residents", "villages"]),
  periodKey: z.string(),
  rowCount: z.number().int(),
  validRows: z.number().int(),
  villages: z.array(z.object({ orgUnitId: z.uuid(), name: z.string(), townName: z.string(), rows: z.number().int(), ...pushCounts })),
  rejected: z.array(z.object({ row: z.number().int().meta({ description: "1-based index in `rows`" }), reasons: z.array(z.string()) })),
  unknownVillages: z.array(z.object({ village: z.string(), rows: z.array(z.number().int()) })),
  notDue: z.array(z.object({ elementId: z.uuid(), name: z.string() })).meta({ description: "elements no village is asked for in this period: not pushed" }),
  totals: z.object({ values: z.number().int(), ...pushCounts }),
});

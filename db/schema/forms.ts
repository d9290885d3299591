import { sql } from "drizzle-orm";
import { bigint, boolean, doublePrecision, index, integer, jsonb, pgTable, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { FIELD_TYPES, FORM_KINDS, FREQUENCIES, LAYOUTS, type TargetLevel } from "@/lib/domain";
import type { FormPart, TemplateLayoutInfo } from "@/lib/templates/types";
import { departments } from "./departments";
import { elements } from "./elements";
import { files } from "./files";
import { orgUnits } from "./org-units";
import { users } from "./users";

export const FORM_STATUSES = ["draft", "active", "under_review", "retired"] as const;
export type FormStatus = (typeof FORM_STATUSES)[number];

/** What the parser found besides fields, kept so the original template can be filled and shown later. */
export interface FormDefinitionExtras {
  layoutInfo: TemplateLayoutInfo;
  notes: string[];
  warnings: string[];
  /** A form spanning several sheets (表一…表五 of one survey): every sheet, in order (layoutInfo is the main one's). */
  parts?: FormPart[];
}

/** A department's report form (报表), registered from an uploaded template. */
export const forms = pgTable(
  "forms",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "restrict" }),
    fileId: uuid("file_id")
      .notNull()
      .references(() => files.id, { onDelete: "restrict" }),
    title: text("title").notNull(),
    sheet: text("sheet").notNull(),
    frequency: text("frequency", { enum: FREQUENCIES }).notNull(),
    layout: text("layout", { enum: LAYOUTS }).notNull(),
    kind: text("kind", { enum: FORM_KINDS }).notNull(),
    targetLevels: jsonb("target_levels").$type<TargetLevel[]>().notNull().default(sql`'["village","community"]'::jsonb`),
    status: text("status", { enum: FORM_STATUSES }).notNull().default("draft"),
    definition: jsonb("definition").$type<FormDefinitionExtras>().notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("forms_district_status_idx").on(t.districtId, t.status), index("forms_department_idx").on(t.departmentId)],
);

export const MATCH_SOURCES = ["auto", "confirmed", "manual", "existing"] as const;

/** Where a field's value goes in the original template. */
export interface FieldPlacement {
  column?: number;
  valueCell?: string;
  row?: number;
  code?: string;
  /** grid: the org unit whose value the cell holds (TemplateField.orgUnit). */
  orgUnit?: string;
}

export const formFields = pgTable(
  "form_fields",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    formId: uuid("form_id")
      .notNull()
      .references(() => forms.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    /** `Sheet!A1` of the leaf label cell (grid: of the value cell). */
    ref: text("ref").notNull(),
    label: text("label").notNull(),
    path: jsonb("path").$type<string[]>().notNull(),
    type: text("type", { enum: FIELD_TYPES }).notNull(),
    unit: text("unit"),
    options: jsonb("options").$type<string[]>(),
    isRemark: boolean("is_remark").notNull().default(false),
    /** The user said this is not a field (a mis-detected column); kept for the record, never filled. */
    excluded: boolean("excluded").notNull().default(false),
    placement: jsonb("placement").$type<FieldPlacement>().notNull(),
    elementId: uuid("element_id").references(() => elements.id, { onDelete: "set null" }),
    matchScore: real("match_score"),
    matchReason: text("match_reason"),
    matchSource: text("match_source", { enum: MATCH_SOURCES }),
    /** value in the element's unit = value in this field's unit × factor. */
    unitFactor: doublePrecision("unit_factor").notNull().default(1),
  },
  (t) => [unique("form_fields_form_ref_uq").on(t.formId, t.ref), index("form_fields_element_idx").on(t.elementId)],
);

export type Form = typeof forms.$inferSelect;
export type FormField = typeof formFields.$inferSelect;
export type NewFormField = typeof formFields.$inferInsert;

/**
 * One row per district whose form definitions (forms, their fields, elements, departments, merge
 * decisions) changed since this table exists: `stamp` is the id of the last transaction that changed them,
 * written by statement triggers (migration one_form_plan_stamps). The one form caches a district's plan
 * under its stamp, so every process sees a change at its next read (db/queries/one-form-plan.ts).
 */
export const oneFormPlanStamps = pgTable("one_form_plan_stamps", {
  districtId: uuid("district_id")
    .primaryKey()
    .references(() => orgUnits.id, { onDelete: "cascade" }),
  stamp: bigint("stamp", { mode: "number" }).notNull(),
});

import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { departments } from "./departments";
import { elements } from "./elements";
import { files } from "./files";
import { forms } from "./forms";
import { orgUnits } from "./org-units";
import { users } from "./users";
import { jsonScalar, persons } from "./values";

export const PUSH_KINDS = ["residents", "villages"] as const;

/**
 * One department push (数据回流): a roster of residents or village-level figures a department sent for its
 * district and a period, by upload (the file is kept) or through the API (no file). Applied pushes only:
 * dry runs leave no row.
 */
export const dataPushes = pgTable(
  "data_pushes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "restrict" }),
    periodKey: text("period_key").notNull(),
    kind: text("kind", { enum: PUSH_KINDS }).notNull(),
    /** The roster form a residents push lists its residents on. */
    formId: uuid("form_id").references(() => forms.id, { onDelete: "set null" }),
    fileId: uuid("file_id").references(() => files.id, { onDelete: "set null" }),
    fileName: text("file_name"),
    rowCount: integer("row_count").notNull(),
    /** Counts of the push report (villages, values, prefilled, same, conflicts, invalid rows …). */
    summary: jsonb("summary").notNull(),
    pushedBy: uuid("pushed_by").references(() => users.id, { onDelete: "set null" }),
    pushedAt: timestamp("pushed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("data_pushes_district_department_idx").on(t.districtId, t.departmentId, t.pushedAt)],
);

/**
 * A department's value of a village-level element for the period it is stored under. Kept apart from
 * `values` on purpose: a push never writes what the village typed; the one form shows it as a prefill
 * where the village has no value, and as a conflict where it has another.
 */
export const pushedValues = pgTable(
  "pushed_values",
  {
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    elementId: uuid("element_id")
      .notNull()
      .references(() => elements.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    districtId: uuid("district_id").notNull(),
    value: jsonScalar("value"),
    pushId: uuid("push_id")
      .notNull()
      .references(() => dataPushes.id, { onDelete: "cascade" }),
    pushedAt: timestamp("pushed_at", { withTimezone: true }).notNull(),
    /** When the department first pushed this item: a village value saved after it is a correction of the push. */
    firstPushedAt: timestamp("first_pushed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.elementId, t.periodKey, t.departmentId] }),
    index("pushed_values_district_department_idx").on(t.districtId, t.departmentId),
  ],
);

/** A department's value of a resident's person-level element (same rule: never written over the village's). */
export const pushedPersonValues = pgTable(
  "pushed_person_values",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    elementId: uuid("element_id")
      .notNull()
      .references(() => elements.id, { onDelete: "cascade" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    orgUnitId: uuid("org_unit_id").notNull(),
    districtId: uuid("district_id").notNull(),
    value: jsonScalar("value"),
    pushId: uuid("push_id")
      .notNull()
      .references(() => dataPushes.id, { onDelete: "cascade" }),
    pushedAt: timestamp("pushed_at", { withTimezone: true }).notNull(),
    /** When the department first pushed this item: a village value saved after it is a correction of the push. */
    firstPushedAt: timestamp("first_pushed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.elementId, t.departmentId] }),
    index("pushed_person_values_district_department_idx").on(t.districtId, t.departmentId),
    index("pushed_person_values_org_unit_idx").on(t.orgUnitId),
  ],
);

export type DataPush = typeof dataPushes.$inferSelect;

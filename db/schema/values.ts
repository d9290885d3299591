import { customType, index, integer, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { elements } from "./elements";
import { forms } from "./forms";
import { orgUnits } from "./org-units";
import { users } from "./users";

/**
 * A JSON scalar in a jsonb column. Both drivers (postgres.js and PGlite) hand jsonb over already parsed;
 * drizzle's own jsonb type parses strings a second time, so "13807310002" came back as a number and an
 * 18-digit number string lost its last digits. This type takes the driver's value as it is.
 */
export const jsonScalar = customType<{ data: string | number | boolean | null; driverData: string | number | boolean | null }>({
  dataType: () => "jsonb",
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => value,
});

/** "pushed": a value a department pushed (数据回流) that the cadre confirmed as it was. */
export const VALUE_SOURCES = ["entered", "carried", "imported", "derived", "pushed"] as const;

/** A value of the one form: (org unit, element, period) → value. Every large table carries the district id. */
export const values = pgTable(
  "values",
  {
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    elementId: uuid("element_id")
      .notNull()
      .references(() => elements.id, { onDelete: "restrict" }),
    periodKey: text("period_key").notNull(),
    districtId: uuid("district_id").notNull(),
    /** JSON scalar: number, string, boolean or ISO date string. */
    value: jsonScalar("value"),
    source: text("source", { enum: VALUE_SOURCES }).notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    /** Optimistic concurrency: a save names the version it read and fails if it changed. */
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.elementId, t.periodKey] }), index("values_district_period_idx").on(t.districtId, t.periodKey)],
);

/** The resident registry, keyed by a validated 公民身份号码 (GB 11643), per village. */
export const persons = pgTable(
  "persons",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    districtId: uuid("district_id").notNull(),
    idNumber: text("id_number").notNull(),
    name: text("name").notNull(),
    birthDate: text("birth_date").notNull(),
    sex: text("sex", { enum: ["male", "female"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [unique("persons_org_unit_id_number_uq").on(t.orgUnitId, t.idNumber), index("persons_district_idx").on(t.districtId)],
);

/** A resident's datum for a person-scope element (typed once, shown in every roster that lists them). */
export const personValues = pgTable(
  "person_values",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    elementId: uuid("element_id")
      .notNull()
      .references(() => elements.id, { onDelete: "restrict" }),
    districtId: uuid("district_id").notNull(),
    value: jsonScalar("value"),
    source: text("source", { enum: VALUE_SOURCES }).notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [primaryKey({ columns: [t.personId, t.elementId] }), index("person_values_district_idx").on(t.districtId)],
);

/** Which persons a roster form (低保, 残疾人, 监测对象 …) lists for a village. */
export const rosterEntries = pgTable(
  "roster_entries",
  {
    formId: uuid("form_id")
      .notNull()
      .references(() => forms.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => persons.id, { onDelete: "cascade" }),
    orgUnitId: uuid("org_unit_id").notNull(),
    districtId: uuid("district_id").notNull(),
    addedBy: uuid("added_by").references(() => users.id, { onDelete: "set null" }),
    addedAt: timestamp("added_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.formId, t.personId] }), index("roster_entries_org_unit_idx").on(t.orgUnitId)],
);

/** A village's submission of the one form for a period (per form, so departments see who has reported). */
export const submissions = pgTable(
  "submissions",
  {
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    formId: uuid("form_id")
      .notNull()
      .references(() => forms.id, { onDelete: "cascade" }),
    periodKey: text("period_key").notNull(),
    districtId: uuid("district_id").notNull(),
    /** returned: sent back by a reviewer (editable, to resubmit); approved: locked until the reviewer unlocks it (db/queries/reviews.ts). */
    status: text("status", { enum: ["draft", "submitted", "returned", "approved"] }).notNull(),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [primaryKey({ columns: [t.orgUnitId, t.formId, t.periodKey] }), index("submissions_district_period_idx").on(t.districtId, t.periodKey)],
);

export type Value = typeof values.$inferSelect;
export type Person = typeof persons.$inferSelect;
export type PersonValue = typeof personValues.$inferSelect;
export type Submission = typeof submissions.$inferSelect;

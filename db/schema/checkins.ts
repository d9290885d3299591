import { sql } from "drizzle-orm";
import { doublePrecision, index, integer, jsonb, pgTable, primaryKey, real, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { FREQUENCIES, type TargetLevel } from "@/lib/domain";
import { CHECKIN_FORBIDDEN_KINDS } from "@/lib/burden/types";
import { departments } from "./departments";
import { orgUnits } from "./org-units";
import { users } from "./users";

/**
 * A check-in (打卡) a department's app imposes on villages: "巡河打卡 weekly ×1". Cancelling keeps the row
 * (status "cancelled", cancelled_at) so the load it removed stays visible.
 */
export const checkinTasks = pgTable(
  "checkin_tasks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "restrict" }),
    app: text("app").notNull(),
    name: text("name").notNull(),
    frequency: text("frequency", { enum: FREQUENCIES }).notNull(),
    /** Check-ins required per period of `frequency`. */
    requiredCount: integer("required_count").notNull(),
    /** Levels it applies to when no explicit targets are listed in checkin_targets. */
    targetLevels: jsonb("target_levels").$type<TargetLevel[]>().notNull().default(sql`'["village","community"]'::jsonb`),
    /** One of the kinds the rules now forbid (forced check-ins, point rankings, online-time tracking), or null. */
    forbiddenKind: text("forbidden_kind", { enum: CHECKIN_FORBIDDEN_KINDS }),
    /** Overrides the district's minutes per check-in for this task. */
    minutesEach: real("minutes_each"),
    /** First month it applies (YYYY-MM). */
    startMonth: text("start_month").notNull(),
    status: text("status", { enum: ["active", "cancelled"] }).notNull().default("active"),
    /** First month it no longer applies (YYYY-MM); set on cancellation. */
    cancelledMonth: text("cancelled_month"),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    cancelledBy: uuid("cancelled_by").references(() => users.id, { onDelete: "set null" }),
    cancelReason: text("cancel_reason"),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    version: integer("version").notNull().default(1),
  },
  (t) => [index("checkin_tasks_district_idx").on(t.districtId, t.status), index("checkin_tasks_department_idx").on(t.departmentId)],
);

/** Explicit target org units of a task (e.g. only villages on a river); none means every unit of its levels. */
export const checkinTargets = pgTable(
  "checkin_targets",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => checkinTasks.id, { onDelete: "cascade" }),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    districtId: uuid("district_id").notNull(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.orgUnitId] }), index("checkin_targets_district_idx").on(t.districtId)],
);

/** Check-ins done: per org unit × task × month, logged one by one in OneForm or imported as counts. */
export const checkinCounts = pgTable(
  "checkin_counts",
  {
    taskId: uuid("task_id")
      .notNull()
      .references(() => checkinTasks.id, { onDelete: "cascade" }),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    /** YYYY-MM. */
    month: text("month").notNull(),
    districtId: uuid("district_id").notNull(),
    count: integer("count").notNull(),
    source: text("source", { enum: ["logged", "imported"] }).notNull(),
    updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.taskId, t.orgUnitId, t.month] }), index("checkin_counts_district_month_idx").on(t.districtId, t.month)],
);

/** A district's minutes model (per field type, per check-in, per report); absent means the defaults. */
export const burdenSettings = pgTable("burden_settings", {
  districtId: uuid("district_id")
    .primaryKey()
    .references(() => orgUnits.id, { onDelete: "restrict" }),
  minutes: jsonb("minutes").$type<Record<string, number>>().notNull(),
  updatedBy: uuid("updated_by").references(() => users.id, { onDelete: "set null" }),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});

/** The sums every burden row carries (burden_facts and burden_rollup). */
const burdenMetrics = () => ({
  formsBefore: integer("forms_before").notNull().default(0),
  formsAfter: integer("forms_after").notNull().default(0),
  entriesBefore: integer("entries_before").notNull().default(0),
  entriesAfter: integer("entries_after").notNull().default(0),
  entriesPrefilled: integer("entries_prefilled").notNull().default(0),
  checkinsRequired: integer("checkins_required").notNull().default(0),
  checkinsDone: integer("checkins_done").notNull().default(0),
  checkinsRemoved: integer("checkins_removed").notNull().default(0),
  reportsDue: integer("reports_due").notNull().default(0),
  reportsOnTime: integer("reports_on_time").notNull().default(0),
  reportsLate: integer("reports_late").notNull().default(0),
  reportsMissing: integer("reports_missing").notNull().default(0),
  /** Form submissions sent back by a reviewer: each is one more round of reporting (db/queries/burden.ts). */
  reportsReturned: integer("reports_returned").notNull().default(0),
  minutesBefore: doublePrecision("minutes_before").notNull().default(0),
  minutesAfter: doublePrecision("minutes_after").notNull().default(0),
});

/**
 * The burden rollup: one row per village (or community) × month × department, computed by one SQL
 * statement from forms, fields, elements, submissions and check-ins (db/queries/burden.ts). Towns and
 * the district are summed from these rows into burden_rollup; nothing is summed in JavaScript.
 */
export const burdenFacts = pgTable(
  "burden_facts",
  {
    districtId: uuid("district_id").notNull(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "cascade" }),
    /** The unit's materialized path when the row was computed (burden_rollup holds the sums above villages). */
    path: text("path").notNull(),
    month: text("month").notNull(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    ...burdenMetrics(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.month, t.departmentId] }),
    index("burden_facts_district_month_idx").on(t.districtId, t.month),
    /** A district's villages filtered by one department (the dashboard's department filter). */
    index("burden_facts_district_department_idx").on(t.districtId, t.departmentId, t.month),
  ],
);

/**
 * The levels above burden_facts, summed from it by refreshBurden (SQL, same transaction), so a dashboard
 * reads a few hundred rows instead of a district's 126k: per month, for
 * - the district and each town: one row per department and one for all departments (department_id null);
 * - each village or community: one row for all departments (its rows per department are burden_facts).
 * `parent_id` is the unit's parent (children of a unit are `parent_id = unit`, no path prefix).
 */
export const burdenRollup = pgTable(
  "burden_rollup",
  {
    districtId: uuid("district_id").notNull(),
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "cascade" }),
    parentId: uuid("parent_id"),
    level: text("level", { enum: ["district", "town", "village", "community"] }).notNull(),
    month: text("month").notNull(),
    /** Null: all departments together. */
    departmentId: uuid("department_id").references(() => departments.id, { onDelete: "cascade" }),
    ...burdenMetrics(),
  },
  (t) => [
    unique("burden_rollup_unit_month_department_key").on(t.orgUnitId, t.month, t.departmentId).nullsNotDistinct(),
    index("burden_rollup_parent_idx").on(t.parentId, t.departmentId, t.month),
    index("burden_rollup_district_idx").on(t.districtId, t.departmentId, t.month),
  ],
);

/** When a district's rollup was last rebuilt, and for which months. */
export const burdenRefreshes = pgTable("burden_refreshes", {
  districtId: uuid("district_id")
    .primaryKey()
    .references(() => orgUnits.id, { onDelete: "cascade" }),
  fromMonth: text("from_month").notNull(),
  toMonth: text("to_month").notNull(),
  refreshedAt: timestamp("refreshed_at", { withTimezone: true }).notNull().defaultNow(),
  ms: integer("ms").notNull().default(0),
});

export type CheckinTask = typeof checkinTasks.$inferSelect;
export type NewCheckinTask = typeof checkinTasks.$inferInsert;
export type CheckinCount = typeof checkinCounts.$inferSelect;
export type BurdenFact = typeof burdenFacts.$inferSelect;
export type BurdenRollupRow = typeof burdenRollup.$inferSelect;

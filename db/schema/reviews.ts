import { index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { REVIEW_STATUSES } from "@/lib/review";
import { orgUnits } from "./org-units";
import { users } from "./users";

/** A form the submitted one form covered, with its own period (the submissions row it locks). */
export interface ReviewedForm {
  formId: string;
  periodKey: string;
}

/** A reviewer's note on one item (data element) of a returned one form, shown to the cadre at that item. */
export interface ReviewItemNote {
  elementId: string;
  /** The item's name when the note was written, so the record reads the same after a rename. */
  name: string;
  note: string;
}

/**
 * The review of a village's one form for a period: one row per (village, one-form period), written when
 * the cadre submits and moved by the town and the district. Every change goes through mutate() (audited);
 * `version` guards against two reviewers deciding on what they did not see.
 */
export const oneFormReviews = pgTable(
  "one_form_reviews",
  {
    orgUnitId: uuid("org_unit_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    periodKey: text("period_key").notNull(),
    districtId: uuid("district_id").notNull(),
    /** The village's town (its parent): a town official's list is this column's equality. */
    townId: uuid("town_id").notNull(),
    status: text("status", { enum: REVIEW_STATUSES }).notNull(),
    forms: jsonb("forms").$type<ReviewedForm[]>().notNull(),
    /** How many times the cadre has submitted (1 + resubmissions). */
    rounds: integer("rounds").notNull().default(1),
    returnedCount: integer("returned_count").notNull().default(0),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull(),
    /** The last return's reason for the whole form (kept after resubmission, for the record; cleared on approval). */
    reason: text("reason"),
    itemNotes: jsonb("item_notes").$type<ReviewItemNote[]>().notNull().default([]),
    returnedBy: uuid("returned_by").references(() => users.id, { onDelete: "set null" }),
    returnedAt: timestamp("returned_at", { withTimezone: true }),
    townApprovedBy: uuid("town_approved_by").references(() => users.id, { onDelete: "set null" }),
    townApprovedAt: timestamp("town_approved_at", { withTimezone: true }),
    districtApprovedBy: uuid("district_approved_by").references(() => users.id, { onDelete: "set null" }),
    districtApprovedAt: timestamp("district_approved_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.orgUnitId, t.periodKey] }),
    index("one_form_reviews_town_period_idx").on(t.townId, t.periodKey),
    index("one_form_reviews_district_period_idx").on(t.districtId, t.periodKey),
  ],
);

export type OneFormReview = typeof oneFormReviews.$inferSelect;

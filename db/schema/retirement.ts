import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, real, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import type { CoverageEvidence, DuplicateForm } from "@/lib/redundancy/types";
import { forms } from "./forms";
import { orgUnits } from "./org-units";
import { users } from "./users";

export const RETIREMENT_DECISIONS = ["retire", "keep", "merge"] as const;
export type RetirementDecision = (typeof RETIREMENT_DECISIONS)[number];

/** A covering form as the reviewer saw it (titles kept so the record reads the same after renames). */
export interface CoveringFormSnapshot {
  formId: string;
  title: string;
  department: string;
  frequency: string;
}

/** Collecting fields kept per item in a snapshot: 姓名 or 村名 may be in hundreds of forms. */
export const EVIDENCE_KEPT = 12;

/** What the analysis said about the form when the row was written (and, once decided, when the decision was taken). */
export interface RetirementAnalysisSnapshot {
  level: "full" | "partial";
  coverage: number;
  elementCount: number;
  coveredElementCount: number;
  coveredBy: CoveringFormSnapshot[];
  /** Per item: the collecting fields, most frequent first, at most EVIDENCE_KEPT of them; `coveredByTotal` counts all. */
  evidence: (CoverageEvidence & { coveredByTotal?: number })[];
  uncovered: { fieldId: string; elementId: string; label?: string }[];
  duplicates: (DuplicateForm & { title: string; department: string })[];
  /** Field entries a village no longer types per year if the form goes (covered fields × times per year). */
  entriesPerVillage: number;
  villages: number;
  loadRemoved: number;
  timesPerYear: number;
  recommendation: "retire" | "keep";
  mutualWith: string[];
  reasons: string[];
}

/**
 * The retirement (清退) review queue and its decisions. A row without a decision is a pending candidate of
 * the latest analysis; a decided row is the record of a decision (retire / keep / merge) and stays, reverted
 * or not. `fields_signature` is the form's fields → elements when decided: a kept form is proposed again only
 * after it changes.
 */
export const retirementReviews = pgTable(
  "retirement_reviews",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    formId: uuid("form_id")
      .notNull()
      .references(() => forms.id, { onDelete: "cascade" }),
    level: text("level", { enum: ["full", "partial"] }).notNull(),
    coverage: real("coverage").notNull(),
    loadRemoved: integer("load_removed").notNull(),
    analysis: jsonb("analysis").$type<RetirementAnalysisSnapshot>().notNull(),
    fieldsSignature: text("fields_signature").notNull(),
    decision: text("decision", { enum: RETIREMENT_DECISIONS }),
    mergedIntoFormId: uuid("merged_into_form_id").references(() => forms.id, { onDelete: "set null" }),
    reason: text("reason"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    revertedBy: uuid("reverted_by").references(() => users.id, { onDelete: "set null" }),
    revertedAt: timestamp("reverted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("retirement_reviews_district_idx").on(t.districtId, t.loadRemoved),
    index("retirement_reviews_form_idx").on(t.formId),
    // At most one pending candidate per form.
    uniqueIndex("retirement_reviews_pending_uq").on(t.formId).where(sql`${t.decision} is null`),
  ],
);

export type RetirementReview = typeof retirementReviews.$inferSelect;

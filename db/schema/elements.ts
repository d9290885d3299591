import { bigint, boolean, index, jsonb, pgTable, real, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { FIELD_TYPES } from "@/lib/domain";
import { orgUnits } from "./org-units";
import { users } from "./users";

/** The 数据元 catalog of a district: one datum, however many forms ask for it. */
export const elements = pgTable(
  "elements",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    type: text("type", { enum: FIELD_TYPES }).notNull(),
    unit: text("unit"),
    scope: text("scope", { enum: ["person", "unit"] }).notNull(),
    aggregation: text("aggregation", { enum: ["stock", "flow"] }).notNull(),
    options: jsonb("options").$type<string[]>(),
    /** Section of the one form a cadre sees it in (人口, 民政, 党建 …). */
    section: text("section"),
    /** Labels officials taught the catalog by their decisions. */
    aliases: jsonb("aliases").$type<string[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("elements_district_idx").on(t.districtId)],
);

export const DECISION_KINDS = ["confirm", "reject", "assign", "rename", "alias"] as const;

/** Officials' match decisions, re-applied by every later analysis (a rejected pair is never merged again). */
export const matchDecisions = pgTable(
  "match_decisions",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    kind: text("kind", { enum: DECISION_KINDS }).notNull(),
    fieldA: uuid("field_a"),
    fieldB: uuid("field_b"),
    elementId: uuid("element_id"),
    label: text("label"),
    name: text("name"),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("match_decisions_district_idx").on(t.districtId)],
);

/** Uncertain pairs from the latest analysis, for the review queue (most consequential first). */
export const matchReviews = pgTable(
  "match_reviews",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "cascade" }),
    fieldA: uuid("field_a").notNull(),
    fieldB: uuid("field_b").notNull(),
    score: real("score").notNull(),
    reason: text("reason").notNull(),
    merged: boolean("merged").notNull(),
    weight: real("weight").notNull(),
    /** A group suggestion: every [fieldA, fieldB] pair one answer decides (the row's pair first); null for one pair. */
    pairs: jsonb("pairs").$type<[string, string][]>(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("match_reviews_district_weight_idx").on(t.districtId, t.weight)],
);

export type Element = typeof elements.$inferSelect;
export type MatchDecisionRow = typeof matchDecisions.$inferSelect;
export type MatchReview = typeof matchReviews.$inferSelect;

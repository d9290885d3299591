import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/**
 * 市 > 区/县 > 乡镇/街道 > 村/社区. `path` is the materialized path of ids ("/<city>/<district>/…/<self>/"),
 * so a subtree is `path LIKE '<prefix>%'` on a text_pattern_ops index.
 */
export const orgUnits = pgTable(
  "org_units",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    parentId: uuid("parent_id").references((): AnyPgColumn => orgUnits.id, { onDelete: "restrict" }),
    level: text("level", { enum: ["city", "district", "town", "village", "community"] }).notNull(),
    name: text("name").notNull(),
    divisionCode: text("division_code").notNull().unique(),
    path: text("path").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("org_units_path_idx").using("btree", t.path.op("text_pattern_ops")),
    index("org_units_parent_idx").on(t.parentId),
    check("org_units_code_12_digits", sql`${t.divisionCode} ~ '^[0-9]{12}$'`),
  ],
);

export type OrgUnit = typeof orgUnits.$inferSelect;
export type NewOrgUnit = typeof orgUnits.$inferInsert;

import { pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { orgUnits } from "./org-units";

/** A department of a district (区民政局, 区卫健委 …); it owns forms and check-in tasks. */
export const departments = pgTable(
  "departments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    name: text("name").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique("departments_district_name_uq").on(t.districtId, t.name)],
);

export type Department = typeof departments.$inferSelect;

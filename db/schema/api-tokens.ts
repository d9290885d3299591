import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { departments } from "./departments";
import { orgUnits } from "./org-units";
import { users } from "./users";

/**
 * A department system's key to the read API (and the push endpoint): created by an admin for one
 * department, shown once, stored only as the SHA-256 of the random token (like sessions). A revoked or
 * expired token is refused; deleting the department deletes its tokens.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "cascade" }),
    /** The department's district (the partitioning column, see DESIGN.md "Past one machine"). */
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    tokenHash: text("token_hash").notNull().unique(),
    /** The token's first characters, so an admin can tell tokens apart without the secret. */
    prefix: text("prefix").notNull(),
    createdBy: uuid("created_by").references(() => users.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    revokedBy: uuid("revoked_by").references(() => users.id, { onDelete: "set null" }),
  },
  (t) => [index("api_tokens_department_idx").on(t.departmentId)],
);

/**
 * Requests per token and fixed one-minute window, counted in the database so every app process shares
 * the limit (one upsert per request; old windows are deleted as new ones open).
 */
export const apiRateWindows = pgTable(
  "api_rate_windows",
  {
    tokenId: uuid("token_id")
      .notNull()
      .references(() => apiTokens.id, { onDelete: "cascade" }),
    windowStart: timestamp("window_start", { withTimezone: true }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.windowStart] })],
);

export type ApiToken = typeof apiTokens.$inferSelect;

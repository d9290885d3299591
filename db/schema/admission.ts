import { sql } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { FREQUENCIES } from "@/lib/domain";
import { ADMISSION_STATUSES, type AdmissionAnalysis } from "@/lib/admission/types";
import { departments } from "./departments";
import { forms } from "./forms";
import { orgUnits } from "./org-units";
import { users } from "./users";

/**
 * A department's request to admit a registered draft (or a new version of an admitted form) into the district's
 * admitted forms (准入目录). The draft stays a draft until the district decides; approval is the only way a form
 * becomes active. `analysis` is the field classification (已有/新增/待确认) and legal marks taken at submission.
 */
export const admissionRequests = pgTable(
  "admission_requests",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    districtId: uuid("district_id")
      .notNull()
      .references(() => orgUnits.id, { onDelete: "restrict" }),
    formId: uuid("form_id")
      .notNull()
      .references(() => forms.id, { onDelete: "cascade" }),
    departmentId: uuid("department_id")
      .notNull()
      .references(() => departments.id, { onDelete: "restrict" }),
    /** The admitted form this one is a new version of (it is retired when this one is admitted). */
    previousFormId: uuid("previous_form_id").references(() => forms.id, { onDelete: "set null" }),
    status: text("status", { enum: ADMISSION_STATUSES }).notNull().default("pending"),
    requestedFrequency: text("requested_frequency", { enum: FREQUENCIES }).notNull(),
    admittedFrequency: text("admitted_frequency", { enum: FREQUENCIES }),
    /** Fields the district dropped when approving with changes (they are excluded from the form). */
    droppedFieldIds: jsonb("dropped_field_ids").$type<string[]>().notNull().default(sql`'[]'::jsonb`),
    reason: text("reason"),
    analysis: jsonb("analysis").$type<AdmissionAnalysis>().notNull(),
    submittedBy: uuid("submitted_by").references(() => users.id, { onDelete: "set null" }),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    decidedBy: uuid("decided_by").references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp("decided_at", { withTimezone: true }),
    version: integer("version").notNull().default(1),
  },
  (t) => [
    index("admission_requests_district_status_idx").on(t.districtId, t.status, t.submittedAt),
    index("admission_requests_form_idx").on(t.formId),
    // One open request per form at a time.
    uniqueIndex("admission_requests_one_pending_uq").on(t.formId).where(sql`${t.status} = 'pending'`),
  ],
);

export { ADMISSION_STATUSES, type AdmissionStatus } from "@/lib/admission/types";
export type AdmissionRequest = typeof admissionRequests.$inferSelect;

import { z } from "zod";
import { isPeriodKey } from "@/lib/periods";
import { id } from "./common";

/** GET /api/forms/[formId]/export?period=2026-11&orgUnit=<id>|all */
export const formExportQuery = z.object({
  formId: id,
  period: z.string().refine(isPeriodKey, "periodKey"),
  orgUnit: z.union([z.literal("all"), id]),
});
export type FormExportQuery = z.infer<typeof formExportQuery>;

/** The submissions page: ?period=… (defaults to the form's current period). */
export const submissionsQuery = z.object({ period: z.string().refine(isPeriodKey, "periodKey").optional() });

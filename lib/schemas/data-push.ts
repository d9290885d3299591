import { z } from "zod";
import { isPeriodKey } from "@/lib/periods";
import { optionalId } from "./common";

/** Columns a push may have corrected by hand: more than a sheet's columns is not a correction. */
const MAX_MAPPED_COLUMNS = 500;

/** The department's corrections of the column mapping, sent as JSON: column number → element id, or null (do not push). */
const mapping = z.preprocess(
  (v) => {
    if (v === undefined || v === null || v === "") return {};
    try {
      return JSON.parse(String(v));
    } catch {
      return v;
    }
  },
  z
    .record(z.string().regex(/^[1-9]\d{0,3}$/), z.uuid("uuid").nullable())
    .refine((m) => Object.keys(m).length <= MAX_MAPPED_COLUMNS)
    .transform((m) => Object.fromEntries(Object.entries(m).map(([column, elementId]) => [Number(column), elementId])) as Record<number, string | null>),
);

/** Query of POST /api/data-push: preview (a dry run) or apply, for a period, a roster push naming its roster form. */
export const dataPushUploadInput = z.object({
  step: z.enum(["preview", "apply"]),
  periodKey: z.string().trim().refine(isPeriodKey, "periodKey"),
  formId: optionalId,
  mapping,
});
export type DataPushUploadInput = z.infer<typeof dataPushUploadInput>;

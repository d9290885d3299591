import { z } from "zod";
import { optionalId } from "./common";

/** The cadre's corrections of the column mapping: column number → element id, or null for "do not import". */
const columnMapping = z.record(z.string().regex(/^\d{1,4}$/), z.uuid("uuid").nullable());

/** Form fields sent with the spreadsheet to POST /api/one-form/import. */
export const oneFormImportInput = z.object({
  step: z.enum(["preview", "confirm"]),
  mapping: z
    .string()
    .optional()
    .transform((text, ctx) => {
      if (!text) return {};
      try {
        const parsed = columnMapping.safeParse(JSON.parse(text));
        if (parsed.success) return Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [Number(k), v])) as Record<number, string | null>;
      } catch {
        // fall through
      }
      ctx.addIssue({ code: "custom", message: "invalidFormat" });
      return z.NEVER;
    }),
  formId: optionalId,
});
export type OneFormImportInput = z.infer<typeof oneFormImportInput>;

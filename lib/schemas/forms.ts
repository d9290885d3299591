import { z } from "zod";
import { FIELD_TYPES, FORM_KINDS, FREQUENCIES, TARGET_LEVELS } from "../domain";
import { id, optionalId, text } from "./common";

/** Header path as typed: 「户主信息 › 姓名」 (also > / ＞ /). Splitting or merging a header is editing this. */
export function parseHeaderPath(value: string): string[] {
  return value
    .split(/\s*[›>＞/／]\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
}

export const HEADER_PATH_SEPARATOR = " › ";

const headerPath = z.preprocess(
  (v) => (typeof v === "string" ? parseHeaderPath(v) : v),
  z.array(z.string().trim().min(1).max(80)).min(1, "headerPathRequired").max(8, "headerPathTooDeep"),
);

const unit = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.string().trim().max(20).nullable());
const flag = z.preprocess((v) => v === true || v === "true" || v === "on", z.boolean());

export const fieldCorrectionInput = z.object({
  id,
  label: text(80),
  path: headerPath,
  type: z.enum(FIELD_TYPES),
  unit,
  excluded: flag,
});

/** Saving a form: metadata, field corrections, and (for drafts) whether to activate it now. */
export const saveFormInput = z
  .object({
    id,
    version: z.coerce.number().int().positive(),
    title: text(120),
    departmentId: optionalId,
    frequency: z.enum(FREQUENCIES),
    kind: z.enum(FORM_KINDS),
    targetLevels: z.array(z.enum(TARGET_LEVELS)).min(1, "targetLevelsRequired"),
    fields: z.array(fieldCorrectionInput).max(3000),
    activate: flag,
  })
  .refine((v) => v.fields.length === 0 || v.fields.some((f) => !f.excluded), { message: "allFieldsExcluded", path: ["fields"] });
export type SaveFormInput = z.infer<typeof saveFormInput>;

export const deleteDraftInput = z.object({ id });

import { z } from "zod";

/** Trimmed text with a length cap; empty input fails as "required". */
export const text = (max: number) => z.string().trim().min(1).max(max);
export const id = z.uuid("uuid");
export const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid("uuid").optional());
export const divisionCode = z.string().trim().regex(/^\d{12}$/, "divisionCode");

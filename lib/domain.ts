/** Shared vocabulary of OneForm's domain (see ../shared/DESIGN.md, glossary). Plain types only. */

export const FIELD_TYPES = ["text", "integer", "decimal", "date", "boolean", "choice", "idcard", "phone"] as const;
export type FieldType = (typeof FIELD_TYPES)[number];

/** Ordered from most to least frequent: "at least as often" compares indexes in this list. */
export const FREQUENCIES = ["daily", "weekly", "monthly", "quarterly", "semiannual", "annual", "adhoc"] as const;
export type Frequency = (typeof FREQUENCIES)[number];

export const LAYOUTS = ["columns", "indicator-rows", "grid"] as const;
export type Layout = (typeof LAYOUTS)[number];

/** aggregate: one row per village (统计表); roster: one row per person or object (台账/名册). */
export const FORM_KINDS = ["aggregate", "roster"] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const ORG_LEVELS = ["city", "district", "town", "village", "community"] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const TARGET_LEVELS = ["village", "community"] as const;
export type TargetLevel = (typeof TARGET_LEVELS)[number];

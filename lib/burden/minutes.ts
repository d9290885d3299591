import { FIELD_TYPES, type FieldType } from "../domain";

/**
 * The minutes model: how long a cadre spends per field entry (by type), per check-in, per report sent
 * (open, print, sign, stamp, send) and per prefilled entry (only confirmed). A district can override any
 * key; unknown keys and non-numbers are ignored.
 */
export interface MinutesModel {
  field: Record<FieldType, number>;
  checkin: number;
  report: number;
  prefilled: number;
}

export const DEFAULT_MINUTES: MinutesModel = {
  field: { text: 0.5, integer: 0.3, decimal: 0.4, date: 0.4, boolean: 0.2, choice: 0.3, idcard: 1, phone: 0.6 },
  checkin: 3,
  report: 5,
  prefilled: 0.1,
};

/** Flat keys as stored in burden_settings.minutes: "field.text", "checkin", "report", "prefilled". */
export function minutesModelFrom(stored: Record<string, unknown> | null | undefined): MinutesModel {
  const model: MinutesModel = { ...DEFAULT_MINUTES, field: { ...DEFAULT_MINUTES.field } };
  if (!stored) return model;
  const num = (v: unknown) => (typeof v === "number" && Number.isFinite(v) && v >= 0 && v <= 600 ? v : null);
  for (const type of FIELD_TYPES) {
    const v = num(stored[`field.${type}`]);
    if (v !== null) model.field[type] = v;
  }
  for (const key of ["checkin", "report", "prefilled"] as const) {
    const v = num(stored[key]);
    if (v !== null) model[key] = v;
  }
  return model;
}

export function flattenMinutesModel(model: MinutesModel): Record<string, number> {
  return { ...Object.fromEntries(FIELD_TYPES.map((t) => [`field.${t}`, model.field[t]])), checkin: model.checkin, report: model.report, prefilled: model.prefilled };
}

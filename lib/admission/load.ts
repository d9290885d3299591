import type { FieldType, Frequency, TargetLevel } from "@/lib/domain";
import type { MinutesModel } from "@/lib/burden/minutes";
import { TIMES_PER_YEAR } from "@/lib/periods";
import type { ClassifiedField, LoadForm } from "./types";

/** Yearly load: field entries and the minutes they take. */
export interface YearlyLoad {
  entries: number;
  minutes: number;
}

/** Villages and communities of a district, by level: the units a form targeting those levels is sent to. */
export type UnitsByLevel = Partial<Record<TargetLevel, number>>;

export function targetUnits(levels: readonly TargetLevel[], units: UnitsByLevel): number {
  return [...new Set(levels)].reduce((n, level) => n + (units[level] ?? 0), 0);
}

/** fields × target units × submissions a year, and the same weighted by the minutes model's per-type minutes. */
export function yearlyLoad(fields: { type: FieldType }[], frequency: Frequency, units: number, minutes: MinutesModel): YearlyLoad {
  const times = TIMES_PER_YEAR[frequency] * units;
  const perSubmission = fields.reduce((m, f) => m + minutes.field[f.type], 0);
  return { entries: fields.length * times, minutes: round1(perSubmission * times) };
}

/** The load a department's admitted forms already impose, summed over its forms. */
export function formsLoad(forms: LoadForm[], units: UnitsByLevel, minutes: MinutesModel): YearlyLoad {
  return forms.reduce<YearlyLoad>(
    (sum, f) => {
      const l = yearlyLoad(f.fields, f.frequency, targetUnits(f.targetLevels, units), minutes);
      return { entries: sum.entries + l.entries, minutes: round1(sum.minutes + l.minutes) };
    },
    { entries: 0, minutes: 0 },
  );
}

export interface AddedLoad {
  /** Only the 新增 fields: what the villages would newly have to give. */
  added: YearlyLoad;
  /** 新增 and 待确认 together: the most it can add if no uncertain match holds. */
  atMost: YearlyLoad;
  counts: Record<ClassifiedField["class"], number>;
  units: number;
  timesPerYear: number;
}

/**
 * The yearly load a requested form adds: 新增 fields × target units × submissions a year (已有 fields cost 0).
 * Dropped fields (a decision with changes) are left out; `frequency` is the requested or the admitted one.
 */
export function addedLoad(input: { fields: ClassifiedField[]; dropped?: ReadonlySet<string>; frequency: Frequency; units: number; minutes: MinutesModel }): AddedLoad {
  const kept = input.fields.filter((f) => !input.dropped?.has(f.fieldId));
  const counts = { existing: 0, new: 0, uncertain: 0 };
  for (const f of kept) counts[f.class]++;
  return {
    added: yearlyLoad(kept.filter((f) => f.class === "new"), input.frequency, input.units, input.minutes),
    atMost: yearlyLoad(kept.filter((f) => f.class !== "existing"), input.frequency, input.units, input.minutes),
    counts,
    units: input.units,
    timesPerYear: TIMES_PER_YEAR[input.frequency],
  };
}

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}

import { UNITS } from "./lexicon/units";
import type { UnitEntry } from "./lexicon/types";

const bySpelling = new Map<string, UnitEntry>();
for (const u of UNITS) {
  for (const s of [u.unit, ...(u.spellings ?? [])]) bySpelling.set(s.normalize("NFKC").toLowerCase(), u);
}

/** The unit entry for a written unit (（单位：亩） → 亩), or null when it is not a known unit. */
export function lookupUnit(written: string | null | undefined): UnitEntry | null {
  if (!written) return null;
  const s = written.normalize("NFKC").toLowerCase().replace(/\s+/g, "").replace(/^(计量)?单位[:：]?/, "");
  return bySpelling.get(s) ?? null;
}

/** Factor f so that value_in_`to` = value_in_`from` × f; null when the units do not convert (亩 → 元). */
export function conversionFactor(from: string | null, to: string | null): number | null {
  if (!from || !to) return 1;
  const a = lookupUnit(from);
  const b = lookupUnit(to);
  if (!a || !b) return from === to ? 1 : null;
  if (a.dimension !== b.dimension) return null;
  return a.factor / b.factor;
}

/** The measure a unit implies (户 → households), or null. */
export function measureOfUnit(unit: string | null | undefined): string | null {
  return lookupUnit(unit)?.measure ?? null;
}

import { bracketParts, coreLabel, norm, splitKeyValue } from "./text";
import { canonicalUnit, IMPLIED_UNITS, MONEY_UNITS, PERSON_NOUN, QUALIFIER_LEAF } from "./unit-lexicon";

/** A unit written on a label: `（人）`, `(万元)`, `（单位：亩）`, `年龄（周岁）` → 岁. Last bracket wins. */
export function unitInLabel(text: string): string | null {
  let found: string | null = null;
  for (const part of bracketParts(text)) {
    const unit = canonicalUnit(part);
    if (unit) found = unit;
  }
  if (found) return found;
  const m = /单位[:：]\s*([^\s,，;；)）]+)/.exec(norm(text));
  return m ? canonicalUnit(m[1]) : null;
}

/** Form-level unit notes above or around the table (`单位：人`, `金额单位：万元`). */
export interface FormUnits {
  general: string | null;
  money: string | null;
}

export function formLevelUnits(texts: string[]): FormUnits {
  const out: FormUnits = { general: null, money: null };
  for (const text of texts) {
    for (const piece of text.split(/\s{2,}|[;；]/)) {
      const kv = splitKeyValue(piece);
      if (!kv) continue;
      const unit = canonicalUnit(kv.value.split(/\s/)[0] ?? "");
      if (!unit) continue;
      if (/^金额单位$/.test(kv.key)) out.money = unit;
      else if (/^(计量单位|单位|数量单位)$/.test(kv.key)) out.general = unit;
    }
  }
  return out;
}

/** The natural counting unit implied by a label, looking at parents when the leaf is a qualifier. */
export function impliedUnit(label: string, parents: string[]): string | null {
  const core = coreLabel(label);
  const own = (): string | null => {
    for (const [re, unit] of IMPLIED_UNITS) if (re.test(core)) return unit;
    return null;
  };
  if (!QUALIFIER_LEAF.test(core)) {
    const unit = own();
    if (unit) return unit;
  }
  for (let i = parents.length - 1; i >= 0; i--) {
    const p = coreLabel(parents[i]);
    if (PERSON_NOUN.test(p) || /人$/.test(p)) return "人";
    for (const [re, unit] of IMPLIED_UNITS) if (re.test(p) && unit !== "%") return unit;
  }
  return own() ?? (PERSON_NOUN.test(core) ? "人" : null);
}

export function isMoneyUnit(unit: string | null): boolean {
  return !!unit && MONEY_UNITS.has(unit);
}

/** A `单位：万元` note written into a header or title row; not a column. */
export function isUnitNote(text: string): boolean {
  return /^(计量|金额|数量|面积)?单位[:：]/.test(norm(text));
}

import type { FieldType } from "@/lib/domain";

/** A data element concept: every term is a surface form of the same datum. */
export interface ConceptEntry {
  id: string;
  name: string;
  terms: string[];
  type?: FieldType;
  scope?: "person" | "unit";
  /** Tokens added whenever this concept appears (护理补贴 implies 残疾人). */
  implies?: string[];
  /**
   * People or households on a register (低保对象, 特困人员, 监测对象): counted at a date, so a monthly report's 本月数
   * of them is the register's count, not a count of the month's events.
   */
  onRolls?: boolean;
  /** The broader concept this one is a kind of (低保 is a kind of 社会救助): over it, the broader one adds nothing. */
  kindOf?: string;
  /**
   * A benefit or insurance programme (低保, 高龄津贴, 城乡居民医保): a form's title naming it says whose money a bare
   * 发放金额 / 补助金额 on the form is (form-subject.ts benefitsOf).
   */
  programme?: boolean;
}

/** A qualifier dimension: values of one dimension must agree (本月 ≠ 本年累计; 户籍 ≠ 常住). */
export interface QualifierDim {
  dim: string;
  name: string;
  /** "hard": different values never merge; "soft": only a penalty (used for the period of non-numeric fields). */
  strength: "hard" | "period";
  values: { value: string; name: string; terms: string[] }[];
}

/** A word that stands for several tokens at once (停保 = 低保 + 退出). Tokens use the c:/q:/m: prefixes. */
export interface CompoundEntry {
  terms: string[];
  tokens: string[];
}

export interface MeasureEntry {
  value: string;
  name: string;
  terms: string[];
}

export interface UnitEntry {
  unit: string;
  /** Other spellings (㎡, m2, 平米). */
  spellings?: string[];
  /** Measure the unit implies for a field without a measure word (人 → persons). */
  measure: string;
  /** Conversion to the dimension's base: value × factor = base value. Units of one dimension convert. */
  dimension: string;
  factor: number;
}

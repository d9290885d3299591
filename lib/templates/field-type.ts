import type { FieldType, FormKind } from "@/lib/domain";
import { REMARK_LABEL, VILLAGE_NAME_HEADER } from "./structure-cues";
import { coreLabel, norm } from "./text";
import type { CellScalar } from "./types";
import {
  BOOLEAN_CUE,
  BOOLEAN_OPTIONS,
  CHOICE_STATUS,
  CHOICE_SUFFIX,
  COUNT_HEAD,
  DATE_CUE,
  DATE_RANGE_CUE,
  DECIMAL_CUE,
  IDCARD_CUE,
  IDCARD_EXCLUDE,
  INTEGER_CUE,
  PHONE_CUE,
  TEXT_CUE,
  YEAR_CUE,
} from "./type-cues";
import { COUNT_UNITS } from "./unit-lexicon";

export interface TypeInput {
  label: string;
  parents: string[];
  /** A unit stated on the label, a parent header or a 计量单位 cell. */
  explicitUnit: string | null;
  options?: string[];
  kind: FormKind;
  /** Default for a label without cues: counts in aggregate forms, text in rosters. */
  numericByDefault: boolean;
  hintDate?: boolean;
  hintPhone?: boolean;
  /** Value in the template's example row (示例), if any. */
  example?: CellScalar;
}

/** Type shown by an example value, only for unmistakable shapes (ID number, mobile, date, 是/否). */
export function typeFromExample(example: CellScalar | undefined): FieldType | null {
  if (example instanceof Date) return "date";
  if (typeof example !== "string") return null;
  const t = norm(example);
  if (/^\d{17}[\dXx]$/.test(t)) return "idcard";
  if (/^1[3-9]\d[\d*]{4}\d{4}$/.test(t) || /^0\d{2,3}-?\d{7,8}$/.test(t)) return "phone";
  if (/^\d{4}(年\d{1,2}月(\d{1,2}日)?|[-/.]\d{1,2}([-/.]\d{1,2})?)$/.test(t)) return "date";
  if (/^(是|否)$/.test(t)) return "boolean";
  return null;
}

export function isRemarkLabel(label: string): boolean {
  return REMARK_LABEL.test(norm(label));
}

export function isVillageNameLabel(label: string): boolean {
  const core = coreLabel(label.replace(/[（(](村|居|社区)[)）]/g, "$1"));
  return VILLAGE_NAME_HEADER.test(core) && !/(数|人|户)$/.test(core);
}

function isBooleanOptions(options: string[]): boolean {
  const set = new Set(options.map((o) => norm(o)));
  return set.size === 2 && BOOLEAN_OPTIONS.some(([a, b]) => set.has(a) && set.has(b));
}

const DURATION_UNITS = new Set(["年", "月", "天", "日", "小时", "分钟"]);

function numericFromUnit(unit: string, core: string): FieldType {
  if (unit === "岁") return /平均/.test(core) ? "decimal" : "integer";
  return COUNT_UNITS.has(unit) ? "integer" : "decimal";
}

function identityType(core: string): FieldType | null {
  if (IDCARD_CUE.test(core) && !IDCARD_EXCLUDE.test(core)) return "idcard";
  if (PHONE_CUE.test(core)) return "phone";
  if (BOOLEAN_CUE.test(core)) return "boolean";
  if (YEAR_CUE.test(core) || DATE_RANGE_CUE.test(core)) return "text";
  if (DATE_CUE.test(core)) return "date";
  return null;
}

/** The type of a field from its label, parents, unit, dropdown options and the form's kind. */
export function inferFieldType(input: TypeInput): FieldType {
  const core = coreLabel(input.label);
  if (isRemarkLabel(input.label)) return "text";
  if (input.options && input.options.length > 0) return isBooleanOptions(input.options) ? "boolean" : "choice";
  // 务工时间（月）: a duration in the stated unit, not a date.
  if (input.explicitUnit && DURATION_UNITS.has(input.explicitUnit) && /(时间|时长|期限)$/.test(core)) return "integer";
  const identity = identityType(core);
  if (identity) return identity;
  if (input.hintPhone) return "phone";
  if (input.hintDate) return "date";
  if (input.explicitUnit) return numericFromUnit(input.explicitUnit, core);
  if (COUNT_HEAD.test(core)) return "integer";
  // A column headed by a sex word alone counts people of that sex (其中：女); a column of sex values is headed 性别.
  if (/^(男|女)(性|童|孩)?$/.test(core)) return "integer";
  if (DECIMAL_CUE.test(core)) return "decimal";
  if (INTEGER_CUE.test(core)) return "integer";
  if (CHOICE_SUFFIX.test(core) || CHOICE_STATUS.test(core) || /^男\/?女$/.test(core)) return "choice";
  if (isVillageNameLabel(input.label)) return "text";
  const byExample = typeFromExample(input.example);
  if (byExample) return byExample;
  if (TEXT_CUE.test(core)) return "text";
  return input.numericByDefault ? "integer" : "text";
}

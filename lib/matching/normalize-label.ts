import { standardizeWords } from "./lexicon/standard-words";
import { BRACKET_NOTES } from "./lexicon/units";
import { lookupUnit } from "./units";

export interface NormalizedLabel {
  /**
   * NFKC, no whitespace, no numbering, no punctuation; bracket text kept unless it was a unit or a note; offices'
   * spellings of one word replaced by the standard one (lexicon/standard-words.ts: 劳力 → 劳动力).
   */
  text: string;
  /** Units found in brackets or after 单位：. */
  units: string[];
  /** Age thresholds found (60周岁以上 → ">=60"). */
  ages: string[];
}

const NOTES = BRACKET_NOTES.map((p) => new RegExp(p));
const CN_NUM = "一二三四五六七八九十百";
const NUMBERING = new RegExp(
  `^(?:\\(\\d{1,3}\\)|\\([${CN_NUM}]+\\)|\\d{1,3}(?:\\.\\d{1,3})*[.、](?!\\d)|[${CN_NUM}]+[、.]|[a-z][.、)]|第[${CN_NUM}\\d]+[项部分条]|其中[:：]?|含[:：]|注[:：])`,
);
const NUMBERING_BEFORE_AGE = /^\d{1,3}[.、](?=\d+周?岁)/;
const PUNCT = /[:：;；,，、。.·・/\\|\-—–_~～'"“”‘’《》<>!！?？*#+=…]/g;
const BRACKET = /[([【〔{]([^()[\]【】〔〕{}]*)[)\]】〕}]/;

function stripNumbering(s: string): string {
  for (let i = 0; i < 4; i++) {
    const m = s.match(NUMBERING_BEFORE_AGE) ?? s.match(NUMBERING);
    if (!m || m[0].length === s.length) break;
    s = s.slice(m[0].length);
  }
  return s;
}

function extractAges(s: string, ages: string[]): string {
  s = s.replace(/(\d{1,3})[-~～—至到](\d{1,3})周?岁/g, (_, a: string, b: string) => {
    ages.push(Number(a) === 0 ? `<=${b}` : `${a}-${b}`);
    return "";
  });
  // 年满60周岁 / 满18周岁: the threshold is reached, i.e. 60 and over.
  s = s.replace(/(?:年满|已满|满)(\d{1,3})周?岁(?:\(含\))?(?:及以上|以上)?/g, (_, n: string) => {
    ages.push(`>=${n}`);
    return "";
  });
  s = s.replace(/(\d{1,3})周?岁(?:\(含\))?(及以上|以上|及以下|以下|以内|以外|上|下)?/g, (_, n: string, dir?: string) => {
    ages.push(!dir ? `=${n}` : /上|外/.test(dir) ? `>=${n}` : `<=${n}`);
    return "";
  });
  return s;
}

/** Normalizes one header text: 「（一）户籍人口（人）」 → { text: "户籍人口", units: ["人"] }. */
export function normalizeLabel(raw: string): NormalizedLabel {
  const units: string[] = [];
  const ages: string[] = [];
  let s = raw.replace(/[\u2460-\u249b\u3251-\u325f\u24ea-\u24ff\u2776-\u2793]/g, "");
  s = s.normalize("NFKC").toLowerCase().replace(/\s+/g, "");
  s = s.replace(/[（]/g, "(").replace(/[）]/g, ")");
  s = stripNumbering(s);
  s = extractAges(s, ages);
  for (let guard = 0; guard < 8; guard++) {
    const m = s.match(BRACKET);
    if (!m || m.index === undefined) break;
    const inner = m[1];
    const unitText = inner.replace(/^(计量)?单位[:：]?/, "");
    let replacement = inner;
    if (lookupUnit(unitText)) {
      units.push(lookupUnit(unitText)!.unit);
      replacement = "";
    } else if (inner === "" || NOTES.some((re) => re.test(inner))) {
      replacement = "";
    }
    s = s.slice(0, m.index) + replacement + s.slice(m.index + m[0].length);
  }
  s = s.replace(/[()[\]【】〔〕{}]/g, "");
  const unitSuffix = s.match(/(?:计量)?单位[:：]?([^:：]{1,4})$/);
  if (unitSuffix && lookupUnit(unitSuffix[1])) {
    units.push(lookupUnit(unitSuffix[1])!.unit);
    s = s.slice(0, unitSuffix.index);
  }
  s = standardizeWords(stripNumbering(s.replace(PUNCT, "")));
  return { text: s, units, ages };
}

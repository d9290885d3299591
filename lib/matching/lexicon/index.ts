import { PERSON_CONCEPTS } from "./concepts-person";
import { UNIT_CONCEPTS } from "./concepts-unit";
import { FILLERS, GENERIC_GROUP_SUFFIXES, MEANINGLESS_GROUPS, PERSON_NOUNS, PLACE_WHEN_ALONE, WHOLE_WORDS } from "./fillers";
import { COMPOUNDS, COUNT_WORDS, MEASURES } from "./measures";
import { QUALIFIERS, RELATION_ROLES } from "./qualifiers";
import type { ConceptEntry, QualifierDim } from "./types";

export { PERSON_CONCEPTS, UNIT_CONCEPTS, QUALIFIERS, RELATION_ROLES, MEASURES, COUNT_WORDS, COMPOUNDS, FILLERS, MEANINGLESS_GROUPS, GENERIC_GROUP_SUFFIXES, PERSON_NOUNS, PLACE_WHEN_ALONE, WHOLE_WORDS };
export type * from "./types";

export const CONCEPTS: ConceptEntry[] = [...PERSON_CONCEPTS, ...UNIT_CONCEPTS];

/** Concept token → the broader concept token it is a kind of (ConceptEntry.kindOf: c:dibao → c:aid). */
export const KIND_OF: ReadonlyMap<string, string> = new Map(CONCEPTS.filter((c) => c.kindOf).map((c) => [`c:${c.id}`, `c:${c.kindOf}`]));

/** Concept tokens of benefit and insurance programmes (ConceptEntry.programme: c:dibao, c:medInsurance …). */
export const PROGRAMME_CONCEPTS: ReadonlySet<string> = new Set(CONCEPTS.filter((c) => c.programme).map((c) => `c:${c.id}`));

/** Display names for tokens (c:idNumber → 公民身份号码), used in reasons and element names. */
export function tokenName(token: string): string {
  // A role read from the form's structure (家属 > 姓名) rather than the lexicon: its own words.
  // A role of the form's row object (负责人 of a 场所): the object's words, then the role.
  const at = token.startsWith("q:role=") ? token.indexOf("@") : -1;
  if (at > 0) return `${token.slice(at + 1).split("+").map((t) => tokenName(t).replace(/名称$/, "")).join("")}${tokenName(token.slice(0, at))}`;
  if (token.startsWith("q:role=x:")) return token.slice(9);
  return TOKEN_NAMES.get(token) ?? token.replace(/^[a-z]:/, "");
}

export function qualifierDim(dim: string): QualifierDim | undefined {
  return QUALIFIERS.find((q) => q.dim === dim);
}

const TOKEN_NAMES = new Map<string, string>();
for (const c of CONCEPTS) TOKEN_NAMES.set(`c:${c.id}`, c.name);
for (const q of QUALIFIERS) for (const v of q.values) TOKEN_NAMES.set(`q:${q.dim}=${v.value}`, v.name);
for (const m of MEASURES) TOKEN_NAMES.set(`m:${m.value}`, m.name);

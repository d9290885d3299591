import type { FieldType } from "@/lib/domain";
import type { MatchResult } from "@/lib/matching";
import type { ClassifiedField } from "./types";

/** A merge at or above this score is taken as the same datum; below it (the matcher's review band) it is 待确认. */
export const CONFIDENT_MATCH = 0.9;

export interface RequestField {
  id: string;
  label: string;
  path: string[];
  type: FieldType;
}

/**
 * Classifies a requested form's fields against the admitted forms, from one matcher run over the admitted fields
 * and the requested ones: 已有 when the field joined an element that an admitted form's field is in with a confident
 * (or an official's) match; 待确认 when it joined one with a weaker score, or the matcher put it beside an admitted
 * field in its review queue without merging; 新增 otherwise.
 */
export function classifyFields(input: {
  fields: RequestField[];
  match: MatchResult;
  admittedFieldIds: ReadonlySet<string>;
  elementNames: ReadonlyMap<string, string>;
}): ClassifiedField[] {
  const { match, admittedFieldIds } = input;
  const matchOf = new Map(match.fields.map((m) => [m.fieldId, m]));
  const admittedIn = new Set<string>();
  for (const el of match.elements) {
    if (el.fieldIds.some((id) => admittedFieldIds.has(id))) admittedIn.add(el.id);
  }
  const nameOf = (elementId: string) => input.elementNames.get(elementId) ?? match.elements.find((e) => e.id === elementId)?.name ?? null;
  return input.fields.map((f): ClassifiedField => {
    const base = { fieldId: f.id, label: f.label, path: f.path, type: f.type };
    const m = matchOf.get(f.id);
    if (m && admittedIn.has(m.elementId)) {
      const sure = m.score >= CONFIDENT_MATCH || m.source === "confirmed" || m.source === "manual";
      return { ...base, class: sure ? "existing" : "uncertain", elementId: m.elementId, elementName: nameOf(m.elementId), score: round(m.score), reason: m.reason };
    }
    // Not merged, but put in the review band beside an element of admitted forms: the best such pair.
    const own = m?.elementId;
    const near = own
      ? match.review
          .filter((p) => !p.merged && (p.elementA === own || p.elementB === own))
          .map((p) => ({ p, other: p.elementA === own ? p.elementB : p.elementA }))
          .filter(({ other }) => admittedIn.has(other))
          .sort((a, b) => b.p.score - a.p.score || a.other.localeCompare(b.other))[0]
      : undefined;
    if (near) {
      return { ...base, class: "uncertain", elementId: near.other, elementName: nameOf(near.other), score: round(near.p.score), reason: near.p.reason };
    }
    return { ...base, class: "new", elementId: null, elementName: null, score: null, reason: null };
  });
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

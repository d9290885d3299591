import type { SuggestionPair } from "./analysis-output";
import { matchFields } from "./index";
import type { MatchField, MatchOptions } from "./types";

/**
 * Adapter for the analyze pipeline (lib/analyze ElementAssigner): runs matchFields and returns
 * field id → element id, element id → name, and the review queue (the CLI's `suggestions`).
 */
export function assignElements(
  fields: MatchField[],
  options?: MatchOptions,
): { elementOf: Map<string, string>; names: Map<string, string>; review: SuggestionPair[] } {
  const result = matchFields(fields, options);
  return {
    elementOf: new Map(result.fields.map((m) => [m.fieldId, m.elementId])),
    names: new Map(result.elements.map((e) => [e.id, e.name])),
    review: result.review.map((r) => ({ refA: r.fieldA, refB: r.fieldB, score: r.score, reason: r.reason, merged: r.merged, group: r.group })),
  };
}

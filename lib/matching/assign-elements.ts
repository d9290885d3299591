import { matchFields } from "./index";
import type { MatchField, MatchOptions } from "./types";

/**
 * Adapter for the analyze pipeline (lib/analyze ElementAssigner): runs matchFields and returns
 * field id → element id and element id → name.
 */
export function assignElements(
  fields: MatchField[],
  options?: MatchOptions,
): { elementOf: Map<string, string>; names: Map<string, string> } {
  const result = matchFields(fields, options);
  return {
    elementOf: new Map(result.fields.map((m) => [m.fieldId, m.elementId])),
    names: new Map(result.elements.map((e) => [e.id, e.name])),
  };
}

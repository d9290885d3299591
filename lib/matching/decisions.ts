import type { MatchDecision } from "./types";

/**
 * Officials change their minds: of several decisions on the same thing, the latest stands. Input in the
 * order the decisions were made; output one decision per field (assign), pair (confirm/reject),
 * element (rename) and label (alias).
 */
export function latestDecisions(decisions: MatchDecision[]): MatchDecision[] {
  const byKey = new Map<string, MatchDecision>();
  for (const d of decisions) {
    byKey.delete(keyOf(d)); // re-insert so the result keeps the order of the latest decisions
    byKey.set(keyOf(d), d);
  }
  return [...byKey.values()];
}

function keyOf(d: MatchDecision): string {
  switch (d.kind) {
    case "confirm":
    case "reject":
      return `pair:${[d.fieldA, d.fieldB].sort().join("|")}`;
    case "assign":
      return `assign:${d.fieldId}`;
    case "rename":
      return `rename:${d.elementId}`;
    case "alias":
      return `alias:${d.label}`;
  }
}

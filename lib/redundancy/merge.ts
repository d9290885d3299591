import type { FormKind, Frequency, TargetLevel } from "@/lib/domain";
import { isAtLeastAsFrequent } from "@/lib/periods";

/**
 * Merging (并入) a retirement candidate into another form. A full candidate's items are all collected
 * elsewhere; a partial one has items no other active form collects. Those must not be lost: they move to
 * the target form, whose villages keep being asked for them in the one form (listed under the target as
 * "合并自 …"), and the merged form's export still fills from them.
 */

/** An item of the candidate as the analysis saw it; `unmatched:` elements are fields not yet linked to an element. */
export interface UncoveredItem {
  fieldId: string;
  elementId: string;
  label?: string;
}

/**
 * The items that move to the target on a merge: uncovered items with an element. A field without an
 * element is not asked in the one form at all (before or after the decision), so there is nothing to move.
 */
export function movingItems<T extends UncoveredItem>(uncovered: readonly T[]): T[] {
  return uncovered.filter((u) => !u.elementId.startsWith("unmatched:"));
}

export interface MergeFormShape {
  frequency: Frequency;
  kind: FormKind;
  targetLevels: readonly TargetLevel[];
}

/** Why a form cannot take over moving items (the message key under errors.reasons), or null. */
export type MergeTargetProblem = "mergeFrequency" | "mergeLevels" | "mergeKind";

/**
 * Whether `target` can take over the items that move from `source`: only asked as often (or more often) as
 * the source asked them, so every period of the source's export still has its value; by every level
 * (village / community) the source was filled by; and of the same kind (a roster's items are per resident,
 * an aggregate form's per village). With nothing moving any active form will do.
 */
export function mergeTargetProblem(source: MergeFormShape, target: MergeFormShape, moving: number): MergeTargetProblem | null {
  if (moving === 0) return null;
  if (source.kind !== target.kind) return "mergeKind";
  if (!isAtLeastAsFrequent(target.frequency, source.frequency)) return "mergeFrequency";
  if (source.targetLevels.some((l) => !target.targetLevels.includes(l))) return "mergeLevels";
  return null;
}

/** Labels for a message: the first few, then "等 N 项" is left to the caller. */
export function itemLabels(items: readonly UncoveredItem[], max = 5): string {
  const labels = [...new Set(items.map((i) => i.label ?? "").filter(Boolean))];
  return labels.slice(0, max).join("、") + (labels.length > max ? "…" : "");
}

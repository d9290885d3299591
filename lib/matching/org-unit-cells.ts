import type { MatchField, MatchResult } from "./types";

/**
 * A town's table with its villages across (MatchField.orgUnit): each village's cell of a row is that village's value
 * of the row's datum, as each village's row of a village table is (docs/decisions.md #14). The matcher reads one
 * field per row, without the village (户籍户数, not 户籍户数巴彦淖尔嘎查), and every cell of the row takes its element.
 */
export interface CollapsedCells {
  /** The fields to match: one per row of such a table (its first cell, read without the village), all others as they were. */
  fields: MatchField[];
  /** Each other cell of a row → the row's first cell. */
  followers: Map<string, string>;
}

const compact = (s: string) => s.replace(/\s+/g, "");

export function collapseOrgUnitCells(input: MatchField[]): CollapsedCells {
  const followers = new Map<string, string>();
  const firstOfRow = new Map<string, string>();
  const fields: MatchField[] = [];
  for (const f of input) {
    if (!f.orgUnit) {
      fields.push(f);
      continue;
    }
    const unit = compact(f.orgUnit);
    const path = f.path.filter((p) => compact(p) !== unit);
    // Two rows may read alike (户籍人口 > 其中：蒙古族 and 村民委员会成员 > 其中：蒙古族): the template row tells them apart.
    const key = `${f.formId}\u0000${f.part ?? ""}\u0000${f.row ?? path.join("\u0001")}`;
    const first = firstOfRow.get(key);
    if (first !== undefined) {
      followers.set(f.id, first);
      continue;
    }
    firstOfRow.set(key, f.id);
    // The row is an indicator of the town's villages, read as a village form's indicator row is.
    const { orgUnit: _unit, ...rest } = f;
    fields.push({ ...rest, path, label: path.at(-1) ?? f.label, layout: "indicator-rows" });
  }
  return { fields, followers };
}

/** The result with every other cell of a row in its first cell's element. */
export function withFollowers(result: MatchResult, followers: Map<string, string>): MatchResult {
  if (followers.size === 0) return result;
  const matchOf = new Map(result.fields.map((m) => [m.fieldId, m]));
  const fields = [...result.fields];
  const added = new Map<string, string[]>();
  for (const [cell, first] of followers) {
    const m = matchOf.get(first);
    if (!m) continue;
    fields.push({ ...m, fieldId: cell, reason: `同一行的另一村（社区）：每村填本村的值。${m.reason}` });
    (added.get(m.elementId) ?? added.set(m.elementId, []).get(m.elementId)!).push(cell);
  }
  const elements = result.elements.map((e) => (added.has(e.id) ? { ...e, fieldIds: [...e.fieldIds, ...added.get(e.id)!] } : e));
  return { ...result, elements, fields };
}

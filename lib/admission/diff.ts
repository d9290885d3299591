import type { FieldType } from "@/lib/domain";

export interface DiffField {
  id: string;
  ref: string;
  label: string;
  path: string[];
  type: FieldType;
  unit: string | null;
}

export interface FieldChange {
  before: DiffField;
  after: DiffField;
  /** What differs: the header path (label), the type, the unit. */
  changes: ("label" | "type" | "unit")[];
}

export interface FormDiff {
  added: DiffField[];
  removed: DiffField[];
  changed: FieldChange[];
  unchanged: number;
}

const keyOf = (f: DiffField) => f.path.map((p) => p.replace(/\s+/g, "")).join("›");

/**
 * A new version against the admitted form: fields are paired by header path first, then (for renamed ones) by the
 * cell they sit in; paired fields whose path, type or unit differ are changed, the rest added or removed.
 */
export function diffForms(admitted: DiffField[], next: DiffField[]): FormDiff {
  const pairs: [DiffField, DiffField][] = [];
  const left = new Set(admitted);
  const right = new Set(next);
  const byKey = new Map<string, DiffField[]>();
  for (const f of admitted) (byKey.get(keyOf(f)) ?? byKey.set(keyOf(f), []).get(keyOf(f))!).push(f);
  for (const f of next) {
    const match = byKey.get(keyOf(f))?.find((a) => left.has(a));
    if (match) {
      pairs.push([match, f]);
      left.delete(match);
      right.delete(f);
    }
  }
  for (const f of [...right]) {
    const match = [...left].find((a) => a.ref === f.ref);
    if (match) {
      pairs.push([match, f]);
      left.delete(match);
      right.delete(f);
    }
  }
  const changed: FieldChange[] = [];
  let unchanged = 0;
  for (const [before, after] of pairs) {
    const changes: FieldChange["changes"] = [];
    if (keyOf(before) !== keyOf(after)) changes.push("label");
    if (before.type !== after.type) changes.push("type");
    if ((before.unit ?? "") !== (after.unit ?? "")) changes.push("unit");
    if (changes.length) changed.push({ before, after, changes });
    else unchanged++;
  }
  const order = new Map(next.map((f, i) => [f, i]));
  changed.sort((a, b) => order.get(a.after)! - order.get(b.after)!);
  return { added: next.filter((f) => right.has(f)), removed: admitted.filter((f) => left.has(f)), changed, unchanged };
}

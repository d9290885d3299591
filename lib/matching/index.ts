import type { FieldType } from "@/lib/domain";
import { candidatePairs, tokenWeights } from "./block";
import { ConstrainedClusters } from "./cluster";
import { pairFormFamilies } from "./form-family";
import { normalizeLabel } from "./normalize-label";
import { attachHolders, holderModes, rowObjects, villageOrganKeys } from "./roster-subject";
import { charWeights, scoreSignatures, type PairScore } from "./score";
import { signatureOf, type HolderMode, type RowObject, type Signature } from "./signature";
import { withParentIndicators } from "./sub-items";
import { collapseOrgUnitCells, withFollowers } from "./org-unit-cells";
import type { MatchDecision, MatchField, MatchOptions, MatchResult } from "./types";
import { buildResult, type Item } from "./result";
import { conversionFactor, lookupUnit } from "./units";

export type * from "./types";
export { normalizeLabel } from "./normalize-label";
export { signatureOf } from "./signature";

/** True for a form's 备注 column: its own element, never merged across forms. */
export function isRemarkField(f: Pick<MatchField, "label" | "isRemark">): boolean {
  return f.isRemark ?? /^(备注|说明|其他说明|备注说明)$/.test(normalizeLabel(f.label).text);
}

/**
 * The parts of one form repeat the keys that tie their rows together (姓名, 身份证号, 户编号, 村, 安置点名称) and
 * sometimes a person's attributes, never a quantity: a count or amount on one sheet (a household's 监测人数, a pupil's
 * 资助金额) and one on another (the village's 监测人数, the 汇总's 资助金额合计) are two data. 0 of the development
 * corpora's same-form pairs is a quantity (2026-12-06).
 */
function quantityOfWholeForm(f: MatchField, sig: Signature, wholeFormOf: Map<string, string>): string[] | undefined {
  const whole = wholeFormOf.get(f.id);
  return whole !== undefined && sig.typeClass === "num" ? [`\u0001${whole}`] : undefined;
}

function unitOf(f: MatchField): string | null {
  return f.unit ?? normalizeLabel(f.path.at(-1) ?? f.label).units[0] ?? null;
}

/**
 * Groups form fields into data elements (数据元): normalize labels → blocking candidates → score → constrained
 * greedy clustering. Officials' decisions and an existing catalog are respected; element ids stay stable.
 */
export function matchFields(input: MatchField[], options: MatchOptions = {}): MatchResult {
  // A town's table with its villages across: one field per row, every cell of it in the row's element.
  const { fields, followers } = collapseOrgUnitCells(input);
  if (followers.size === 0) return matchRows(fields, options);
  const first = (id: string) => followers.get(id) ?? id;
  const decisions = options.decisions?.map((d): MatchDecision => {
    if (d.kind === "confirm" || d.kind === "reject") return { ...d, fieldA: first(d.fieldA), fieldB: first(d.fieldB) };
    return d.kind === "assign" ? { ...d, fieldId: first(d.fieldId) } : d;
  });
  const existing = options.existing?.map((e) => (e.fields ? { ...e, fields: collapseOrgUnitCells(e.fields).fields } : e));
  return withFollowers(matchRows(fields, { ...options, decisions, existing }), followers);
}

function matchRows(input: MatchField[], options: MatchOptions): MatchResult {
  // The parts (sheets) of one form are matched as forms of their own: see MatchField.part.
  const wholeFormOf = new Map<string, string>();
  const byPart = (f: MatchField): MatchField => {
    if (!f.part) return f;
    wholeFormOf.set(f.id, f.formId);
    return { ...f, formId: `${f.formId}\u0000${f.part}` };
  };
  // Unqualified ID / phone / post whose person is a noun's (户主 of a household list, 帮扶责任人 on a form's sheet).
  // …and a village table's 村（社区）党组织 / 调委会名称 column that stands for its village.
  const fields = withParentIndicators(villageOrganKeys(attachHolders(input.map(byPart), (f) => signatureOf(f)), (f) => signatureOf(f)), (f) => signatureOf(f));
  const mergeAt = options.mergeThreshold ?? 0.8;
  const reviewAt = options.reviewThreshold ?? 0.5;
  const decisions = options.decisions ?? [];
  const existing = (options.existing ?? []).map((e) => (e.fields?.some((f) => f.part) ? { ...e, fields: e.fields.map(byPart) } : e));

  // 1. Items: existing fields and virtual alias fields first, then the input fields.
  const sigIndex = new Map<string, number>();
  const sigs: Signature[] = [];
  const allFields = [...existing.flatMap((e) => e.fields ?? []), ...fields];
  const modes = holderModes(allFields, (f) => signatureOf(f));
  const objects = rowObjects(allFields, (f) => signatureOf(f, modes.get(f.id)), modes);
  const sigOf = (f: Pick<MatchField, "label" | "path" | "type" | "unit">, mode?: HolderMode, rowObject?: RowObject) => {
    const s = signatureOf(f, mode, rowObject);
    let i = sigIndex.get(s.key);
    if (i === undefined) {
      i = sigs.length;
      sigIndex.set(s.key, i);
      sigs.push(s);
    }
    return i;
  };
  const items: Item[] = [];
  const itemByField = new Map<string, number>();
  const remarks: MatchField[] = [];
  const inputIds = new Set(fields.map((f) => f.id));
  let virtualN = 0;
  const addVirtual = (elementId: string, label: string, type: FieldType, unit: string | null) => {
    const field: MatchField = { id: `\u0000alias:${virtualN}`, formId: `\u0000alias:${virtualN++}`, label, path: [label], type, unit };
    items.push({ field, unit, formId: field.formId, sig: sigOf(field), fixedId: elementId, isChecked: false, isVirtual: true, isInput: false, source: "existing" });
  };
  const existingById = new Map(existing.map((e) => [e.id, e]));
  for (const el of existing) {
    for (const f of el.fields ?? []) {
      if (isRemarkField(f)) continue;
      itemByField.set(f.id, items.length);
      const mode = modes.get(f.id);
      const rowObject = objects.get(f.formId);
      items.push({ field: f, unit: unitOf(f), formId: f.formId, sig: sigOf(f, mode, rowObject), fixedId: el.id, isChecked: true, isVirtual: false, isInput: inputIds.has(f.id), source: "existing", mode, rowObject });
    }
    for (const label of [el.name, ...(el.aliases ?? [])]) addVirtual(el.id, label, el.type, el.unit);
  }
  const pinned = new Map<string, string>();
  for (const d of decisions) if (d.kind === "assign") pinned.set(d.fieldId, d.elementId);
  for (const f of fields) {
    if (itemByField.has(f.id)) continue;
    if (isRemarkField(f)) {
      remarks.push(f);
      continue;
    }
    const pin = pinned.get(f.id) ?? null;
    itemByField.set(f.id, items.length);
    const mode = modes.get(f.id);
    const rowObject = objects.get(f.formId);
    const sig = sigOf(f, mode, rowObject);
    items.push({ field: f, unit: unitOf(f), formId: f.formId, sig, fixedId: pin, isChecked: !pin, isVirtual: false, isInput: true, source: pin ? "manual" : "auto", mode, rowObject, alsoForms: quantityOfWholeForm(f, sigs[sig], wholeFormOf) });
  }
  for (const d of decisions) {
    if (d.kind !== "alias") continue;
    const el = existingById.get(d.elementId);
    const pinnedField = fields.find((f) => pinned.get(f.id) === d.elementId);
    addVirtual(d.elementId, d.label, el?.type ?? pinnedField?.type ?? "text", el?.unit ?? pinnedField?.unit ?? null);
  }

  // 2. Pair scores between signatures, cached; the veto is complete-link on hard conflicts.
  // Rarity is counted over the forms' own fields, not the catalog's names and aliases: a re-analysis with every
  // element already in the catalog scores (and explains) each pair as the first analysis did.
  const formSigs = [...new Set(items.filter((it) => !it.isVirtual).map((it) => it.sig))].map((i) => sigs[i]);
  const weight = tokenWeights(formSigs);
  const chars = charWeights(formSigs);
  const scoreCache = new Map<number, PairScore>();
  const pairScore = (a: number, b: number): PairScore => {
    if (a === b) return { score: 1, isHard: false, notes: [] };
    const code = a < b ? a * sigs.length + b : b * sigs.length + a;
    let ps = scoreCache.get(code);
    if (!ps) scoreCache.set(code, (ps = scoreSignatures(sigs[a], sigs[b], weight, chars)));
    return ps;
  };
  const veto = (a: number, b: number, pairCount: number) => {
    const ps = pairScore(a, b);
    return ps.isHard || (pairCount <= 400 && ps.score < reviewAt);
  };
  const clusters = new ConstrainedClusters(items, veto);

  // 3. Fixed groups: existing elements, pins and aliases share their element id.
  const byFixed = new Map<string, number>();
  items.forEach((it, i) => {
    if (!it.fixedId) return;
    const first = byFixed.get(it.fixedId);
    if (first === undefined) byFixed.set(it.fixedId, i);
    else if (!clusters.blocker(first, i, false)) clusters.union(first, i);
  });
  for (const d of decisions) {
    if (d.kind !== "reject") continue;
    const a = itemByField.get(d.fieldA);
    const b = itemByField.get(d.fieldB);
    if (a !== undefined && b !== undefined) clusters.addReject(a, b);
  }
  const confirmed = new Set<number>();
  for (const d of decisions) {
    if (d.kind !== "confirm") continue;
    const a = itemByField.get(d.fieldA);
    const b = itemByField.get(d.fieldB);
    if (a === undefined || b === undefined) continue;
    // The two readings conflict (户主 > 身份证号 against a plain 身份证号): the official says the first field was read
    // wrongly, so it takes the second's reading and no longer brings the fields that share its old one.
    if (pairScore(items[a].sig, items[b].sig).isHard) clusters.resign(a, items[b].sig);
    if (clusters.blocker(a, b, false)) continue;
    clusters.union(a, b);
    for (const i of [a, b]) if (items[i].source === "auto") items[i].source = "confirmed";
    // Confirmed signatures are the officials' call: the veto no longer second-guesses them.
    for (const i of [a, b]) {
      items[i].isChecked = false;
      clusters.uncheck(i);
    }
    confirmed.add(a).add(b);
  }

  // 4. Same signature: pack into the first compatible cluster (existing ones first).
  const itemsBySig: number[][] = sigs.map(() => []);
  items.forEach((it, i) => itemsBySig[it.sig].push(i));
  for (const group of itemsBySig) {
    group.sort((x, y) => Number(!items[x].fixedId) - Number(!items[y].fixedId) || x - y);
    const roots: number[] = [];
    for (const i of group) {
      let placed = false;
      for (const r of roots) {
        if (clusters.find(r) === clusters.find(i) || !clusters.blocker(r, i)) {
          clusters.union(r, i);
          placed = true;
          break;
        }
      }
      if (!placed) roots.push(i);
    }
  }

  // 5. Different signatures: candidate pairs from blocking, best first.
  const scored = candidatePairs(sigs)
    .map(([a, b]) => ({ a, b, ps: pairScore(a, b) }))
    .filter((p) => !p.ps.isHard && p.ps.score >= reviewAt)
    .sort((x, y) => y.ps.score - x.ps.score || x.a - y.a || x.b - y.b);
  const sigRoots = (s: number) => [...new Set(itemsBySig[s].map((i) => clusters.find(i)))];
  for (const { a, b, ps } of scored) {
    if (ps.score < mergeAt) break;
    for (const ra of sigRoots(a)) {
      for (const rb of sigRoots(b)) {
        if (!clusters.blocker(ra, rb)) clusters.union(ra, rb);
      }
    }
  }

  // 6. Sibling evidence: the leftovers of two forms of one family (form-family.ts).
  pairFormFamilies(items, clusters, pairScore);

  return buildResult({ items, sigs, clusters, remarks, existingById, decisions, scored, pairScore, mergeAt, confirmed });
}

export { lookupUnit, conversionFactor };

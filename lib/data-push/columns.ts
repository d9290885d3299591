import { planColumns, type ImportSheet } from "@/lib/import/roster-import";
import { matchFields, type ExistingElement, type MatchField } from "@/lib/matching";
import { conversionFactor } from "@/lib/matching/units";
import { isRemarkLabel } from "@/lib/templates/field-type";
import type { OneFormElement, PersonAttribute } from "@/lib/one-form";

/** A roster of residents (keyed by 公民身份号码) or figures per village (one row per village). */
export type PushKind = "residents" | "villages";

export interface PushColumn {
  column: number;
  label: string;
  /** village / code: which village the row is for; idNumber, name and other attributes: the resident's registry entry. */
  role: "village" | "code" | "attribute" | "value" | "unmapped";
  attribute: PersonAttribute | null;
  elementId: string | null;
  elementName: string | null;
  score: number | null;
  /** The matcher's reason, or "manual" for a column the department mapped by hand (the preview says so). */
  reason: string | null;
  /** value in the element's unit = value in the column's unit × factor. */
  factor: number;
}

export interface PushPlan {
  kind: PushKind;
  columns: PushColumn[];
}

/** A column that is not pushed. */
const unmapped = (c: Pick<PushColumn, "column" | "label">): PushColumn => ({ column: c.column, label: c.label, role: "unmapped", attribute: null, elementId: null, elementName: null, score: null, reason: null, factor: 1 });

/** NFKC, no spaces: （ → (, full-width letters → ASCII. */
const flat = (label: string) => label.normalize("NFKC").replace(/\s+/g, "");

const VILLAGE_LABEL = /^(所在|所属|填报)?(村|社区|村\(社区\)|村\(居\)|村居|行政村|村委会|居委会|村\(居\)委会|单位)(名称|名)?$/;
const CODE_LABEL = /^(统计用)?(行政)?区划代码$|^(村|社区|村\(社区\)|单位)(统计)?代码$/;

/** The column naming the village: a 村（社区）名称 column, or a 统计用区划代码 column. */
export function villageRoleOf(label: string): "village" | "code" | null {
  const text = flat(label);
  if (CODE_LABEL.test(text)) return "code";
  if (VILLAGE_LABEL.test(text)) return "village";
  return null;
}

/**
 * Maps a department's sheet onto data elements with the matching engine (the same one template uploads
 * use), against `allowed` only: the elements the department's own forms use. A sheet with a
 * 公民身份号码 column is a roster of residents (person elements), otherwise figures per village (unit
 * elements). Columns that match no allowed element are `unmapped` and never pushed. `fieldsOf` gives the
 * elements' fields on the department's forms, matched against as the catalog's members (as a template upload is).
 */
export function planPushColumns(sheet: ImportSheet, allowed: OneFormElement[], fieldsOf: Map<string, MatchField[]> = new Map()): PushPlan {
  const villageColumns = new Map(sheet.columns.map((c) => [c.column, villageRoleOf(c.label)] as const).filter(([, role]) => role !== null));
  const rest = { ...sheet, columns: sheet.columns.filter((c) => !villageColumns.has(c.column)) };
  const person = planColumns(rest, allowed.filter((e) => e.scope === "person"));
  const kind: PushKind = person.some((p) => p.attribute === "idNumber") ? "residents" : "villages";
  const fixed = sheet.columns
    .filter((c) => villageColumns.has(c.column))
    .map((c): PushColumn => ({ column: c.column, label: c.label, role: villageColumns.get(c.column)!, attribute: null, elementId: null, elementName: null, score: null, reason: null, factor: 1 }));
  if (kind === "residents") {
    const columns = person.map((p): PushColumn => ({
      column: p.column,
      label: p.label,
      role: p.attribute ? "attribute" : p.elementId ? "value" : "unmapped",
      attribute: p.attribute,
      elementId: p.attribute ? null : p.elementId,
      elementName: p.attribute ? null : p.elementName,
      score: p.score,
      reason: p.reason,
      factor: 1,
    }));
    return { kind, columns: [...fixed, ...columns].sort((a, b) => a.column - b.column) };
  }
  const units = allowed.filter((e) => e.scope === "unit");
  const byId = new Map(units.map((e) => [e.id, e]));
  const existing: ExistingElement[] = units.map((e) => ({ id: e.id, name: e.name, type: e.type, unit: e.unit, scope: "unit", aggregation: e.aggregation, fields: fieldsOf.get(e.id) ?? [] }));
  const fields: MatchField[] = rest.columns.map((c) => ({ id: `col:${c.column}`, formId: "push", label: c.label, path: [c.label], type: c.type, unit: c.unit, options: c.options, layout: "columns" }));
  const matches = new Map(matchFields(fields, { existing }).fields.map((m) => [m.fieldId, m]));
  const claimed = new Set<string>();
  const columns = rest.columns.map((c): PushColumn => {
    const m = matches.get(`col:${c.column}`);
    const element = m ? byId.get(m.elementId) : undefined;
    // Two columns onto one element would push two values for one cell: the first keeps it.
    if (!element || claimed.has(element.id)) return unmapped({ column: c.column, label: c.label });
    claimed.add(element.id);
    return { column: c.column, label: c.label, role: "value", attribute: null, elementId: element.id, elementName: element.name, score: m!.score, reason: m!.reason, factor: m!.factor };
  });
  return { kind, columns: [...fixed, ...columns].sort((a, b) => a.column - b.column) };
}

/**
 * The elements a column of this push may be mapped onto by hand: residents' person elements, villages' unit
 * elements. Not a form's own 备注: every form has one, all named alike, and none is a datum a department pushes.
 */
export function mappingChoices(kind: PushKind, allowed: OneFormElement[]): OneFormElement[] {
  const scope = kind === "residents" ? "person" : "unit";
  return allowed.filter((e) => e.scope === scope && !isRemarkLabel(e.name)).sort((a, b) => a.name.localeCompare(b.name, "zh-CN") || a.id.localeCompare(b.id));
}

export type MappingProblem = "mappingElement" | "mappingUnit" | "mappingTwice";

/**
 * A department's corrections of the proposed mapping: column → element id, or null for "do not push this
 * column". Only value and unmapped columns can be changed (village, code and registry columns say whose
 * row it is). The unit factor follows the column's unit (万元 → 元). A column mapped by hand onto an element
 * the matcher gave another column leaves that column unmapped. A unit that does not convert, an element outside
 * `mappingChoices` or two columns mapped by hand onto one element is refused (the whole push, never half of it).
 */
export function applyMapping(
  plan: PushPlan,
  sheet: ImportSheet,
  overrides: Record<number, string | null>,
  allowed: OneFormElement[],
): { plan: PushPlan } | { problem: MappingProblem; column: string } {
  const choices = new Map(mappingChoices(plan.kind, allowed).map((e) => [e.id, e]));
  const unitOf = new Map(sheet.columns.map((c) => [c.column, c.unit]));
  const columns: PushColumn[] = [];
  for (const c of plan.columns) {
    if (!(c.column in overrides) || (c.role !== "value" && c.role !== "unmapped")) {
      columns.push(c);
      continue;
    }
    const elementId = overrides[c.column];
    if (elementId === c.elementId) {
      columns.push(c);
      continue;
    }
    if (elementId === null) {
      columns.push(unmapped(c));
      continue;
    }
    const element = choices.get(elementId);
    if (!element) return { problem: "mappingElement", column: c.label };
    const factor = conversionFactor(unitOf.get(c.column) ?? null, element.unit);
    if (factor === null) return { problem: "mappingUnit", column: c.label };
    columns.push({ ...c, role: "value", elementId: element.id, elementName: element.name, score: null, reason: "manual", factor });
  }
  // A column mapped by hand onto an element takes it from a column the matcher had put there; two by hand is an error.
  const chosen = new Set<string>();
  for (const c of columns) {
    if (!(c.column in overrides) || !c.elementId) continue;
    if (chosen.has(c.elementId)) return { problem: "mappingTwice", column: c.label };
    chosen.add(c.elementId);
  }
  for (const [i, c] of columns.entries()) {
    if (!(c.column in overrides) && c.role === "value" && c.elementId && chosen.has(c.elementId)) columns[i] = unmapped(c);
  }
  return { plan: { ...plan, columns } };
}

import { maskIdNumber, maskPhone } from "../id-number/mask";
import { periodEnd, previousPeriod } from "../periods";
import { applyDerived, deriveRules, personAttributeOf, personAttributeValue, type DeriveRule, type PersonAttribute } from "./derive";
import { dueForms, elementPeriod } from "./due";
import { isFilled, prefillCell, sameScalar, type CellValue, type PushedMark } from "./prefill";
import { sectionOf, sectionRank } from "./sections";
import type { OneFormElement, OneFormField, OneFormForm, OneFormUnit, PushedValue, Scalar, StoredValue } from "./types";

export interface FormRef {
  id: string;
  title: string;
  departmentName: string;
}

export interface ElementView {
  element: OneFormElement;
  /** Period key the value is stored under. */
  period: string;
  forms: FormRef[];
  departments: string[];
  cell: CellValue;
  /** Computed from other elements (a total), never typed. */
  isDerived: boolean;
  previous: Scalar;
  /** Titles of merged forms this item moved from (asked as part of a form it was merged into). */
  carriedFrom: string[];
}

export interface Progress {
  filled: number;
  total: number;
}

export interface SectionView {
  key: string;
  elements: ElementView[];
  progress: Progress;
  /** Stock values carried from last period and not yet confirmed: "unchanged" stores them. */
  prefillCount: number;
}

export interface RosterColumn {
  elementId: string;
  label: string;
  element: OneFormElement;
  /** A registry column (姓名, 公民身份号码, 性别, 出生日期, 年龄): shown, never asked again. */
  attribute: PersonAttribute | null;
}

export interface RosterRow {
  personId: string;
  name: string;
  /** Masked: full numbers only through the audited "show in full". */
  idNumberMasked: string;
  version: number;
  /** `isPrefill`: shown from a department's push, not stored for the resident yet; `pushed`: that push. */
  cells: Record<string, { value: Scalar; display: string; version: number; isPrefill?: boolean; pushed?: PushedMark }>;
}

export interface RosterView {
  form: FormRef;
  section: string;
  columns: RosterColumn[];
  rows: RosterRow[];
  progress: Progress;
}

export interface FormView extends FormRef {
  frequency: OneFormForm["frequency"];
  kind: OneFormForm["kind"];
  formPeriod: string;
  fieldCount: number;
  progress: Progress;
  submittedAt: string | null;
  /** Forms merged into this one whose items it now asks for, with how many of its fields moved here. */
  mergedFrom: { formId: string; title: string; fieldCount: number }[];
}

export interface OneFormView {
  periodKey: string;
  forms: FormView[];
  sections: SectionView[];
  rosters: RosterView[];
  rules: DeriveRule[];
  /**
   * Consolidation and prefill, in the units a cadre sees: `forms` due asking `before` fields, merged into `due`
   * data items; `prefilled` cells (the same cells as `progress` counts) hold a value still to be confirmed.
   */
  burden: { forms: number; due: number; before: number; prefilled: number };
  progress: Progress;
  /** Residents of the village not yet on a given roster can be added from here. */
  residents: { personId: string; name: string; idNumberMasked: string }[];
}

export interface PersonInput {
  id: string;
  name: string;
  idNumber: string;
  sex: "male" | "female";
  birthDate: string;
  version: number;
}

export interface BuildInput {
  unit: OneFormUnit;
  periodKey: string;
  forms: OneFormForm[];
  fields: OneFormField[];
  elements: OneFormElement[];
  /** Stored values by `${elementId}|${periodKey}`. */
  values: Map<string, StoredValue>;
  persons: PersonInput[];
  /** Person values by `${personId}|${elementId}`. */
  personValues: Map<string, StoredValue>;
  rosterEntries: { formId: string; personId: string }[];
  submissions: Map<string, { submittedAt: Date | string | null }>;
  /** Departments' pushed values (数据回流) by `${elementId}|${periodKey}`, the latest per item. */
  pushed?: Map<string, PushedValue>;
  /** Departments' pushed person values by `${personId}|${elementId}`. */
  pushedPersonValues?: Map<string, PushedValue>;
}

export const valueKey = (elementId: string, periodKey: string) => `${elementId}|${periodKey}`;
export const personValueKey = (personId: string, elementId: string) => `${personId}|${elementId}`;

/** Where each due element's value is stored and which forms use it (needed both to read and to save). */
export function planElements(input: Pick<BuildInput, "unit" | "periodKey" | "forms" | "fields" | "elements">) {
  const due = dueForms(input.forms, input.unit, input.periodKey);
  const dueById = new Map(due.map((f) => [f.id, f]));
  const elementById = new Map(input.elements.map((e) => [e.id, e]));
  const fields = input.fields.filter((f) => dueById.has(f.formId) && !f.excluded && !f.isRemark);
  const unitUse = new Map<string, { forms: typeof due; carriedFrom: string[] }>();
  for (const f of fields) {
    const form = dueById.get(f.formId)!;
    if (!f.elementId || !elementById.has(f.elementId) || form.kind === "roster") continue;
    const use = unitUse.get(f.elementId) ?? unitUse.set(f.elementId, { forms: [], carriedFrom: [] }).get(f.elementId)!;
    if (!use.forms.includes(form)) use.forms.push(form);
    if (f.carriedFrom && !use.carriedFrom.includes(f.carriedFrom.title)) use.carriedFrom.push(f.carriedFrom.title);
  }
  const unitElements = [...unitUse.entries()].map(([id, use]) => {
    const element = elementById.get(id)!;
    const departments = [...new Set(use.forms.map((f) => f.departmentName))];
    return { element, forms: use.forms, carriedFrom: use.carriedFrom, departments, period: elementPeriod(use.forms.map((f) => f.formPeriod)), section: sectionOf(element, departments) };
  });
  const rules = deriveRules(fields.filter((f) => dueById.get(f.formId)!.kind !== "roster"), elementById).filter((r) => unitUse.has(r.target) && r.parts.every((p) => unitUse.has(p)));
  return { due, dueById, elementById, fields, unitElements, rules };
}

/** The one form of a village for a period: forms due, their elements once each by section, rosters, progress, burden. */
export function buildOneForm(input: BuildInput): OneFormView {
  const { due, elementById, fields, unitElements, rules } = planElements(input);
  const { periodKey } = input;
  const derivedTargets = new Set(rules.map((r) => r.target));
  const ref = (f: OneFormForm): FormRef => ({ id: f.id, title: f.title, departmentName: f.departmentName });

  // Unit elements, prefilled; totals recomputed from their parts.
  const views = unitElements.map((u): ElementView & { section: string } => {
    const previousKey = previousPeriod(u.period);
    const previous = input.values.get(valueKey(u.element.id, previousKey));
    // A stock item a department pushed last period still prefills this period's (its state carries forward).
    // Only as a prefill: a stored value is compared with pushes of its own period (as the department's discrepancy list does).
    const current = input.values.get(valueKey(u.element.id, u.period));
    const pushed = input.pushed?.get(valueKey(u.element.id, u.period)) ?? (u.element.aggregation === "stock" && !current ? input.pushed?.get(valueKey(u.element.id, previousKey)) : undefined);
    const cell = prefillCell(u.element, current, previous, pushed);
    return { element: u.element, period: u.period, forms: u.forms.map(ref), departments: u.departments, cell, isDerived: derivedTargets.has(u.element.id), previous: previous?.value ?? null, carriedFrom: u.carriedFrom, section: u.section };
  });
  const current = applyDerived(Object.fromEntries(views.map((v) => [v.element.id, v.cell.value])), rules);
  for (const v of views) {
    if (v.isDerived) v.cell = { ...v.cell, value: current[v.element.id], source: "derived", isPrefill: false };
  }
  const stored = (v: ElementView) => v.isDerived ? isFilled(v.cell.value) : !v.cell.isPrefill && isFilled(v.cell.value);

  const sectionKeys = [...new Set(views.map((v) => v.section))].sort((a, b) => sectionRank(a) - sectionRank(b));
  const sections = sectionKeys.map((key): SectionView => {
    const elements = views
      .filter((v) => v.section === key)
      .sort((a, b) => Number(a.isDerived) - Number(b.isDerived) || firstPosition(a, fields) - firstPosition(b, fields))
      .map(({ section: _s, ...v }) => v);
    return { key, elements, progress: { filled: elements.filter(stored).length, total: elements.length }, prefillCount: elements.filter((e) => e.cell.isPrefill).length };
  });

  // Rosters: one per due roster form; registry columns derived, the roster's own fields typed once per person.
  const periodEndDay = periodEnd(periodKey);
  const personById = new Map(input.persons.map((p) => [p.id, p]));
  const rosters = due
    .filter((f) => f.kind === "roster")
    .map((form): RosterView => {
      const columns: RosterColumn[] = [];
      for (const f of fields.filter((x) => x.formId === form.id).sort((a, b) => a.position - b.position)) {
        const element = f.elementId ? elementById.get(f.elementId) : undefined;
        if (!element || columns.some((c) => c.elementId === element.id)) continue;
        columns.push({ elementId: element.id, label: f.label, element, attribute: personAttributeOf(element) });
      }
      const own = columns.filter((c) => !c.attribute);
      const rows = input.rosterEntries
        .filter((r) => r.formId === form.id && personById.has(r.personId))
        .map((r) => personById.get(r.personId)!)
        .sort((a, b) => a.name.localeCompare(b.name, "zh-CN"))
        .map((p): RosterRow => {
          const cells: RosterRow["cells"] = {};
          for (const c of columns) {
            const stored = c.attribute ? null : input.personValues.get(personValueKey(p.id, c.elementId));
            const pushed = c.attribute ? undefined : input.pushedPersonValues?.get(personValueKey(p.id, c.elementId));
            const isPrefill = !!pushed && !isFilled(stored?.value) && isFilled(pushed.value);
            const value = c.attribute ? personAttributeValue(p, c.attribute, periodEndDay) : isPrefill ? pushed!.value : (stored?.value ?? null);
            const mark = pushed ? { pushed: { value: c.element.type === "idcard" || c.element.type === "phone" ? null : pushed.value, departmentName: pushed.departmentName, pushedAt: toIso(pushed.pushedAt)!, conflict: !isPrefill && isFilled(stored?.value) && !sameScalar(stored!.value, pushed.value) } } : {};
            cells[c.elementId] = { value: c.element.type === "idcard" || c.element.type === "phone" ? null : value, display: displayOf(c.element, value), version: stored?.version ?? 0, ...(isPrefill ? { isPrefill } : {}), ...mark };
          }
          return { personId: p.id, name: p.name, idNumberMasked: maskIdNumber(p.idNumber), version: p.version, cells };
        });
      const filled = rows.reduce((n, row) => n + own.filter((c) => isFilled(input.personValues.get(personValueKey(row.personId, c.elementId))?.value)).length, 0);
      const departments = [form.departmentName];
      const sectionHint = columns.find((c) => !c.attribute)?.element;
      return { form: ref(form), section: sectionOf({ name: form.title, section: sectionHint?.section ?? null }, departments), columns, rows, progress: { filled, total: rows.length * own.length } };
    });

  // Progress per form: a unit form's fields with a stored or derived value; a roster's own cells.
  const filledElements = new Set(views.filter(stored).map((v) => v.element.id));
  const forms = due.map((f): FormView => {
    const own = fields.filter((x) => x.formId === f.id);
    const roster = rosters.find((r) => r.form.id === f.id);
    const progress = roster ? roster.progress : { filled: own.filter((x) => x.elementId && filledElements.has(x.elementId)).length, total: own.length };
    const submission = input.submissions.get(f.id);
    const mergedFrom = new Map<string, FormView["mergedFrom"][number]>();
    for (const x of own) {
      if (!x.carriedFrom) continue;
      const m = mergedFrom.get(x.carriedFrom.formId) ?? mergedFrom.set(x.carriedFrom.formId, { ...x.carriedFrom, fieldCount: 0 }).get(x.carriedFrom.formId)!;
      m.fieldCount++;
    }
    return { ...ref(f), frequency: f.frequency, kind: f.kind, formPeriod: f.formPeriod, fieldCount: own.length, progress, submittedAt: toIso(submission?.submittedAt), mergedFrom: [...mergedFrom.values()] };
  });

  const rosterElements = new Set(rosters.flatMap((r) => r.columns.map((c) => c.elementId)));
  const allElements = new Set([...views.map((v) => v.element.id), ...rosterElements]);
  const pendingUnit = views.filter((v) => v.cell.isPrefill && !v.isDerived);
  const pendingRoster = rosters.flatMap((r) => r.rows.flatMap((row) => Object.values(row.cells).filter((c) => c.isPrefill)));
  const unitProgress = sections.reduce((acc, s) => ({ filled: acc.filled + s.progress.filled, total: acc.total + s.progress.total }), { filled: 0, total: 0 });
  const rosterProgress = rosters.reduce((acc, r) => ({ filled: acc.filled + r.progress.filled, total: acc.total + r.progress.total }), { filled: 0, total: 0 });
  return {
    periodKey,
    forms,
    sections,
    rosters,
    rules,
    burden: { forms: due.length, due: allElements.size, before: fields.length, prefilled: pendingUnit.length + pendingRoster.length },
    progress: { filled: unitProgress.filled + rosterProgress.filled, total: unitProgress.total + rosterProgress.total },
    residents: input.persons.map((p) => ({ personId: p.id, name: p.name, idNumberMasked: maskIdNumber(p.idNumber) })).sort((a, b) => a.name.localeCompare(b.name, "zh-CN")),
  };
}

function firstPosition(view: ElementView, fields: OneFormField[]): number {
  const formIds = new Set(view.forms.map((f) => f.id));
  const f = fields.find((x) => x.elementId === view.element.id && formIds.has(x.formId));
  return f ? f.position : 0;
}

/** What a roster cell shows: ID numbers and phones masked, booleans in words. */
export function displayOf(element: Pick<OneFormElement, "type">, value: Scalar): string {
  if (value === null || value === undefined) return "";
  if (element.type === "idcard") return maskIdNumber(String(value));
  if (element.type === "phone") return maskPhone(String(value));
  if (typeof value === "boolean") return value ? "是" : "否";
  return String(value);
}

function toIso(d: Date | string | null | undefined): string | null {
  if (!d) return null;
  return typeof d === "string" ? d : d.toISOString();
}

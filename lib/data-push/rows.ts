import { parseIdNumber } from "@/lib/id-number/gb11643";
import type { ImportSheet } from "@/lib/import/roster-import";
import { checkValue, type OneFormElement, type Scalar } from "@/lib/one-form";
import { cellValue } from "@/lib/templates/cell-value";
import type { PushKind, PushPlan } from "./columns";

/** A resident's row as a department sends it (by upload or API): raw values by element id. */
export interface ResidentRow {
  row?: number;
  /** The village: its name (团山湖村, or 乔口镇团山湖村) or its 12-digit 统计用区划代码. */
  village: string;
  idNumber: string;
  name: string;
  /** 男/女 as the department wrote it (optional): checked against the ID number, which is what is kept. */
  sex?: string;
  values: Record<string, unknown>;
}

/** A village's row of figures. */
export interface VillageRow {
  row?: number;
  village: string;
  values: Record<string, unknown>;
}

export type PushRow = ResidentRow | VillageRow;

/** A village of the district as rows name it. */
export interface VillageRef {
  id: string;
  name: string;
  code: string;
  townName: string;
}

export interface PushIssue {
  /** Column label or element name the issue is about (null: the row as a whole). */
  column: string | null;
  /** A key of the "dataPush.reasons" catalog, or of "validation" (value checks, ID numbers). */
  key: string;
  params: Record<string, string | number>;
}

export interface ResolvedResident {
  row: number;
  orgUnitId: string;
  idNumber: string;
  name: string;
  birthDate: string;
  sex: "male" | "female";
  values: Record<string, Scalar>;
}

export interface ResolvedVillage {
  row: number;
  orgUnitId: string;
  values: Record<string, Scalar>;
}

export interface CheckedRows<R> {
  valid: R[];
  rejected: { row: number; issues: PushIssue[] }[];
  /** Village names or codes no village of the district answers to, with the rows naming them. */
  unknownVillages: { village: string; rows: number[] }[];
}

/** Rows of a planned sheet as a push takes them (the same shape the API posts), numbers converted to the element's unit. */
export function pushRowsOf(sheet: ImportSheet, plan: PushPlan): PushRow[] {
  const code = plan.columns.find((c) => c.role === "code");
  const name = plan.columns.find((c) => c.role === "village");
  const idColumn = plan.columns.find((c) => c.attribute === "idNumber");
  const nameColumn = plan.columns.find((c) => c.attribute === "name");
  const sexColumn = plan.columns.find((c) => c.attribute === "sex");
  const valueColumns = plan.columns.filter((c) => c.role === "value" && c.elementId);
  return sheet.rows.map(({ row, cells }) => {
    const village = (code && asText(cells.get(code.column))) || (name ? asText(cells.get(name.column)) : "");
    const values: Record<string, unknown> = {};
    for (const c of valueColumns) {
      const raw = toRaw(cells.get(c.column));
      if (raw === null) continue;
      values[c.elementId!] = typeof raw === "number" && c.factor !== 1 ? Math.round(raw * c.factor * 1e6) / 1e6 : raw;
    }
    if (plan.kind === "villages") return { row, village, values };
    const sex = sexColumn ? asText(cells.get(sexColumn.column)) : "";
    return { row, village, idNumber: idColumn ? asText(cells.get(idColumn.column)) : "", name: nameColumn ? asText(cells.get(nameColumn.column)) : "", ...(sex ? { sex } : {}), values };
  });
}

/** Finds villages by 统计用区划代码, by name, or by town + name; a name two towns share must be given with its town or code. */
export function villageResolver(villages: VillageRef[]) {
  const byCode = new Map(villages.map((v) => [v.code, v]));
  const byName = new Map<string, VillageRef[]>();
  const byFull = new Map<string, VillageRef>();
  for (const v of villages) {
    const list = byName.get(flat(v.name)) ?? byName.set(flat(v.name), []).get(flat(v.name))!;
    list.push(v);
    byFull.set(flat(v.townName + v.name), v);
  }
  return (raw: string): { village: VillageRef } | { problem: "unknownVillage" | "ambiguousVillage" | "villageMissing" } => {
    const text = flat(raw);
    if (!text) return { problem: "villageMissing" };
    if (/^\d{12}$/.test(text)) return byCode.has(text) ? { village: byCode.get(text)! } : { problem: "unknownVillage" };
    const full = byFull.get(text);
    if (full) return { village: full };
    const named = byName.get(text) ?? [];
    if (named.length === 1) return { village: named[0] };
    return { problem: named.length > 1 ? "ambiguousVillage" : "unknownVillage" };
  };
}

interface CheckContext {
  /** Elements this department may push (used by its own forms); any other element id is refused. */
  elements: Map<string, OneFormElement>;
  villages: VillageRef[];
  /** Residents: elements of the roster form the push lists them on (a roster column is per resident, whatever the element's scope). */
  rosterElementIds?: Set<string>;
  today?: Date;
}

function checkValues(raw: Record<string, unknown>, scope: "person" | "unit", ctx: CheckContext, issues: PushIssue[]): Record<string, Scalar> {
  const values: Record<string, Scalar> = {};
  for (const [elementId, value] of Object.entries(raw ?? {})) {
    const element = ctx.elements.get(elementId);
    if (!element || (element.scope !== scope && !(scope === "person" && ctx.rosterElementIds?.has(elementId)))) {
      issues.push({ column: elementId, key: "elementNotAllowed", params: {} });
      continue;
    }
    if (value === null || value === undefined || value === "") continue;
    const checked = checkValue(element, value, ctx.today);
    if (checked.ok) {
      if (checked.value !== null) values[elementId] = checked.value;
    } else issues.push({ column: element.name, key: checked.issue.key, params: checked.issue.params });
  }
  return values;
}

function collect<R>(rows: { row: number; issues: PushIssue[]; village?: string; unknown?: boolean; resolved?: R }[]): CheckedRows<R> {
  const unknown = new Map<string, number[]>();
  const out: CheckedRows<R> = { valid: [], rejected: [], unknownVillages: [] };
  for (const r of rows) {
    if (r.unknown) (unknown.get(r.village!) ?? unknown.set(r.village!, []).get(r.village!)!).push(r.row);
    if (r.issues.length || !r.resolved) out.rejected.push({ row: r.row, issues: r.issues });
    else out.valid.push(r.resolved);
  }
  out.unknownVillages = [...unknown.entries()].map(([village, list]) => ({ village, rows: list })).sort((a, b) => a.village.localeCompare(b.village, "zh-CN"));
  return out;
}

/**
 * Checks a roster push row by row: the village, the 公民身份号码 (GB 11643), the name, every value by its
 * element's type; a resident twice in one village is refused. Nothing is half-accepted: a row with any
 * issue is rejected whole.
 */
export function checkResidentRows(rows: ResidentRow[], ctx: CheckContext): CheckedRows<ResolvedResident> {
  const resolve = villageResolver(ctx.villages);
  const seen = new Map<string, number>();
  return collect(
    rows.map((r, i) => {
      const row = r.row ?? i + 1;
      const issues: PushIssue[] = [];
      const place = resolve(String(r.village ?? ""));
      if ("problem" in place) issues.push({ column: null, key: place.problem, params: { village: String(r.village ?? "") } });
      const id = parseIdNumber(String(r.idNumber ?? ""), ctx.today);
      if (!String(r.idNumber ?? "").trim()) issues.push({ column: null, key: "idMissing", params: {} });
      else if (!id.ok) issues.push({ column: null, key: `id${id.problem[0].toUpperCase()}${id.problem.slice(1)}`, params: {} });
      if (id.ok && r.sex && String(r.sex).trim() !== (id.info.sex === "male" ? "男" : "女")) issues.push({ column: null, key: "sexMismatch", params: { expected: id.info.sex === "male" ? "男" : "女" } });
      const name = String(r.name ?? "").normalize("NFKC").replace(/\s+/g, "");
      if (!name) issues.push({ column: null, key: "nameMissing", params: {} });
      else if (name.length > 50) issues.push({ column: null, key: "tooLong", params: { max: 50 } });
      const values = checkValues(r.values, "person", ctx, issues);
      if (id.ok && "village" in place) {
        const key = `${place.village.id}|${id.info.idNumber}`;
        const first = seen.get(key);
        if (first !== undefined) issues.push({ column: null, key: "duplicateResident", params: { row: first } });
        else seen.set(key, row);
      }
      const resolved = id.ok && "village" in place ? { row, orgUnitId: place.village.id, idNumber: id.info.idNumber, name, birthDate: id.info.birthDate, sex: id.info.sex, values } : undefined;
      return { row, issues, village: String(r.village ?? ""), unknown: "problem" in place && place.problem === "unknownVillage", resolved };
    }),
  );
}

/** Checks a push of figures per village: the village (once per push), every value by its element's type. */
export function checkVillageRows(rows: VillageRow[], ctx: CheckContext): CheckedRows<ResolvedVillage> {
  const resolve = villageResolver(ctx.villages);
  const seen = new Map<string, number>();
  return collect(
    rows.map((r, i) => {
      const row = r.row ?? i + 1;
      const issues: PushIssue[] = [];
      const place = resolve(String(r.village ?? ""));
      if ("problem" in place) issues.push({ column: null, key: place.problem, params: { village: String(r.village ?? "") } });
      const values = checkValues(r.values, "unit", ctx, issues);
      if ("village" in place) {
        const first = seen.get(place.village.id);
        if (first !== undefined) issues.push({ column: null, key: "duplicateVillage", params: { row: first } });
        else seen.set(place.village.id, row);
      }
      const resolved = "village" in place ? { row, orgUnitId: place.village.id, values } : undefined;
      return { row, issues, village: String(r.village ?? ""), unknown: "problem" in place && place.problem === "unknownVillage", resolved };
    }),
  );
}

export function checkPushRows(kind: PushKind, rows: PushRow[], ctx: CheckContext): CheckedRows<ResolvedResident | ResolvedVillage> {
  return kind === "residents" ? checkResidentRows(rows as ResidentRow[], ctx) : checkVillageRows(rows as VillageRow[], ctx);
}

const flat = (text: string) => text.normalize("NFKC").replace(/\s+/g, "");

/** Text of a raw cell (ID numbers stay text; a number Excel stored keeps its digits). */
function asText(raw: unknown): string {
  const v = cellValue(raw, { asText: true });
  if (v === null) return "";
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return String(v).trim();
}

/** The raw value checkValue expects: numbers stay numbers, dates become yyyy-mm-dd, the rest text. */
function toRaw(raw: unknown): string | number | boolean | null {
  const v = cellValue(raw);
  if (v === null) return null;
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return v;
}

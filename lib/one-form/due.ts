import { PERIOD_OF_FREQUENCY, periodEnd, periodKeyOf, periodKind, periodStart, type PeriodKind } from "../periods";
import type { Frequency } from "../domain";
import type { OneFormForm, OneFormUnit } from "./types";

/** Forms in force: drafts are not registered yet, retired forms are no longer asked for. */
export const DUE_STATUSES: ReadonlySet<OneFormForm["status"]> = new Set(["active", "under_review"]);

const KIND_RANK: Record<PeriodKind, number> = { day: 0, week: 1, month: 2, quarter: 3, half: 4, year: 5 };

/**
 * The form's own period that falls due within the one-form period `periodKey`, or null. A form is due
 * when its period ends inside the page's period: a quarterly form in the quarter's last month, an annual
 * form in December. Forms more frequent than the page (weekly forms on a month page) are filled on
 * pages of their own period.
 */
export function formPeriodFor(frequency: Frequency, periodKey: string): string | null {
  const pageKind = periodKind(periodKey);
  if (!pageKind) return null;
  const formKind = PERIOD_OF_FREQUENCY[frequency];
  if (KIND_RANK[formKind] < KIND_RANK[pageKind]) return null;
  // A form period is at least as long as the page's, so at most one ends inside it: the one holding its first day.
  const formPeriod = periodKeyOf(periodStart(periodKey), formKind);
  return periodEnd(formPeriod) <= periodEnd(periodKey) ? formPeriod : null;
}

/** Whether a form is due for an org unit in a period: in force, aimed at the unit's level, period falls due. */
export function isFormDue(form: Pick<OneFormForm, "status" | "frequency" | "targetLevels">, unit: Pick<OneFormUnit, "level">, periodKey: string): boolean {
  if (!DUE_STATUSES.has(form.status)) return false;
  if (!(form.targetLevels as string[]).includes(unit.level)) return false;
  return formPeriodFor(form.frequency, periodKey) !== null;
}

/** The forms due, each with its own period key. */
export function dueForms<F extends OneFormForm>(forms: F[], unit: Pick<OneFormUnit, "level">, periodKey: string): (F & { formPeriod: string })[] {
  return forms.filter((f) => isFormDue(f, unit, periodKey)).map((f) => ({ ...f, formPeriod: formPeriodFor(f.frequency, periodKey)! }));
}

/**
 * Where an element's value for this page is stored: the period of the most frequent due form that uses it
 * (a monthly and a quarterly form share the month's value; an element only quarterly forms ask for is
 * kept under the quarter).
 */
export function elementPeriod(formPeriods: string[]): string {
  return [...formPeriods].sort((a, b) => KIND_RANK[periodKind(a)!] - KIND_RANK[periodKind(b)!])[0];
}

/**
 * A form's value for its own period from values stored under finer periods (for export): stock takes the
 * latest, flow adds them up. `byPeriod` holds the element's values by period key.
 */
export function valueForFormPeriod(aggregation: "stock" | "flow", formPeriod: string, byPeriod: Map<string, number | string | boolean | null>): number | string | boolean | null {
  if (byPeriod.has(formPeriod)) return byPeriod.get(formPeriod) ?? null;
  const inside = [...byPeriod.entries()]
    .filter(([key, v]) => v !== null && key !== formPeriod && periodStart(key) >= periodStart(formPeriod) && periodEnd(key) <= periodEnd(formPeriod))
    .sort(([a], [b]) => periodStart(a).getTime() - periodStart(b).getTime());
  if (!inside.length) return null;
  if (aggregation === "stock") return inside[inside.length - 1][1];
  const numbers = inside.map(([, v]) => v).filter((v): v is number => typeof v === "number");
  return numbers.length ? numbers.reduce((a, b) => a + b, 0) : null;
}

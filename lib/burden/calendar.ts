import { addDays, addMonths, format } from "date-fns";
import { FREQUENCIES, type Frequency } from "../domain";
import { PERIOD_OF_FREQUENCY, periodEnd, periodKeyOf, periodsWithin } from "../periods";

/** One due date: a period of a frequency, the month it falls due in (the month of its last day), its deadline. */
export interface DueRow {
  frequency: Frequency;
  periodKey: string;
  month: string;
  /** ISO date (YYYY-MM-DD): reports submitted on or before this day are on time. */
  deadline: string;
}

/** Days after a period's end a report may still be sent on time. */
export const GRACE_DAYS: Record<Frequency, number> = { daily: 1, weekly: 2, monthly: 5, quarterly: 10, semiannual: 15, annual: 20, adhoc: 20 };

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month (YYYY-MM) a period falls due in and is counted under by the rollup: the month of its last day. */
export function dueMonthOf(periodKey: string): string {
  return periodKeyOf(periodEnd(periodKey), "month");
}

/** Months from `from` to `to` inclusive (YYYY-MM); empty when from > to. */
export function monthsBetween(from: string, to: string): string[] {
  if (!isMonth(from) || !isMonth(to)) return [];
  const out: string[] = [];
  let d = new Date(Number(from.slice(0, 4)), Number(from.slice(5)) - 1, 1);
  const end = new Date(Number(to.slice(0, 4)), Number(to.slice(5)) - 1, 1);
  while (d <= end && out.length < 240) {
    out.push(format(d, "yyyy-MM"));
    d = addMonths(d, 1);
  }
  return out;
}

/** The `count` months ending with the month of `today`. */
export function lastMonths(today: Date, count: number): { from: string; to: string } {
  const to = format(today, "yyyy-MM");
  return { from: format(addMonths(new Date(today.getFullYear(), today.getMonth(), 1), -(count - 1)), "yyyy-MM"), to };
}

/**
 * Every period of every frequency that falls due within the months: the calendar the burden SQL joins
 * forms and check-in tasks against (a monthly form is due once a month, a quarterly one in March, June …,
 * a weekly one four or five times, by the month its week ends in). Ad-hoc forms count as annual.
 */
export function dueCalendar(months: string[], frequencies: readonly Frequency[] = FREQUENCIES): DueRow[] {
  if (months.length === 0) return [];
  const wanted = new Set(months);
  const first = new Date(Number(months[0].slice(0, 4)), Number(months[0].slice(5)) - 1, 1);
  const lastMonth = months[months.length - 1];
  const last = addDays(addMonths(new Date(Number(lastMonth.slice(0, 4)), Number(lastMonth.slice(5)) - 1, 1), 1), -1);
  const rows: DueRow[] = [];
  for (const frequency of frequencies) {
    const kind = PERIOD_OF_FREQUENCY[frequency];
    // Periods ending inside the range start at most a year before it.
    const outerStart = addMonths(first, -12);
    const keys = new Set<string>();
    for (let y = outerStart.getFullYear(); y <= last.getFullYear(); y++) for (const k of periodsWithin(String(y), kind)) keys.add(k);
    keys.add(periodKeyOf(first, kind));
    for (const periodKey of keys) {
      const month = dueMonthOf(periodKey);
      if (!wanted.has(month)) continue;
      const end = periodEnd(periodKey);
      rows.push({ frequency, periodKey, month, deadline: format(addDays(end, GRACE_DAYS[frequency]), "yyyy-MM-dd") });
    }
  }
  return rows.sort((a, b) => a.month.localeCompare(b.month) || a.frequency.localeCompare(b.frequency) || a.periodKey.localeCompare(b.periodKey));
}

/** How many periods of a frequency fall due in a month (a weekly task: 4 or 5). */
export function occurrencesInMonth(frequency: Frequency, month: string): number {
  return dueCalendar([month], [frequency]).length;
}

import { addDays, addMonths, addQuarters, addWeeks, addYears, endOfISOWeek, format, getISOWeek, getISOWeekYear, isValid, parseISO, setISOWeek, startOfISOWeek, startOfISOWeekYear } from "date-fns";
import type { Frequency } from "../domain";

/**
 * Period keys (DESIGN.md): `2026-11-22` day, `2026-W47` ISO week, `2026-11` month, `2026-Q4` quarter,
 * `2026-H2` half, `2026` year. Ad-hoc forms use the year as their period.
 */
export type PeriodKind = "day" | "week" | "month" | "quarter" | "half" | "year";

export const PERIOD_OF_FREQUENCY: Record<Frequency, PeriodKind> = {
  daily: "day",
  weekly: "week",
  monthly: "month",
  quarterly: "quarter",
  semiannual: "half",
  annual: "year",
  adhoc: "year",
};

const PATTERNS: [PeriodKind, RegExp][] = [
  ["day", /^(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/],
  ["week", /^(\d{4})-W(0[1-9]|[1-4]\d|5[0-3])$/],
  ["month", /^(\d{4})-(0[1-9]|1[0-2])$/],
  ["quarter", /^(\d{4})-Q([1-4])$/],
  ["half", /^(\d{4})-H([12])$/],
  ["year", /^(\d{4})$/],
];

export function periodKind(key: string): PeriodKind | null {
  return PATTERNS.find(([, re]) => re.test(key))?.[0] ?? null;
}

export function isPeriodKey(key: string): boolean {
  const kind = periodKind(key);
  if (!kind) return false;
  if (kind === "day") return isValid(parseISO(key)) && format(parseISO(key), "yyyy-MM-dd") === key;
  if (kind === "week") return getISOWeek(periodStart(key)) === Number(key.slice(6));
  return true;
}

/** The period of a given kind that contains a date. */
export function periodKeyOf(date: Date, kind: PeriodKind): string {
  const y = date.getFullYear();
  switch (kind) {
    case "day":
      return format(date, "yyyy-MM-dd");
    case "week":
      return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, "0")}`;
    case "month":
      return format(date, "yyyy-MM");
    case "quarter":
      return `${y}-Q${Math.floor(date.getMonth() / 3) + 1}`;
    case "half":
      return `${y}-H${date.getMonth() < 6 ? 1 : 2}`;
    case "year":
      return String(y);
  }
}

/** First day of a period (local time). */
export function periodStart(key: string): Date {
  const kind = periodKind(key);
  const y = Number(key.slice(0, 4));
  switch (kind) {
    case "day":
      return parseISO(key);
    case "week":
      return startOfISOWeek(setISOWeek(startOfISOWeekYear(new Date(y, 0, 4)), Number(key.slice(6))));
    case "month":
      return new Date(y, Number(key.slice(5, 7)) - 1, 1);
    case "quarter":
      return new Date(y, (Number(key.slice(6)) - 1) * 3, 1);
    case "half":
      return new Date(y, key.endsWith("1") ? 0 : 6, 1);
    case "year":
      return new Date(y, 0, 1);
    default:
      throw new Error(`not a period key: ${key}`);
  }
}

/** Last day of a period (local time, start of that day). */
export function periodEnd(key: string): Date {
  const kind = periodKind(key)!;
  const start = periodStart(key);
  const next = { day: addDays(start, 1), week: addWeeks(start, 1), month: addMonths(start, 1), quarter: addQuarters(start, 1), half: addMonths(start, 6), year: addYears(start, 1) }[kind];
  return kind === "week" ? startOfDay(endOfISOWeek(start)) : addDays(next, -1);
}

function startOfDay(d: Date): Date {
  return new Date(d.getFullYear(), d.getMonth(), d.getDate());
}

/** The period just before `key`, of the same kind (for carrying stock values forward). */
export function previousPeriod(key: string): string {
  const kind = periodKind(key)!;
  return periodKeyOf(addDays(periodStart(key), -1), kind);
}

/** Whether the period `inner` lies within `outer` (a month within a quarter, a week starting in a year). */
export function periodContains(outer: string, inner: string): boolean {
  const start = periodStart(inner);
  return start >= periodStart(outer) && start <= periodEnd(outer);
}

/** Every period of a kind that starts within `outer` (e.g. the months of 2026-Q4). */
export function periodsWithin(outer: string, kind: PeriodKind): string[] {
  const out: string[] = [];
  let key = periodKeyOf(periodStart(outer), kind);
  if (periodStart(key) < periodStart(outer)) key = periodKeyOf(addDays(periodEnd(key), 1), kind);
  while (periodStart(key) <= periodEnd(outer)) {
    out.push(key);
    key = periodKeyOf(addDays(periodEnd(key), 1), kind);
  }
  return out;
}

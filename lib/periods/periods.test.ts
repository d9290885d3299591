import { describe, expect, it } from "vitest";
import { isAtLeastAsFrequent, mostFrequent } from "./frequency";
import { isPeriodKey, periodContains, periodEnd, periodKeyOf, periodKind, periodStart, periodsWithin, previousPeriod } from "./period-key";

const d = (s: string) => new Date(`${s}T12:00:00`);
const ymd = (date: Date) => `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

describe("period keys", () => {
  it("name the period containing a date, one of each kind", () => {
    const date = d("2026-11-22");
    expect(["day", "week", "month", "quarter", "half", "year"].map((k) => periodKeyOf(date, k as never))).toEqual(["2026-11-22", "2026-W47", "2026-11", "2026-Q4", "2026-H2", "2026"]);
  });
  it("use the ISO week-numbering year at the turn of the year", () => {
    expect(periodKeyOf(d("2027-01-01"), "week")).toBe("2026-W53");
    expect(periodKeyOf(d("2025-12-29"), "week")).toBe("2026-W01");
  });
  it("know where each period starts and ends", () => {
    expect([ymd(periodStart("2026-W47")), ymd(periodEnd("2026-W47"))]).toEqual(["2026-11-16", "2026-11-22"]);
    expect([ymd(periodStart("2026-Q4")), ymd(periodEnd("2026-Q4"))]).toEqual(["2026-10-01", "2026-12-31"]);
    expect([ymd(periodStart("2024-02")), ymd(periodEnd("2024-02"))]).toEqual(["2024-02-01", "2024-02-29"]);
    expect(ymd(periodEnd("2026-H1"))).toBe("2026-06-30");
  });
  it("step back one period", () => {
    expect(previousPeriod("2026-01")).toBe("2025-12");
    expect(previousPeriod("2026-Q1")).toBe("2025-Q4");
    expect(previousPeriod("2026-W01")).toBe("2025-W52");
    expect(previousPeriod("2026")).toBe("2025");
  });
  it("list the months of a quarter and tell containment", () => {
    expect(periodsWithin("2026-Q4", "month")).toEqual(["2026-10", "2026-11", "2026-12"]);
    expect(periodContains("2026-H2", "2026-09")).toBe(true);
    expect(periodContains("2026-H2", "2026-05")).toBe(false);
  });
  it("reject malformed keys", () => {
    expect(isPeriodKey("2026-13")).toBe(false);
    expect(isPeriodKey("2026-02-30")).toBe(false);
    expect(isPeriodKey("2026-W54")).toBe(false);
    expect(isPeriodKey("2026-Q4")).toBe(true);
    expect(periodKind("26-Q4")).toBeNull();
  });
});

describe("frequencies", () => {
  it("order daily before weekly before … ad hoc", () => {
    expect(isAtLeastAsFrequent("monthly", "quarterly")).toBe(true);
    expect(isAtLeastAsFrequent("annual", "monthly")).toBe(false);
    expect(mostFrequent(["annual", "quarterly", "monthly"])).toBe("monthly");
    expect(mostFrequent([])).toBeNull();
  });
});

import { describe, expect, it } from "vitest";
import { checkinLoadPerYear, isTaskActiveIn } from "./checkins";
import { dueCalendar, lastMonths, monthsBetween, occurrencesInMonth } from "./calendar";
import { formLoadForMonth, reductionShare, type BurdenForm } from "./consolidation";
import { validateTaskRows } from "./import-tasks";
import { DEFAULT_MINUTES, flattenMinutesModel, minutesModelFrom } from "./minutes";
import { returnLoad } from "./returns";
import { burdenTable, METRIC_COLUMNS } from "./tables";
import { emptyTotals } from "./types";

describe("dueCalendar", () => {
  it("puts each period in the month it ends, with a deadline after a grace period", () => {
    const cal = dueCalendar(monthsBetween("2026-01", "2026-12"));
    expect(cal.filter((r) => r.frequency === "monthly")).toHaveLength(12);
    expect(cal.filter((r) => r.frequency === "quarterly").map((r) => r.month)).toEqual(["2026-03", "2026-06", "2026-09", "2026-12"]);
    expect(cal.find((r) => r.periodKey === "2026-Q1")?.deadline).toBe("2026-04-10");
    expect(cal.filter((r) => r.frequency === "annual").map((r) => r.periodKey)).toEqual(["2026"]);
    expect(cal.filter((r) => r.frequency === "daily")).toHaveLength(365);
  });

  it("counts weeks by the month their Sunday falls in", () => {
    expect(occurrencesInMonth("weekly", "2026-01")).toBe(4);
    expect(occurrencesInMonth("weekly", "2026-05")).toBe(5);
    const year = monthsBetween("2026-01", "2026-12").reduce((s, m) => s + occurrencesInMonth("weekly", m), 0);
    expect(year).toBe(53 - 1); // 2026 has ISO weeks W01–W53; W53 ends on 2027-01-03
  });

  it("gives the last twelve months and refuses malformed ranges", () => {
    expect(lastMonths(new Date(2026, 10, 22), 12)).toEqual({ from: "2025-12", to: "2026-11" });
    expect(monthsBetween("2026-13", "2027-01")).toEqual([]);
    expect(monthsBetween("2026-05", "2026-03")).toEqual([]);
  });
});

describe("formLoadForMonth", () => {
  const forms: BurdenForm[] = [
    { id: "a", departmentId: "mz", frequency: "monthly", isRetired: false, targetLevels: ["village", "community"], fields: [{ type: "integer", elementKey: "pop", isStock: true }, { type: "text", elementKey: "x", isStock: false }] },
    { id: "b", departmentId: "wj", frequency: "weekly", isRetired: false, targetLevels: ["village"], fields: [{ type: "integer", elementKey: "pop", isStock: true }] },
    { id: "c", departmentId: "wj", frequency: "monthly", isRetired: true, targetLevels: ["village", "community"], fields: [{ type: "idcard", elementKey: "id", isStock: false }] },
  ];
  const cal = dueCalendar(["2026-05"]);

  it("counts every field of every form before, and each element once per period of its most frequent form after", () => {
    const load = formLoadForMonth(forms, "village", "2026-05", cal, DEFAULT_MINUTES);
    const mz = load.find((l) => l.departmentId === "mz")!;
    const wj = load.find((l) => l.departmentId === "wj")!;
    expect(mz.entriesBefore + wj.entriesBefore).toBe(2 + 5 + 1);
    // 户籍人口 is typed 5 times (weekly drives it, so 卫健 carries it); x once; the retired form is gone.
    expect([mz.entriesAfter, wj.entriesAfter]).toEqual([1, 5]);
    expect(wj.entriesPrefilled).toBe(5);
    expect([mz.formsAfter, wj.formsAfter, wj.formsBefore]).toEqual([1, 5, 6]);
  });

  it("leaves out forms not meant for the unit's level", () => {
    const load = formLoadForMonth(forms, "community", "2026-05", cal, DEFAULT_MINUTES);
    expect(load.reduce((s, l) => s + l.entriesBefore, 0)).toBe(3);
  });

  it("computes the share removed, zero when nothing was due", () => {
    expect(reductionShare(200, 150)).toBe(0.25);
    expect(reductionShare(0, 0)).toBe(0);
  });
});

describe("check-in load", () => {
  it("counts a year of a weekly task over its targets, in check-ins and hours", () => {
    expect(checkinLoadPerYear({ frequency: "weekly", requiredCount: 2, minutesEach: null }, 10, DEFAULT_MINUTES)).toEqual({ checkins: 1040, minutes: 3120, hours: 52 });
  });

  it("applies from its start month until the month it was cancelled", () => {
    const task = { startMonth: "2026-02", cancelledMonth: "2026-06" };
    expect(["2026-01", "2026-02", "2026-05", "2026-06"].map((m) => isTaskActiveIn(task, m))).toEqual([false, true, true, false]);
  });
});

describe("minutes model", () => {
  it("takes a district's overrides and ignores nonsense", () => {
    const model = minutesModelFrom({ "field.text": 1.5, checkin: -3, report: "x", prefilled: 0.2 });
    expect(model.field.text).toBe(1.5);
    expect(model.checkin).toBe(DEFAULT_MINUTES.checkin);
    expect(model.prefilled).toBe(0.2);
    expect(minutesModelFrom(flattenMinutesModel(model))).toEqual(model);
  });
});

describe("validateTaskRows", () => {
  const departments = new Map([["区水利局", "d1"]]);
  const row = { rowNumber: 2, app: "河长制APP", department: "区水利局", name: "巡河打卡", frequency: "每周", requiredCount: "1", target: "村和社区", forbidden: "" };

  it("accepts a good row and reads the forbidden kind", () => {
    const { valid, errors } = validateTaskRows([row, { ...row, rowNumber: 3, name: "学习积分", frequency: "每日", forbidden: "积分排名", target: "仅村" }], departments);
    expect(errors).toEqual([]);
    expect(valid.map((v) => [v.frequency, v.forbiddenKind, v.targetLevels])).toEqual([
      ["weekly", null, ["village", "community"]],
      ["daily", "points_ranking", ["village"]],
    ]);
  });

  it("reports every bad row with its number", () => {
    const { valid, errors } = validateTaskRows([row, { ...row, rowNumber: 3, name: "河道保洁", department: "区不存在局", frequency: "偶尔", requiredCount: "0" }, { ...row, rowNumber: 4 }], departments);
    expect(valid).toHaveLength(1);
    expect(errors.map((e) => [e.rowNumber, e.key])).toEqual([
      [3, "import.unknownDepartment"],
      [3, "import.badFrequency"],
      [3, "import.badCount"],
      [4, "import.duplicate"],
    ]);
  });
});

describe("returnLoad", () => {
  it("counts each returned form as one more report, at a report's minutes", () => {
    expect(returnLoad(3, { ...DEFAULT_MINUTES, report: 5 })).toEqual({ reportsReturned: 3, minutesAfter: 15 });
    expect(returnLoad(0, DEFAULT_MINUTES)).toEqual({ reportsReturned: 0, minutesAfter: 0 });
  });
});

describe("burdenTable", () => {
  it("puts key columns first, then every metric, hours rounded to a tenth", () => {
    const table = burdenTable(["month"], [{ ...emptyTotals(), month: "2026-01", minutesAfter: 95 }], (r) => [r.month]);
    expect(table.columns).toEqual(["month", ...METRIC_COLUMNS]);
    expect(table.rows[0][0]).toBe("2026-01");
    expect(table.rows[0].at(-1)).toBe(1.6);
  });
});

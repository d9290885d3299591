import { describe, expect, it } from "vitest";
import { canSubmit, isLocked, nextReviewStatus, normalizeReturn, reviewStepsFor } from "./index";
import { reviewStateOf, summarizeByTown } from "./summary";

describe("nextReviewStatus", () => {
  it("lets the town approve or return a submitted form, and unlock only what it approved", () => {
    expect(nextReviewStatus("submitted", "town", "approve")).toBe("town_approved");
    expect(nextReviewStatus("submitted", "town", "return")).toBe("returned");
    expect(nextReviewStatus("town_approved", "town", "unlock")).toBe("submitted");
    expect(nextReviewStatus("district_approved", "town", "unlock")).toBeNull();
    expect(nextReviewStatus("returned", "town", "approve")).toBeNull();
    expect(nextReviewStatus("town_approved", "town", "approve")).toBeNull();
  });
  it("lets the district approve only what a town approved, return, and unlock its own approval", () => {
    expect(nextReviewStatus("submitted", "district", "approve")).toBeNull();
    expect(nextReviewStatus("town_approved", "district", "approve")).toBe("district_approved");
    expect(nextReviewStatus("town_approved", "district", "return")).toBe("returned");
    expect(nextReviewStatus("district_approved", "district", "unlock")).toBe("town_approved");
    expect(nextReviewStatus("district_approved", "district", "return")).toBeNull();
  });
  it("lists the steps a level may take", () => {
    expect(reviewStepsFor("submitted", "town")).toEqual(["approve", "return"]);
    expect(reviewStepsFor("town_approved", "town")).toEqual(["unlock"]);
    expect(reviewStepsFor("town_approved", "district")).toEqual(["approve", "return"]);
    expect(reviewStepsFor("returned", "district")).toEqual([]);
  });
});

describe("isLocked", () => {
  it("locks approved forms only", () => {
    expect(isLocked("town_approved")).toBe(true);
    expect(isLocked("district_approved")).toBe(true);
    expect(isLocked("returned")).toBe(false);
    expect(isLocked("submitted")).toBe(false);
    expect(isLocked(null)).toBe(false);
    expect(canSubmit("returned")).toBe(true);
    expect(canSubmit("town_approved")).toBe(false);
  });
});

describe("normalizeReturn", () => {
  const names = new Map([
    ["e1", "户籍人口"],
    ["e2", "常住人口"],
  ]);
  it("keeps notes of the form's own items, trimmed, last note of an item winning", () => {
    const out = normalizeReturn({ reason: "  ", items: [{ elementId: "e2", note: "偏少" }, { elementId: "x", note: "不是本表的" }, { elementId: "e1", note: " 与上月差距大 " }, { elementId: "e2", note: "与公安数据不符" }] }, names);
    expect(out).toEqual({ reason: null, items: [{ elementId: "e2", name: "常住人口", note: "与公安数据不符" }, { elementId: "e1", name: "户籍人口", note: "与上月差距大" }] });
  });
  it("refuses a return without any reason", () => {
    expect(normalizeReturn({ reason: " ", items: [{ elementId: "e1", note: "  " }] }, names)).toBeNull();
    expect(normalizeReturn({ reason: "请核对", items: [] }, names)).toEqual({ reason: "请核对", items: [] });
  });
});

describe("summarizeByTown", () => {
  it("counts each town's villages by where they stand, changed-since-submit apart, with their returns", () => {
    const rows = [
      { townId: "t1", townName: "甲镇", status: "town_approved" as const, changedSinceSubmit: false, returnedCount: 1 },
      { townId: "t1", townName: "甲镇", status: "submitted" as const, changedSinceSubmit: true, returnedCount: 0 },
      { townId: "t1", townName: "甲镇", status: null, changedSinceSubmit: false, returnedCount: 0 },
      { townId: "t2", townName: "乙镇", status: "returned" as const, changedSinceSubmit: false, returnedCount: 2 },
    ];
    const [a, b] = summarizeByTown(rows);
    expect(a).toMatchObject({ townName: "甲镇", villages: 3, returns: 1, counts: { town_approved: 1, changed: 1, notSubmitted: 1, submitted: 0 } });
    expect(b).toMatchObject({ townName: "乙镇", villages: 1, returns: 2, counts: { returned: 1 } });
    expect(reviewStateOf({ status: "submitted", changedSinceSubmit: false })).toBe("submitted");
  });
});

import { describe, expect, it } from "vitest";
import { findRetirementCandidates } from "./index";
import { itemLabels, mergeTargetProblem, movingItems, type MergeFormShape } from "./merge";

const monthly: MergeFormShape = { frequency: "monthly", kind: "aggregate", targetLevels: ["village", "community"] };

describe("movingItems", () => {
  it("moves the uncovered items that have an element; a field without one is asked nowhere, before or after", () => {
    const uncovered = [
      { fieldId: "f1", elementId: "e1", label: "走访日期" },
      { fieldId: "f2", elementId: "unmatched:f2", label: "未识别列" },
    ];
    expect(movingItems(uncovered)).toEqual([uncovered[0]]);
    expect(movingItems([])).toEqual([]);
  });

  it("is exactly what a partial candidate lacks and nothing for a full one", () => {
    const big = { id: "B", frequency: "monthly" as const, status: "active" as const, fields: ["a", "b", "c", "d"].map((e) => ({ id: `B.${e}`, elementId: e, label: e })) };
    const partial = { id: "P", frequency: "monthly" as const, status: "active" as const, fields: ["a", "b", "c", "d", "e"].map((e) => ({ id: `P.${e}`, elementId: e, label: e })) };
    const full = { id: "F", frequency: "quarterly" as const, status: "active" as const, fields: ["a", "b"].map((e) => ({ id: `F.${e}`, elementId: e, label: e })) };
    const out = findRetirementCandidates([big, partial, full]);
    expect(movingItems(out.find((c) => c.formId === "P")!.uncovered).map((u) => u.label)).toEqual(["e"]);
    expect(movingItems(out.find((c) => c.formId === "F")!.uncovered)).toEqual([]);
  });
});

describe("mergeTargetProblem", () => {
  it("accepts any target when nothing moves (a full candidate)", () => {
    expect(mergeTargetProblem(monthly, { frequency: "annual", kind: "roster", targetLevels: ["village"] }, 0)).toBeNull();
  });

  it("accepts a target of the same kind, as frequent or more, filled by every level the source was", () => {
    expect(mergeTargetProblem(monthly, monthly, 2)).toBeNull();
    expect(mergeTargetProblem(monthly, { ...monthly, frequency: "weekly" }, 2)).toBeNull();
    expect(mergeTargetProblem({ ...monthly, targetLevels: ["village"] }, monthly, 1)).toBeNull();
  });

  it("refuses a less frequent target: the source's periods in between would have no value", () => {
    expect(mergeTargetProblem(monthly, { ...monthly, frequency: "quarterly" }, 1)).toBe("mergeFrequency");
  });

  it("refuses a target some of the source's villages or communities do not fill", () => {
    expect(mergeTargetProblem(monthly, { ...monthly, targetLevels: ["village"] }, 1)).toBe("mergeLevels");
  });

  it("refuses mixing a roster (per resident) and an aggregate form (per village)", () => {
    expect(mergeTargetProblem(monthly, { ...monthly, kind: "roster" }, 1)).toBe("mergeKind");
    expect(mergeTargetProblem({ ...monthly, kind: "roster" }, monthly, 1)).toBe("mergeKind");
  });
});

describe("itemLabels", () => {
  it("names the first items once each and marks the rest", () => {
    expect(itemLabels([{ fieldId: "1", elementId: "a", label: "走访日期" }, { fieldId: "2", elementId: "b", label: "走访日期" }, { fieldId: "3", elementId: "c", label: "签约日期" }])).toBe("走访日期、签约日期");
    expect(itemLabels(["甲", "乙", "丙"].map((label, i) => ({ fieldId: `${i}`, elementId: label, label })), 2)).toBe("甲、乙…");
  });
});

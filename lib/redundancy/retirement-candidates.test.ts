import { describe, expect, it } from "vitest";
import type { Frequency } from "@/lib/domain";
import { findRetirementCandidates } from "./index";
import type { RedundancyForm } from "./types";

function form(id: string, frequency: Frequency, elements: string[], extra: Partial<RedundancyForm> = {}): RedundancyForm {
  return {
    id,
    frequency,
    status: "active",
    fields: elements.map((e, i) => ({ id: `${id}.${i}`, elementId: e, label: e, isRemark: e.startsWith("remark:") })),
    ...extra,
  };
}

describe("findRetirementCandidates", () => {
  it("lists a form fully covered by a more frequent form, with field-level evidence", () => {
    const monthly = form("M", "monthly", ["name", "id", "phone", "addr"]);
    const quarterly = form("Q", "quarterly", ["name", "id", "remark:Q"]);
    const [c, ...rest] = findRetirementCandidates([monthly, quarterly]);
    expect(rest).toHaveLength(0);
    expect(c).toMatchObject({ formId: "Q", level: "full", coverage: 1, coveredBy: ["M"], recommendation: "retire" });
    expect(c.evidence.map((e) => e.coveredBy[0].fieldId)).toEqual(["M.0", "M.1"]);
  });

  it("does not count a less frequent form as coverage", () => {
    const annual = form("A", "annual", ["x", "y"]);
    const monthly = form("M", "monthly", ["x", "y", "z"]);
    expect(findRetirementCandidates([annual, monthly]).map((c) => c.formId)).toEqual(["A"]);
  });

  it("excludes 备注 from coverage and lists partial coverage at 0.8 and above", () => {
    const big = form("B", "monthly", ["a", "b", "c", "d"]);
    const partial = form("P", "monthly", ["a", "b", "c", "d", "e", "remark:P"]);
    const low = form("L", "monthly", ["a", "b", "c", "x", "y"]);
    const out = findRetirementCandidates([big, partial, low]);
    expect(out.find((c) => c.formId === "P")).toMatchObject({ level: "partial", coverage: 0.8 });
    expect(out.find((c) => c.formId === "L")).toBeUndefined();
    expect(out.find((c) => c.formId === "P")!.uncovered.map((u) => u.elementId)).toEqual(["e"]);
  });

  it("ignores retired and under-review forms as coverers", () => {
    const retired = form("R", "daily", ["a", "b"], { status: "retired" });
    const review = form("U", "daily", ["a", "b"], { status: "under_review" });
    const f = form("F", "monthly", ["a", "b"]);
    expect(findRetirementCandidates([retired, review, f])).toEqual([]);
  });

  it("names exact duplicates across departments and keeps one of two identical forms", () => {
    const a = form("A", "monthly", ["a", "b", "c"], { department: "区民政局" });
    const b = form("B", "monthly", ["a", "b", "c"], { department: "区卫健委" });
    const out = findRetirementCandidates([a, b]);
    expect(out.map((c) => c.level)).toEqual(["full", "full"]);
    expect(out[0].duplicates[0]).toMatchObject({ kind: "exact", isOtherDepartment: true });
    expect(out.map((c) => c.recommendation).sort()).toEqual(["keep", "retire"]);
    const keep = out.find((c) => c.recommendation === "keep")!;
    expect(keep.formId).toBe("A");
    expect(keep.reasons.join()).toContain("互相覆盖");
    expect(out[out.length - 1]).toBe(keep);
  });

  it("keeps the more frequent of two mutually covering forms", () => {
    const weekly = form("W", "weekly", ["a", "b"]);
    const monthly = form("M", "monthly", ["a", "b"]);
    const daily = form("D", "daily", ["a", "b"]);
    const out = findRetirementCandidates([weekly, monthly, daily]);
    expect(out.find((c) => c.formId === "D")).toBeUndefined();
    expect(out.every((c) => c.recommendation === "retire")).toBe(true);
  });

  it("ranks by load removed: fields × times per year × villages", () => {
    const source = form("S", "daily", ["a", "b", "c", "d"]);
    const weekly = form("W", "weekly", ["a"]);
    const monthly = form("M", "monthly", ["a", "b", "c", "d"]);
    const out = findRetirementCandidates([source, weekly, monthly], { villages: 100 });
    expect(out.map((c) => [c.formId, c.loadRemoved])).toEqual([
      ["W", 1 * 52 * 100],
      ["M", 4 * 12 * 100],
    ]);
  });

  it("notes flow elements a quarterly form could sum from a monthly one", () => {
    const monthly = form("M", "monthly", ["new_jobs_m"]);
    const quarterly = form("Q", "quarterly", ["new_jobs_m"]);
    const [c] = findRetirementCandidates([monthly, quarterly], { aggregation: { new_jobs_m: "flow" } });
    expect(c.evidence[0].isDerivable).toBe(true);
    expect(c.reasons.join()).toContain("汇总");
  });
});

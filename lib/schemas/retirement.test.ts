import { describe, expect, it } from "vitest";
import { decideRetirementInput, REASON_MAX } from "./retirement";

const reviewId = "7d0c7a86-3f0e-4c1a-9d53-2b1f5f0e9a11";
const target = "0b7c2f7e-5d7a-4d7e-8f5e-3c1a2b4d6e8f";
const messages = (input: Record<string, unknown>) => {
  const parsed = decideRetirementInput.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => `${i.path.join(".")}:${i.message}`);
};

describe("decideRetirementInput", () => {
  it("accepts a retirement without a reason and trims a given one", () => {
    expect(decideRetirementInput.parse({ reviewId, decision: "retire" })).toMatchObject({ reason: "" });
    expect(decideRetirementInput.parse({ reviewId, decision: "retire", reason: "  已由花名册覆盖 ", mergedIntoFormId: "" })).toMatchObject({ reason: "已由花名册覆盖", mergedIntoFormId: undefined });
  });

  it("requires a reason to keep or to merge, blank counting as none", () => {
    expect(messages({ reviewId, decision: "keep", reason: "   " })).toEqual(["reason:reasonRequired"]);
    expect(messages({ reviewId, decision: "merge", mergedIntoFormId: target })).toEqual(["reason:reasonRequired"]);
    expect(messages({ reviewId, decision: "keep", reason: "本部门专有数据" })).toEqual([]);
  });

  it("requires a target to merge into, and only then", () => {
    expect(messages({ reviewId, decision: "merge", reason: "重复" })).toEqual(["mergedIntoFormId:mergeTargetRequired"]);
    expect(messages({ reviewId, decision: "keep", reason: "保留", mergedIntoFormId: target })).toEqual(["mergedIntoFormId:mergeTargetNotAllowed"]);
    expect(messages({ reviewId, decision: "merge", reason: "重复", mergedIntoFormId: target })).toEqual([]);
  });

  it("caps the reason's length and refuses unknown decisions", () => {
    const tooLong = decideRetirementInput.safeParse({ reviewId, decision: "keep", reason: "字".repeat(REASON_MAX + 1) });
    expect(tooLong.error?.issues.map((i) => [i.path.join("."), i.code])).toEqual([["reason", "too_big"]]);
    expect(messages({ reviewId, decision: "delete" }).length).toBeGreaterThan(0);
  });
});

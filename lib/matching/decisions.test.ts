import { describe, expect, it } from "vitest";
import { latestDecisions } from "./decisions";

describe("latestDecisions", () => {
  it("keeps the latest decision on a pair, whichever way round it was named", () => {
    expect(latestDecisions([{ kind: "reject", fieldA: "a", fieldB: "b" }, { kind: "confirm", fieldA: "b", fieldB: "a" }])).toEqual([{ kind: "confirm", fieldA: "b", fieldB: "a" }]);
  });
  it("keeps the latest assignment of a field and the latest name of an element", () => {
    const out = latestDecisions([
      { kind: "assign", fieldId: "f", elementId: "e1" },
      { kind: "rename", elementId: "e1", name: "甲" },
      { kind: "assign", fieldId: "f", elementId: "e2" },
      { kind: "rename", elementId: "e1", name: "乙" },
    ]);
    expect(out).toEqual([
      { kind: "assign", fieldId: "f", elementId: "e2" },
      { kind: "rename", elementId: "e1", name: "乙" },
    ]);
  });
});

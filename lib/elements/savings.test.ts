import { describe, expect, it } from "vitest";
import { entriesSavedPerYear } from "./savings";

describe("entriesSavedPerYear", () => {
  it("saves nothing for an element only one form asks for", () => {
    expect(entriesSavedPerYear(["monthly"])).toBe(0);
  });
  it("keeps the most frequent collection and saves the others", () => {
    expect(entriesSavedPerYear(["monthly", "monthly"])).toBe(12);
    expect(entriesSavedPerYear(["monthly", "quarterly", "annual"])).toBe(5);
  });
});

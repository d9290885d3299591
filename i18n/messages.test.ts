import { describe, expect, it } from "vitest";
import en from "../messages/en.json";
import zh from "../messages/zh-CN.json";

function keys(tree: object, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "object" && v ? keys(v, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

describe("message catalogs", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(en).sort()).toEqual(keys(zh).sort());
  });
  it("have no empty message", () => {
    const empty = (tree: object): string[] => keys(tree).filter((k) => k.split(".").reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], tree) === "");
    expect([...empty(zh), ...empty(en)]).toEqual([]);
  });
});

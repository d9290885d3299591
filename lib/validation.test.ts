import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldMessages } from "./validation";

describe("fieldMessages", () => {
  const schema = z.object({ name: z.string().trim().min(1).max(5), age: z.coerce.number().int().max(150), kind: z.enum(["a", "b"]), code: z.string().regex(/^\d+$/, "divisionCode") });
  const messagesFor = (input: unknown) => {
    const parsed = schema.safeParse(input);
    return parsed.success ? {} : fieldMessages(parsed.error.issues, input);
  };
  it("says required for missing or blank input and wrong format for a wrong type", () => {
    expect(messagesFor({ name: "  ", age: 1, kind: "a", code: "1" }).name).toEqual([{ key: "required", params: {} }]);
    expect(messagesFor({ name: 42, age: 1, kind: "a", code: "1" }).name).toEqual([{ key: "invalidType", params: {} }]);
    expect(messagesFor({ age: 1, kind: "a", code: "1" }).name).toEqual([{ key: "required", params: {} }]);
  });
  it("carries limits and custom keys", () => {
    const m = messagesFor({ name: "abcdefg", age: 200, kind: "c", code: "x" });
    expect(m.name).toEqual([{ key: "tooLong", params: { max: 5 } }]);
    expect(m.age).toEqual([{ key: "tooBig", params: { max: 150 } }]);
    expect(m.kind).toEqual([{ key: "invalidOption", params: {} }]);
    expect(m.code).toEqual([{ key: "divisionCode", params: {} }]);
  });
});

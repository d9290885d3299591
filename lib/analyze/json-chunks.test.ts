import { describe, expect, it } from "vitest";
import { jsonChunks, writeJson } from "./json-chunks";

const sample = {
  forms: [
    { file: "区民政局/低保.xlsx", title: "低保对象\n花名册", department: null, frequency: "monthly", layout: "columns", fields: [{ ref: "a#S!B3", path: ["户主", "姓 名"], unit: null, element: "el_1" }] },
    { file: "b.xlsx", title: "", department: "区卫健委", frequency: null, layout: "grid", fields: [] },
  ],
  elements: [{ id: "el_1", name: "姓名\"引号\"", fields: ["a#S!B3"] }],
  retirement: [{ file: "b.xlsx", level: "full", coverage: 1, coveredBy: ["a.xlsx", "c.xlsx"] }, { file: "c.xlsx", level: "partial", coverage: 0.8333, coveredBy: [] }],
  suggestions: [],
  skipped: undefined,
  nested: { deep: { deeper: { deepest: [1, 2.5, -0, true, false, null, undefined, {}] } }, empty: {} },
};

describe("jsonChunks", () => {
  it("produces exactly JSON.stringify(value, null, indent), in pieces", () => {
    for (const indent of [0, 1, 2]) {
      for (const splitDepth of [0, 1, 2, 3, 6]) {
        const chunks = [...jsonChunks(sample, { indent, splitDepth })];
        expect(chunks.join("")).toBe(JSON.stringify(sample, null, indent));
        if (splitDepth > 0 && indent > 0) expect(chunks.length).toBeGreaterThan(10);
      }
    }
    for (const v of [[], {}, null, 3, "字符串", [[]], [{}]]) expect([...jsonChunks(v)].join("")).toBe(JSON.stringify(v, null, 1));
  });

  it("writes the same text, newline-terminated, to a stream in pieces", async () => {
    const { PassThrough } = await import("node:stream");
    const big = { ...sample, retirement: Array.from({ length: 3000 }, (_, i) => ({ file: `f${i}.xlsx`, level: "full", coverage: 1, coveredBy: [`g${i}.xlsx`] })) };
    const stream = new PassThrough({ highWaterMark: 1024 });
    const parts: Buffer[] = [];
    stream.on("data", (d: Buffer) => parts.push(d));
    await writeJson(stream, big);
    stream.end();
    expect(parts.length).toBeGreaterThan(1);
    expect(Buffer.concat(parts).toString()).toBe(`${JSON.stringify(big, null, 1)}\n`);
  });
});

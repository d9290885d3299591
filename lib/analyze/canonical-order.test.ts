import { describe, expect, it } from "vitest";
import { canonicalAnalysis } from "@/lib/matching/analysis-output";
import type { AnalyzeForm } from "./analyze-forms";

const form = (file: string): AnalyzeForm => ({ file, title: file, department: null, frequency: "monthly", layout: "columns", fields: [{ ref: `${file}#S!A1`, label: "姓名", path: ["姓名"], type: "text", unit: null, element: "x" }] });

describe("canonicalAnalysis: coveredBy order", () => {
  const files = ["第02批/区民政局/b.xlsx", "第01批/区卫健委/a-乔口镇.xlsx", "第01批/区卫健委/a.xlsx", "Z.xlsx", "z.xlsx", "第10批/c.xlsx", "第1批/c.xlsx"];
  const forms = files.map(form);
  const sorted = (list: string[]) => [...list].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

  it("sorts each coveredBy by code units and drops repeats, for analysed files and for others", () => {
    const shuffled = [files[3], files[0], files[6], files[0], files[2], files[5], files[1], files[4]];
    const { retirement } = canonicalAnalysis({
      forms,
      names: new Map(),
      suggestions: [],
      retirement: [
        { file: files[0], level: "full", coverage: 1, coveredBy: shuffled },
        { file: files[1], level: "partial", coverage: 0.9, coveredBy: [...shuffled, "不在分析中.xlsx"] },
      ],
    });
    expect(retirement[0].coveredBy).toEqual(sorted([...new Set(shuffled)]));
    expect(retirement[1].coveredBy).toEqual(sorted([...new Set([...shuffled, "不在分析中.xlsx"])]));
  });
});

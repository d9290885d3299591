/**
 * The issue-10 metrics of tests/heldout/score.ts (used by `npm run bench:generalization`) on the blind4 gold and
 * perturbed predictions made from it: per-layout field precision / recall by sheet, and department / frequency on the
 * forms the 报表清单 does not list. The overall detection numbers must equal the bench scorer's
 * (../shared/bench/score-dedup.mjs) on the same prediction.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { scoreGeneralization, type GenGoldFile, type GenPredFile } from "@/tests/heldout/score";

const root = path.resolve(import.meta.dirname, "..");
const dir = path.join(root, "tests/blind4");
const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as GenGoldFile;

async function catalogNames(): Promise<Set<string>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, "报表清单.xlsx"));
  const names = new Set<string>();
  wb.getWorksheet("报表清单")!.eachRow((row, r) => {
    if (r > 1) names.add(String(row.getCell(2).value));
  });
  return names;
}

/** a prediction that repeats the gold exactly */
function perfect(): GenPredFile {
  return {
    forms: gold.forms.map((g) => ({
      file: g.file, department: g.department, frequency: g.frequency, layout: g.layout,
      fields: gold.fields.filter((x) => x.ref.startsWith(`${g.file}#`)).map((x) => ({ ref: x.ref, element: x.element })),
    })),
    retirement: [],
  };
}

describe("scoreGeneralization on blind4", () => {
  it("scores a perfect prediction 1 everywhere and counts the forms absent from the catalog", async () => {
    const cat = await catalogNames();
    const s = scoreGeneralization(gold, perfect(), cat);
    const absent = gold.forms.filter((g) => !cat.has(g.file.split("/").pop()!)).length;
    expect(absent).toBeGreaterThanOrEqual(Math.ceil(0.4 * gold.forms.length));
    expect(s.absent).toEqual({ forms: absent, department: 1, frequency: 1 });
    expect(Object.keys(s.fieldsByLayout).sort()).toEqual(["columns", "grid", "indicator-rows"]);
    for (const c of Object.values(s.fieldsByLayout)) expect([c.precision, c.recall]).toEqual([1, 1]);
    // a workbook's columns sheets count as columns even when its first sheet is indicator rows
    const mixed = gold.forms.find((g) => g.file === "区扶贫办/建档立卡贫困户信息采集表.xlsx")!;
    expect(mixed.layout).toBe("indicator-rows");
    const colsOfMixed = gold.fields.filter((x) => x.ref.startsWith(`${mixed.file}#表二!`));
    expect(colsOfMixed.length).toBeGreaterThan(0);
    expect(colsOfMixed.every((x) => x.layout === "columns")).toBe(true);
  });

  it("reads misses, extra refs and wrong metadata per layout and per catalog status, and agrees with score-dedup", async () => {
    const cat = await catalogNames();
    const pred = perfect();
    // 1. drop every indicator row of the 统计 年报 (a long questionnaire), keep its stamp cell as a false field
    const q = pred.forms.find((x) => x.file === "区统计局/农村基本情况统计年报表.xlsx")!;
    const dropped = q.fields.length;
    q.fields = [{ ref: `${q.file}#农基年报!A200`, element: "x" }];
    // 2. a field read on the visible dropdown sheet of a columns form
    const dd = pred.forms.find((x) => x.file === "区退役军人事务局/退役军人信息采集表.xlsx")!;
    dd.fields.push({ ref: `${dd.file}#下拉选项!A1`, element: "y" });
    // 3. wrong department on one absent form, wrong frequency on another, wrong department on a listed one
    const absentForms = pred.forms.filter((x) => !cat.has(x.file.split("/").pop()!));
    absentForms[0].department = "";
    absentForms[1].frequency = "adhoc" === absentForms[1].frequency ? "monthly" : "adhoc";
    const listed = pred.forms.filter((x) => cat.has(x.file.split("/").pop()!));
    expect(listed[0].department).not.toBe("区统计局");
    listed[0].department = "区统计局";
    listed[1].department = ` ${listed[1].department!.split("").join(" ")} `; // whitespace does not count

    const s = scoreGeneralization(gold, pred, cat);
    const n = (lay: string) => gold.fields.filter((x) => x.layout === lay).length;
    const ir = s.fieldsByLayout["indicator-rows"];
    expect(ir).toMatchObject({ gold: n("indicator-rows"), matched: n("indicator-rows") - dropped, pred: n("indicator-rows") - dropped + 1 });
    const cols = s.fieldsByLayout.columns;
    expect(cols).toMatchObject({ gold: n("columns"), matched: n("columns"), pred: n("columns") + 1, recall: 1 });
    expect(cols.precision).toBeCloseTo(n("columns") / (n("columns") + 1), 12);
    expect(s.fieldsByLayout.grid).toMatchObject({ precision: 1, recall: 1 });
    expect(s.absent.forms).toBe(absentForms.length);
    expect(s.absent.department).toBeCloseTo((absentForms.length - 1) / absentForms.length, 12);
    expect(s.absent.frequency).toBeCloseTo((absentForms.length - 1) / absentForms.length, 12);
    expect(s.meta.department).toBeCloseTo((gold.forms.length - 2) / gold.forms.length, 12);

    const tmp = mkdtempSync(path.join(os.tmpdir(), "gen-score-"));
    try {
      writeFileSync(path.join(tmp, "pred.json"), JSON.stringify({ ...pred, elements: [] }));
      const out = execFileSync("node", [path.resolve(root, "../shared/bench/score-dedup.mjs"), "--gold", path.join(dir, "gold.json"),
        "--pred", path.join(tmp, "pred.json"), "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      const bench = JSON.parse(out) as { detection: { pred: number; matched: number }; forms: { department: number; frequency: number } };
      const all = Object.values(s.fieldsByLayout);
      expect(all.reduce((a, c) => a + c.pred, 0)).toBe(bench.detection.pred);
      expect(all.reduce((a, c) => a + c.matched, 0)).toBe(bench.detection.matched);
      expect(s.meta.department).toBeCloseTo(bench.forms.department, 12);
      expect(s.meta.frequency).toBeCloseTo(bench.forms.frequency, 12);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
});

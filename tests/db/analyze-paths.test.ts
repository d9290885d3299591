import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { AnalyzedFile } from "@/lib/analyze/analyze-forms";
import { analyzeInMemory } from "@/lib/analyze/analyze-in-memory";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { parseTemplate } from "@/lib/templates/parse-template";
import { isTemplateError } from "@/lib/templates/errors";
import { analyzeInDatabase } from "@/db/queries/analyze";
import { createTestDb } from "../helpers/test-db";

const root = path.resolve(import.meta.dirname, "../..");

async function listXlsx(dir: string, base = dir): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...(await listXlsx(full, base)));
    else if (/\.xlsx$/i.test(e.name)) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

async function parseCorpus(corpus: string) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await readFile(path.join(corpus, "报表清单.xlsx"))) as unknown as ArrayBuffer);
  const catalog = readCatalog(wb);
  const files: AnalyzedFile[] = [];
  const bytes = new Map<string, Buffer>();
  for (const rel of await listXlsx(path.join(corpus, "forms"))) {
    const buffer = await readFile(path.join(corpus, "forms", rel));
    bytes.set(rel, buffer);
    try {
      files.push({ file: rel, forms: await parseTemplate(buffer, rel, { relativePath: rel, catalog }) });
    } catch (error) {
      if (!isTemplateError(error)) throw error;
    }
  }
  return { files, bytes };
}

// The CLI's analysis over plain data (lib/analyze analyzeInMemory) and the app's database path it replaced in the CLI
// (db/queries/analyze analyzeInDatabase: register, rematchDistrict, runRetirementAnalysis, read back), on this
// backend (PGlite, or the PostgreSQL server with TEST_DATABASE_URL): the same JSON.
describe("analysis in memory = analysis through the database", () => {
  for (const corpus of ["../shared/bench/dedup-dev", "tests/heldout"]) {
    it(`gives the same JSON on ${corpus}`, { timeout: 180_000 }, async () => {
      const { files, bytes } = await parseCorpus(path.resolve(root, corpus));
      const memory = analyzeInMemory(files);
      const handle = await createTestDb();
      try {
        const database = await analyzeInDatabase(handle.db, { files, bytes });
        expect(memory.forms.length).toBeGreaterThan(20);
        expect(memory.elements.some((e) => e.fields.length > 1)).toBe(true);
        expect(memory.retirement.length).toBeGreaterThan(0);
        expect(JSON.stringify(memory, null, 1)).toBe(JSON.stringify(database, null, 1));
      } finally {
        await handle.close();
      }
    });
  }
});

import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { checkCharacter } from "@/lib/id-number/gb11643";
import { loadWorkbookSafely, parseWorkbook } from "@/lib/templates";
import type { TemplateField } from "@/lib/templates/types";
import { fillTemplate, isUnitNameField, type ExportRecord } from "./fill-template";

/** Every real template in tests/fixtures/xlsx is filled for three villages, written, read back and checked. */
const ROOT = path.resolve(import.meta.dirname, "../../tests/fixtures/xlsx");
const FILES = [...fs.readdirSync(ROOT).map((f) => path.join(ROOT, f)), ...fs.readdirSync(path.join(ROOT, "forms")).map((f) => path.join(ROOT, "forms", f))].filter(
  (f) => f.endsWith(".xlsx") && !/报表清单|损坏/.test(f),
);

function idNumber(seq: number): string {
  const first17 = `43011219600101${String(seq).padStart(3, "0")}`;
  return first17 + checkCharacter(first17);
}

/** A distinct, type-correct value per field and record; the expected cell value next to it. */
function sample(f: TemplateField, k: number): { value: string | number | boolean; cell: unknown } {
  switch (f.type) {
    case "integer":
      return { value: 7 + k, cell: 7 + k };
    case "decimal":
      return { value: 1.5 + k, cell: 1.5 + k };
    case "date":
      return { value: `2026-10-${String(k + 1).padStart(2, "0")}`, cell: new Date(Date.UTC(2026, 9, k + 1)) };
    case "idcard":
      return { value: idNumber(k + 1), cell: idNumber(k + 1) };
    case "phone":
      return { value: `1380731${String(k).padStart(4, "0")}`, cell: `1380731${String(k).padStart(4, "0")}` };
    case "boolean":
      return { value: k % 2 === 0, cell: k % 2 === 0 ? "是" : "否" };
    case "choice":
      return { value: f.options?.[k % f.options.length] ?? `选项${k}`, cell: f.options?.[k % f.options.length] ?? `选项${k}` };
    default:
      return { value: `=文本${k}`, cell: `=文本${k}` };
  }
}

describe.each(FILES.map((f) => [path.basename(f), f]))("fillTemplate on %s", (_name, file) => {
  it("writes every value into its cell and keeps title, merges and the other sheets", async () => {
    const bytes = fs.readFileSync(file);
    const { workbook } = await loadWorkbookSafely(bytes, "t.xlsx");
    const [def] = parseWorkbook(workbook, "t.xlsx");
    const info = def.layoutInfo;
    const names = info.prefilledRows.length ? [...info.prefilledRows.slice(0, 2).map((p) => p.label), "新增村"] : ["甲村", "乙村", "丙村"];
    const perUnit = def.kind === "roster" ? 2 : 1;
    const valueFields = def.fields.filter((f) => !isUnitNameField(f));
    let k = 0;
    const expected: { unit: string; cells: Map<TemplateField, unknown> }[] = [];
    const units = names.map((name) => ({
      name,
      records: Array.from({ length: perUnit }, () => {
        const record: ExportRecord = {};
        const cells = new Map<TemplateField, unknown>();
        for (const f of valueFields) {
          const s = sample(f, k);
          record[f.ref] = s.value;
          cells.set(f, s.cell);
        }
        expected.push({ unit: name, cells });
        k++;
        return record;
      }),
    }));
    const before = workbook.getWorksheet(info.sheet)!;
    const mergesBefore = before.model.merges.length;
    const titleBefore = before.getCell("A1").value;
    const otherSheets = workbook.worksheets.map((w) => w.name).filter((n) => n !== info.sheet);
    fillTemplate(workbook, {
      layout: def.layout,
      kind: def.kind,
      layoutInfo: info,
      fields: def.fields.map((f) => ({ id: f.ref, label: f.label, type: f.type, column: f.column ?? null, valueCell: f.valueCell ?? null, unitFactor: 1 })),
      units,
    });
    const back = new ExcelJS.Workbook();
    await back.xlsx.load((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    for (const n of otherSheets) expect(back.getWorksheet(n), n).toBeDefined();

    if (def.layout === "columns") {
      const ws = back.getWorksheet(info.sheet)!;
      expect(ws.getCell("A1").value).toEqual(titleBefore);
      expect(ws.model.merges.length).toBeGreaterThanOrEqual(mergesBefore);
      // Each record is one row holding exactly its values.
      for (const e of expected) {
        const rows: number[] = [];
        ws.eachRow((row, r) => {
          if ([...e.cells].every(([f, v]) => valueOf(row.getCell(f.column!).value) === valueOf(v))) rows.push(r);
        });
        expect(rows, `${e.unit}`).toHaveLength(1);
        expect(rows[0]).toBeGreaterThanOrEqual(info.firstDataRow - info.exampleRows.length);
      }
    } else {
      units.forEach((u, i) => {
        const ws = back.getWorksheet(u.name)!;
        expect(ws, u.name).toBeDefined();
        expect(ws.model.merges.length).toBe(mergesBefore);
        const placed = [...expected[i].cells].filter(([f]) => f.valueCell);
        expect(placed.length).toBeGreaterThan(0);
        for (const [f, v] of placed) expect(valueOf(ws.getCell(f.valueCell!).value), `${u.name} ${f.label}`).toBe(valueOf(v));
      });
    }
  });
});

function valueOf(v: unknown): unknown {
  return v instanceof Date ? v.toISOString() : v;
}

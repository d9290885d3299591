import type ExcelJS from "exceljs";
import type { Frequency, TargetLevel } from "@/lib/domain";
import { findCatalogEntry } from "@/lib/catalog/read-catalog";
import { TemplateError } from "./errors";
import { emptyHints, parseInstructionTexts } from "./instructions";
import {
  defaultFrequency,
  canonicalDepartment,
  departmentFromOffice,
  departmentFromPath,
  departmentFromTexts,
  frequencyFromNotes,
  frequencyFromTitle,
  targetLevelsFromNotes,
} from "./metadata";
import { parseFormSheet, type ParsedSheet } from "./parse-sheet";
import { buildSheetGrid, rowCells, type SheetGrid } from "./sheet-grid";
import { INSTRUCTION_SHEET } from "./structure-cues";
import { norm } from "./text";
import type { CatalogEntry, FormDefinition, InstructionHints } from "./types";

export interface ParseOptions {
  /** Path relative to the uploaded folder (for department-by-folder); defaults to fileName. */
  relativePath?: string;
  catalog?: CatalogEntry[];
  /** Warnings from loading (clipped ranges …), carried into the form. */
  warnings?: string[];
}

function allTexts(grid: SheetGrid): string[] {
  const out: string[] = [];
  for (let r = 1; r <= grid.maxRow; r++) out.push(...rowCells(grid, r).map((x) => x.text));
  return out;
}

/** An instruction sheet: named 填表说明 …, or titled so in its first cell. */
function isInstructionSheet(grid: SheetGrid): boolean {
  if (INSTRUCTION_SHEET.test(grid.name)) return true;
  const first = rowCells(grid, 1)[0]?.text ?? "";
  return /(填表说明|填报说明|指标解释)$/.test(norm(first));
}

function stripExtension(name: string): string {
  return name.replace(/^.*[\\/]/, "").replace(/\.(xlsx|xlsm|xls)$/i, "");
}

function pickFrequency(entry: CatalogEntry | null, fileName: string, sheet: ParsedSheet): Frequency | null {
  return (
    entry?.frequency ??
    (/(日报|周报|月报|季报|半年报|年报)/.test(stripExtension(fileName)) ? frequencyFromTitle(stripExtension(fileName)) : null) ??
    (/(日报|周报|月报|季报|半年报|年报)/.test(norm(sheet.title)) ? frequencyFromTitle(sheet.title) : null) ??
    frequencyFromNotes(sheet.texts) ??
    frequencyFromTitle(sheet.title) ??
    frequencyFromTitle(stripExtension(fileName)) ??
    defaultFrequency(sheet.title)
  );
}

function pickTargets(entry: CatalogEntry | null, sheet: ParsedSheet): TargetLevel[] {
  if (entry && entry.targetLevels.length > 0) return entry.targetLevels;
  return targetLevelsFromNotes(sheet.texts) ?? ["village", "community"];
}

function knownDepartments(catalog: CatalogEntry[] | undefined): string[] {
  return [...new Set((catalog ?? []).map((e) => e.department).filter((d): d is string => !!d))];
}

function toForm(sheet: ParsedSheet, fileName: string, options: ParseOptions, formulaCount: number): FormDefinition {
  const relativePath = options.relativePath ?? fileName;
  const entry = options.catalog ? findCatalogEntry(options.catalog, relativePath) : null;
  const warnings = [...(options.warnings ?? [])];
  if (formulaCount > 0) warnings.push(`模板含 ${formulaCount} 个公式，已读取其缓存结果（系统不会重新计算公式）`);
  return {
    file: relativePath,
    title: sheet.title || entry?.title || stripExtension(fileName),
    sheet: sheet.layoutInfo.sheet,
    layout: sheet.layout,
    kind: sheet.kind,
    department:
      entry?.department ??
      departmentFromPath(relativePath) ??
      canonicalDepartment(departmentFromTexts(sheet.texts), knownDepartments(options.catalog)) ??
      departmentFromOffice(sheet.texts, knownDepartments(options.catalog)),
    frequency: pickFrequency(entry, fileName, sheet),
    targetLevels: pickTargets(entry, sheet),
    fields: sheet.fields,
    layoutInfo: sheet.layoutInfo,
    notes: sheet.texts,
    warnings,
  };
}

/**
 * Parses every form sheet of a loaded workbook (visible, not an instruction sheet, with a header).
 * Throws TemplateError("noForm" | "noHeader") when there is none.
 */
export function parseWorkbook(workbook: ExcelJS.Workbook, fileName: string, options: ParseOptions = {}): FormDefinition[] {
  const date1904 = !!(workbook.properties as { date1904?: boolean } | undefined)?.date1904;
  const visible = workbook.worksheets.filter((ws) => !ws.state || ws.state === "visible");
  return parseGrids(
    visible.map((ws) => buildSheetGrid(ws, { date1904 })),
    workbook,
    fileName,
    options,
  );
}

/** Parses form sheets given as grids (from a workbook, or an HTML table); `workbook` resolves dropdown ranges. */
export function parseGrids(grids: SheetGrid[], workbook: ExcelJS.Workbook, fileName: string, options: ParseOptions = {}): FormDefinition[] {
  const instructions = grids.filter(isInstructionSheet);
  const hints: InstructionHints = instructions.length > 0 ? parseInstructionTexts(instructions.flatMap(allTexts)) : emptyHints();
  const candidates = grids.filter((g) => !instructions.includes(g) && g.maxRow > 0);
  if (candidates.length === 0) throw new TemplateError("noForm", fileName);
  const forms: FormDefinition[] = [];
  for (const grid of candidates) {
    const sheet = parseFormSheet(workbook, grid, hints);
    if (sheet) forms.push(toForm(sheet, fileName, options, grid.formulaCount));
  }
  if (forms.length === 0) throw new TemplateError("noHeader", fileName, candidates[0].name);
  return forms;
}

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
  departmentFromSystem,
  departmentFromTexts,
  departmentFromTitle,
  departmentFromTopic,
  knownDepartmentFor,
  yearOf,
  frequencyFromFixedDeadline,
  frequencyFromNotes,
  frequencyFromPeriodLine,
  frequencyFromTitle,
  targetLevelsFromNotes,
} from "./metadata";
import { parseFormSheet, type ParsedSheet } from "./parse-sheet";
import { buildSheetGrid, rowCells, type SheetGrid } from "./sheet-grid";
import { INSTRUCTION_SHEET } from "./structure-cues";
import { norm } from "./text";
import type { CatalogEntry, FormDefinition, FormPart, InstructionHints } from "./types";
import { dropdownSourceSheets, groupParts, opensWithPartNumber } from "./workbook-parts";

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

/** A folder named for the frequency (`月报/…`, `2025年季报/…`). */
function frequencyFromFolders(relativePath: string): Frequency | null {
  const folders = relativePath.split(/[\\/]/).slice(0, -1).reverse();
  for (const f of folders) {
    const m = /(日报|周报|月报|季报|半年报|年报)/.exec(norm(f));
    if (m) return frequencyFromTitle(m[1]);
  }
  return null;
}

/** A period shorter than a year that a title names (2024年上半年, 第三季度, 11月): stronger than one fixed deadline. */
function periodWithinYear(title: string): Frequency | null {
  const f = frequencyFromTitle(title);
  return f && f !== "annual" && f !== "adhoc" ? f : null;
}

function pickFrequency(entry: CatalogEntry | null, fileName: string, relativePath: string, sheet: ParsedSheet, texts: string[]): Frequency | null {
  return (
    entry?.frequency ??
    (/(日报|周报|月报|季报|半年报|年报)/.test(stripExtension(fileName)) ? frequencyFromTitle(stripExtension(fileName)) : null) ??
    (/(日报|周报|月报|季报|半年报|年报)/.test(norm(sheet.title)) ? frequencyFromTitle(sheet.title) : null) ??
    frequencyFromFolders(relativePath) ??
    (frequencyFromFixedDeadline(texts) ? periodWithinYear(sheet.title) : null) ??
    frequencyFromNotes(texts) ??
    frequencyFromTitle(sheet.title) ??
    frequencyFromPeriodLine(texts) ??
    frequencyFromTitle(stripExtension(fileName)) ??
    defaultFrequency(sheet.title)
  );
}

/**
 * Department: the catalog's entry, else the folder, the statistical block / 报送 notes, the town office the notes
 * send it to, the system it was exported from, and last the work its title names (all matched to the catalog's
 * department names when it has them).
 */
function pickDepartment(entry: CatalogEntry | null, relativePath: string, fileName: string, sheet: ParsedSheet, texts: string[], known: string[]): string | null {
  return (
    entry?.department ??
    departmentFromPath(relativePath, known) ??
    knownDepartmentFor(departmentFromTexts(texts, known), known) ??
    departmentFromOffice(texts, known) ??
    departmentFromTitle(sheet.title, known) ??
    departmentFromTitle(stripExtension(fileName), known) ??
    departmentFromSystem([...texts, sheet.title, stripExtension(fileName)], known) ??
    departmentFromTopic(`${sheet.title} ${stripExtension(fileName)}`, known, yearOf([sheet.title, stripExtension(fileName), ...texts].join(" ")))
  );
}

function pickTargets(entry: CatalogEntry | null, texts: string[]): TargetLevel[] {
  if (entry && entry.targetLevels.length > 0) return entry.targetLevels;
  return targetLevelsFromNotes(texts) ?? ["village", "community"];
}

const departmentsOfCatalog = new WeakMap<CatalogEntry[], string[]>();

/** The catalog's department names, once per catalog (every form of every file asks). */
function knownDepartments(catalog: CatalogEntry[] | undefined): string[] {
  if (!catalog) return [];
  let known = departmentsOfCatalog.get(catalog);
  if (!known) departmentsOfCatalog.set(catalog, (known = [...new Set(catalog.map((e) => e.department).filter((d): d is string => !!d))]));
  return known;
}

/** A form made of several sheets: fields of all parts in sheet order; sheet, layout and layoutInfo of the dominant part. */
interface FormSheets {
  sheet: ParsedSheet;
  parts: FormPart[] | undefined;
}

function dataFieldCount(sheet: ParsedSheet): number {
  return sheet.fields.filter((f) => !f.isRemark).length;
}

/**
 * The title of a form spanning several sheets: what the parts' titles share (`2025年农村困难家庭调查表` of
 * `…调查表（户基本情况）`, `…调查表（家庭成员）`), else the first title.
 */
function sharedTitle(titles: string[]): string {
  const named = titles.filter((t) => norm(t));
  if (named.length === 0) return "";
  let prefix = named[0];
  for (const t of named.slice(1)) {
    let n = 0;
    while (n < prefix.length && n < t.length && prefix[n] === t[n]) n++;
    prefix = prefix.slice(0, n);
  }
  const clean = prefix.replace(/[\s（(：:、，,—\-_]+$/, "");
  if (named.length > 1 && /(表|册|台账|清单|调查|统计)$/.test(clean) && norm(clean).length >= 6) return clean;
  // Parts titled only by their part (表一  家庭成员基本情况) do not name the form: the catalog or the file name does.
  return opensWithPartNumber(named[0]) ? "" : named[0];
}

function combineParts(sheets: ParsedSheet[]): FormSheets {
  if (sheets.length === 1) return { sheet: sheets[0], parts: undefined };
  // The dominant part: most fields, the earliest on a tie (stable).
  const dominant = sheets.reduce((best, s) => (dataFieldCount(s) > dataFieldCount(best) ? s : best), sheets[0]);
  const sheet: ParsedSheet = {
    ...dominant,
    title: sharedTitle(sheets.map((s) => s.title)),
    fields: sheets.flatMap((s) => s.fields),
    texts: sheets.flatMap((s) => s.texts),
  };
  const parts = sheets.map((s) => ({ sheet: s.layoutInfo.sheet, title: s.title, layout: s.layout, kind: s.kind, fieldCount: s.fields.length, layoutInfo: s.layoutInfo }));
  return { sheet, parts };
}

/**
 * `instructionTexts`: the lines of the workbook's 填表说明 sheets; they often say who the form goes to and when
 * (`每月5日前报送区民政局`), so they count after the form sheet's own texts.
 */
function toForm({ sheet, parts }: FormSheets, fileName: string, options: ParseOptions, formulaCount: number, instructionTexts: string[]): FormDefinition {
  const relativePath = options.relativePath ?? fileName;
  const texts = [...sheet.texts, ...instructionTexts];
  const entry = options.catalog ? findCatalogEntry(options.catalog, relativePath) : null;
  const warnings = [...(options.warnings ?? [])];
  if (formulaCount > 0) warnings.push(`模板含 ${formulaCount} 个公式，已读取其缓存结果（系统不会重新计算公式）`);
  return {
    file: relativePath,
    title: sheet.title || entry?.title || stripExtension(fileName),
    sheet: sheet.layoutInfo.sheet,
    layout: sheet.layout,
    kind: sheet.kind,
    department: pickDepartment(entry, relativePath, fileName, sheet, texts, knownDepartments(options.catalog)),
    frequency: pickFrequency(entry, fileName, relativePath, sheet, texts),
    targetLevels: pickTargets(entry, texts),
    fields: sheet.fields,
    layoutInfo: sheet.layoutInfo,
    notes: sheet.texts,
    warnings,
    ...(parts ? { parts } : {}),
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

/**
 * Parses form sheets given as grids (from a workbook, or an HTML table); `workbook` resolves dropdown ranges.
 * Sheets that only explain the form (填表说明) or hold the lists other sheets' dropdowns read (选项/字典, visible or
 * not) are not forms. Sheets that are parts of one form (表一…表五 of one survey, see workbook-parts.ts) become ONE
 * form with the fields of all of them; unrelated forms in one workbook stay separate.
 */
export function parseGrids(grids: SheetGrid[], workbook: ExcelJS.Workbook, fileName: string, options: ParseOptions = {}): FormDefinition[] {
  const instructions = grids.filter(isInstructionSheet);
  const instructionTexts = instructions.flatMap(allTexts);
  const hints: InstructionHints = instructions.length > 0 ? parseInstructionTexts(instructionTexts) : emptyHints();
  const listSheets = dropdownSourceSheets(workbook, grids);
  const candidates = grids.filter((g) => !instructions.includes(g) && !listSheets.has(g.name) && g.maxRow > 0);
  if (candidates.length === 0) throw new TemplateError("noForm", fileName);
  const parsed: { sheet: ParsedSheet; formulas: number }[] = [];
  for (const grid of candidates) {
    const sheet = parseFormSheet(workbook, grid, hints);
    if (sheet) parsed.push({ sheet, formulas: grid.formulaCount });
  }
  if (parsed.length === 0) throw new TemplateError("noHeader", fileName, candidates[0].name);
  const groups = groupParts(parsed.map((p) => ({ sheet: p.sheet.layoutInfo.sheet, title: p.sheet.title })));
  return groups.map((group) => {
    const members = group.map((i) => parsed[i]);
    const formulas = members.reduce((n, m) => n + m.formulas, 0);
    return toForm(combineParts(members.map((m) => m.sheet)), fileName, options, formulas, instructionTexts);
  });
}

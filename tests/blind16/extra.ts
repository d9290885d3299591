/**
 * blind16 extra writers: the grid shapes the kit's GridSheet does not write, and the hook that lets the kit's Corpus
 * write them (the kit writes every other form; a form listed in the writers map is written here, its gold recorded
 * into the same Corpus so the catalog, gold.json and the README retirement rule see it like any other form).
 *
 * Shapes:
 *  - twoLevelGrid: row labels (作物) × indicator columns with two-level headers, each indicator split into 本年 | 上年
 *    (optionally with a 甲 1 2 3 code row under the header and a 合计 row at the bottom);
 *  - twoColRowGrid: row labels in two columns (类别 | 子类别, the category merged down) × value columns under a
 *    meaningless group header;
 *  - monthGrid: indicators down the rows with a 单位 column, 1月…12月 across as columns under a merged 月份 header;
 *  - transposedGrid: indicators down the rows with a 计量单位 column, the objects (自然屯) across as columns under a
 *    merged 自然屯 header — the transpose of the kit's GridSheet.
 *
 * Gold for every grid field: ref = the value cell; label = row label (both row-label columns when there are two)
 * followed by the leaf column label, whitespace removed; path = [row label(s), column group header, column label].
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { colLetter, type Corpus, type Form, type Sheet, type T } from '../blind4/kit';

export interface GCell { sheet: string; cell: string; label: string; path: string[]; e: string; t: T; u: string | null }
export type Add = (c: GCell) => void;
export type Writer = (wb: ExcelJS.Workbook, add: Add) => void;

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const clean = (s: string) => s.replace(/\s+/g, '');

function head(c: ExcelJS.Cell, v: string) {
  c.value = v;
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}
function merge(ws: ExcelJS.Worksheet, r1: number, c1: number, r2: number, c2: number) {
  if (r1 !== r2 || c1 !== c2) ws.mergeCells(r1, c1, r2, c2);
}

/** a placeholder sheet entry: tells the kit the sheet's name and layout; the custom writer writes the sheet */
export const placeholder = (name: string): Sheet => ({ kind: 'grid', name, key: '', rows: [], cols: [], prefix: '' });

/** route the forms in `writers` to their custom writer; the kit writes all the others */
export function install(corpus: Corpus, writers: Map<Form, Writer>) {
  const inner = corpus as unknown as { writeForm(f: Form, tmp: string): Promise<void> };
  const orig = inner.writeForm.bind(corpus);
  inner.writeForm = async (f: Form, tmp: string) => {
    const w = writers.get(f);
    if (!w) return orig(f, tmp);
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Administrator';
    w(wb, (c) => {
      const ref = `${f.file}#${c.sheet}!${c.cell}`;
      if (corpus.goldFields.some((g) => g.ref === ref)) throw new Error(`duplicate ref ${ref}`);
      const sheet = f.sheets.find((s) => s.name === c.sheet);
      if (!sheet) throw new Error(`no placeholder for sheet ${c.sheet} of ${f.file}`);
      corpus.goldFields.push({ ref, label: c.label, path: c.path, element: c.e, type: c.t, unit: c.u, layout: sheet.kind });
      if (!corpus.elementNames.has(c.e)) corpus.elementNames.set(c.e, c.path.map(clean).join('/'));
    });
    for (const s of f.sheets) if (!wb.getWorksheet(s.name)) throw new Error(`sheet ${s.name} of ${f.file} not written`);
    if (f.instructions) {
      const s = wb.addWorksheet('填表说明');
      f.instructions.forEach((t, i) => { s.getCell(`A${i + 1}`).value = t; });
      s.getColumn(1).width = 90;
    }
    for (const e of f.emptySheets ?? []) wb.addWorksheet(e);
    if (corpus.goldOnly) return;
    const out = path.join(corpus.outDir, 'forms', f.file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await wb.xlsx.writeFile(out);
  };
}

export interface Top {
  title: string;
  attach?: string;
  meta?: string;
  /** 表号 / 制定机关 … lines at the top right */
  stat?: string[];
}
/** title block; returns the first free row */
function writeTop(ws: ExcelJS.Worksheet, t: Top, lastCol: number): number {
  let row = 1;
  if (t.attach) { ws.getCell(row, 1).value = t.attach; ws.getCell(row, 1).font = { name: '黑体', size: 12 }; row++; }
  merge(ws, row, 1, row, lastCol);
  const c = ws.getCell(row, 1);
  c.value = t.title;
  c.font = { name: '宋体', size: 16, bold: true };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(row).height = 34;
  row++;
  for (const line of t.stat ?? []) {
    const from = Math.max(1, lastCol - 2);
    merge(ws, row, from, row, lastCol);
    ws.getCell(row, from).value = line;
    ws.getCell(row, from).font = { size: 9 };
    row++;
  }
  if (t.meta) {
    merge(ws, row, 1, row, lastCol);
    ws.getCell(row, 1).value = t.meta;
    ws.getCell(row, 1).font = { size: 10 };
    row++;
  }
  return row;
}
function writeBottom(ws: ExcelJS.Worksheet, row: number, lines: string[]): number {
  row++;
  for (const l of lines) { ws.getCell(row, 1).value = l; row++; }
  return row;
}
function boxRow(ws: ExcelJS.Worksheet, row: number, c1: number, c2: number) {
  for (let k = c1; k <= c2; k++) ws.getCell(row, k).border = border;
}

// ───────────── shape 1: row labels × indicators split into 本年 | 上年 ─────────────
export interface TwoLevelGrid extends Top {
  sheet: string;
  key: string;
  groups: Array<{ g: string; t: T; u: string | null; leaves: Array<{ l: string; e: string }> }>;
  rows: Array<{ l: string; k: string }>;
  prefix: string;
  codeRow?: boolean;
  total?: boolean;
  bottom?: string[];
}
export function twoLevelGrid(o: TwoLevelGrid): Writer {
  return (wb, add) => {
    const ws = wb.addWorksheet(o.sheet);
    const nLeaves = o.groups.reduce((n, g) => n + g.leaves.length, 0);
    const lastCol = 1 + nLeaves;
    let row = writeTop(ws, o, lastCol);
    merge(ws, row, 1, row + 1, 1);
    head(ws.getCell(row, 1), o.key);
    ws.getColumn(1).width = 16;
    let c = 2;
    const leafCols: Array<{ c: number; g: (typeof o.groups)[number]; l: string; e: string }> = [];
    for (const g of o.groups) {
      merge(ws, row, c, row, c + g.leaves.length - 1);
      head(ws.getCell(row, c), g.g);
      for (const lf of g.leaves) {
        head(ws.getCell(row + 1, c), lf.l);
        ws.getColumn(c).width = 11;
        leafCols.push({ c, g, l: lf.l, e: lf.e });
        c++;
      }
    }
    ws.getRow(row).height = 30;
    row += 2;
    if (o.codeRow) {
      ws.getCell(row, 1).value = '甲';
      leafCols.forEach((lc, i) => { ws.getCell(row, lc.c).value = i + 1; });
      for (let k = 1; k <= lastCol; k++) ws.getCell(row, k).alignment = { horizontal: 'center' };
      boxRow(ws, row, 1, lastCol);
      row++;
    }
    for (const r of o.rows) {
      ws.getCell(row, 1).value = r.l;
      boxRow(ws, row, 1, lastCol);
      for (const lc of leafCols) {
        add({ sheet: o.sheet, cell: `${colLetter(lc.c)}${row}`, label: clean(r.l + lc.l), path: [r.l, lc.g.g, lc.l],
          e: `${o.prefix}_${r.k}_${lc.e}`, t: lc.g.t, u: lc.g.u });
      }
      row++;
    }
    if (o.total) { ws.getCell(row, 1).value = '合计'; boxRow(ws, row, 1, lastCol); row++; }
    if (o.bottom) writeBottom(ws, row, o.bottom);
  };
}

// ───────────── shape 2: 类别 | 子类别 row labels (category merged down) ─────────────
export interface TwoColRowGrid extends Top {
  sheet: string;
  key: string;
  /** a group header over the value columns (carries no meaning) */
  group?: string;
  cats: Array<{ cat: string; subs: Array<{ l: string; k: string }> }>;
  cols: Array<{ l: string; e: string; t: T; u: string | null }>;
  prefix: string;
  total?: boolean;
  bottom?: string[];
}
export function twoColRowGrid(o: TwoColRowGrid): Writer {
  return (wb, add) => {
    const ws = wb.addWorksheet(o.sheet);
    const lastCol = 2 + o.cols.length;
    let row = writeTop(ws, o, lastCol);
    const hd = o.group ? 2 : 1;
    merge(ws, row, 1, row + hd - 1, 2);
    head(ws.getCell(row, 1), o.key);
    ws.getColumn(1).width = 12;
    ws.getColumn(2).width = 22;
    if (o.group) { merge(ws, row, 3, row, lastCol); head(ws.getCell(row, 3), o.group); }
    o.cols.forEach((col, i) => { head(ws.getCell(row + hd - 1, 3 + i), col.l); ws.getColumn(3 + i).width = 16; });
    row += hd;
    for (const cat of o.cats) {
      merge(ws, row, 1, row + cat.subs.length - 1, 1);
      ws.getCell(row, 1).value = cat.cat;
      ws.getCell(row, 1).alignment = { vertical: 'middle', horizontal: 'center' };
      for (const sub of cat.subs) {
        ws.getCell(row, 2).value = sub.l;
        boxRow(ws, row, 1, lastCol);
        o.cols.forEach((col, i) => {
          add({ sheet: o.sheet, cell: `${colLetter(3 + i)}${row}`, label: clean(cat.cat + sub.l + col.l),
            path: [cat.cat, sub.l, ...(o.group ? [o.group] : []), col.l], e: `${o.prefix}_${sub.k}_${col.e}`, t: col.t, u: col.u });
        });
        row++;
      }
    }
    if (o.total) { merge(ws, row, 1, row, 2); ws.getCell(row, 1).value = '合    计'; boxRow(ws, row, 1, lastCol); row++; }
    if (o.bottom) writeBottom(ws, row, o.bottom);
  };
}

// ───────────── shape 3: indicators down, 1月…12月 across ─────────────
export interface MonthGrid extends Top {
  sheet: string;
  key: string;
  unitHead: string;
  rows: Array<{ l: string; k: string; u: string; t: T }>;
  prefix: string;
  bottom?: string[];
}
export function monthGrid(o: MonthGrid): Writer {
  return (wb, add) => {
    const ws = wb.addWorksheet(o.sheet);
    const lastCol = 2 + 12;
    let row = writeTop(ws, o, lastCol);
    merge(ws, row, 1, row + 1, 1);
    head(ws.getCell(row, 1), o.key);
    merge(ws, row, 2, row + 1, 2);
    head(ws.getCell(row, 2), o.unitHead);
    merge(ws, row, 3, row, lastCol);
    head(ws.getCell(row, 3), '月        份');
    for (let m = 1; m <= 12; m++) { head(ws.getCell(row + 1, 2 + m), `${m}月`); ws.getColumn(2 + m).width = 7; }
    ws.getColumn(1).width = 24;
    row += 2;
    for (const r of o.rows) {
      ws.getCell(row, 1).value = r.l;
      ws.getCell(row, 2).value = r.u;
      boxRow(ws, row, 1, lastCol);
      for (let m = 1; m <= 12; m++) {
        add({ sheet: o.sheet, cell: `${colLetter(2 + m)}${row}`, label: clean(`${r.l}${m}月`), path: [r.l, '月份', `${m}月`],
          e: `${o.prefix}_${r.k}_${String(m).padStart(2, '0')}`, t: r.t, u: r.u });
      }
      row++;
    }
    if (o.bottom) writeBottom(ws, row, o.bottom);
  };
}

// ───────────── shape 4: the transposed grid (indicators down, objects across) ─────────────
export interface TransposedGrid extends Top {
  sheet: string;
  key: string;
  unitHead: string;
  group: string;
  objects: Array<{ l: string; k: string }>;
  rows: Array<{ l: string; e: string; u: string; t: T }>;
  prefix: string;
  bottom?: string[];
}
export function transposedGrid(o: TransposedGrid): Writer {
  return (wb, add) => {
    const ws = wb.addWorksheet(o.sheet);
    const lastCol = 2 + o.objects.length;
    let row = writeTop(ws, o, lastCol);
    merge(ws, row, 1, row + 1, 1);
    head(ws.getCell(row, 1), o.key);
    merge(ws, row, 2, row + 1, 2);
    head(ws.getCell(row, 2), o.unitHead);
    merge(ws, row, 3, row, lastCol);
    head(ws.getCell(row, 3), o.group);
    o.objects.forEach((ob, i) => { head(ws.getCell(row + 1, 3 + i), ob.l); ws.getColumn(3 + i).width = 12; });
    ws.getColumn(1).width = 30;
    row += 2;
    for (const r of o.rows) {
      ws.getCell(row, 1).value = r.l;
      ws.getCell(row, 2).value = r.u;
      boxRow(ws, row, 1, lastCol);
      o.objects.forEach((ob, i) => {
        add({ sheet: o.sheet, cell: `${colLetter(3 + i)}${row}`, label: clean(r.l + ob.l), path: [r.l, o.group, ob.l],
          e: `${o.prefix}_${ob.k}_${r.e}`, t: r.t, u: r.u });
      });
      row++;
    }
    if (o.bottom) writeBottom(ws, row, o.bottom);
  };
}

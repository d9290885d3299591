/**
 * blind17 writers for the grid shapes the kit's GridSheet does not write. Each custom form is a whole workbook
 * written here; its gold is pushed into the kit corpus's goldFields (same GoldField shape, layout 'grid'), so the
 * kit's retirement rule and gold.json assembly treat it like any other form.
 *
 * Shapes:
 *  - catGrid:   row labels in two columns (类别 | 作物名称, the category merged down its rows), a 代码 column and a
 *               甲 乙 丙 1 2 3 code row, a 合计 row merged across the label columns;
 *  - axisGrid:  indicators down the rows with a 单位 column, the keys (社 of the village, or 月份 grouped by 季度)
 *               across the columns under a merged group header, a trailing 合计 column (a sum, not a field).
 *               Used twice: the transposed 社 grid (mode 'flat') and the 1月…12月 grid with quarter groups
 *               (mode 'quarters', units in the row labels, no 单位 column).
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { colLetter, type Corpus, type Freq, type GoldField, type T } from '../blind4/kit';

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const clean = (s: string) => s.replace(/\s+/g, '');
function head(c: ExcelJS.Cell, v: string) {
  c.value = v;
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}

export interface XForm {
  file: string;
  dept: string;
  freq: Freq;
  title: string;
  catalog?: false | string;
  /** sheet name of the only sheet */
  sheet: string;
  spec: CatGridSpec | AxisGridSpec;
}
interface Common {
  meta?: string;
  stat?: { code: string; org: string; approval: string };
  footer?: string;
  note?: string;
  prefix: string;
}
export interface CatGridSpec extends Common {
  kind: 'cat';
  /** [category head, row-label head, code head] */
  heads: [string, string, string];
  cats: Array<{ cat: string; rows: Array<{ l: string; k: string }> }>;
  cols: Array<{ l: string; e: string; t: T; u: string | null }>;
  codeRow?: boolean;
  total?: string;
}
export interface AxisGridSpec extends Common {
  kind: 'axis';
  keyHead: string;
  /** a 单位 column after the row label (flat mode) */
  unitHead?: string;
  rows: Array<{ l: string; k: string; t: T; u: string | null }>;
  /** the keys across: one group (flat) or several groups (quarters) */
  groups: Array<{ g: string; cols: Array<{ l: string; k: string }> }>;
  /** a group header above the groups (e.g. 2025年 over the quarters); absent in flat mode */
  top?: string;
  totalCol?: string;
}

type Add = (sheet: string, cell: string, label: string, p: string[], e: string, t: T, u: string | null) => void;

function preamble(ws: ExcelJS.Worksheet, f: XForm, ncols: number): number {
  const last = colLetter(ncols);
  let row = 1;
  ws.mergeCells(`A${row}:${last}${row}`);
  ws.getCell(`A${row}`).value = f.title;
  ws.getCell(`A${row}`).font = { name: '宋体', size: 16, bold: true };
  ws.getCell(`A${row}`).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  ws.getRow(row).height = 34;
  row++;
  const s = f.spec;
  if (s.stat) {
    const from = colLetter(Math.max(1, ncols - 2));
    for (const line of [`表    号：${s.stat.code}`, `制定机关：${s.stat.org}`, `批准文号：${s.stat.approval}`, '有效期至：2026年12月']) {
      ws.mergeCells(`${from}${row}:${last}${row}`);
      ws.getCell(`${from}${row}`).value = line;
      ws.getCell(`${from}${row}`).font = { size: 9 };
      row++;
    }
  }
  if (s.meta) {
    ws.mergeCells(`A${row}:${last}${row}`);
    ws.getCell(`A${row}`).value = s.meta;
    ws.getCell(`A${row}`).font = { size: 10 };
    row++;
  }
  return row;
}
function tail(ws: ExcelJS.Worksheet, s: Common, row: number) {
  if (s.footer) { row++; ws.getCell(row, 1).value = s.footer; row++; }
  if (s.note) { ws.getCell(row, 1).value = s.note; row++; }
}

function writeCat(ws: ExcelJS.Worksheet, f: XForm, s: CatGridSpec, add: Add) {
  const ncols = 3 + s.cols.length;
  let row = preamble(ws, f, ncols);
  s.heads.forEach((h, i) => head(ws.getCell(row, i + 1), h));
  s.cols.forEach((c, i) => head(ws.getCell(row, 4 + i), c.l));
  ws.getRow(row).height = 30;
  ws.getColumn(1).width = 12;
  ws.getColumn(2).width = 22;
  ws.getColumn(3).width = 6;
  for (let i = 0; i < s.cols.length; i++) ws.getColumn(4 + i).width = 16;
  row++;
  if (s.codeRow) {
    ['甲', '乙', '丙', ...s.cols.map((_, i) => String(i + 1))].forEach((v, i) => {
      ws.getCell(row, i + 1).value = v;
      ws.getCell(row, i + 1).alignment = { horizontal: 'center' };
      ws.getCell(row, i + 1).border = border;
    });
    row++;
  }
  let code = 1;
  for (const cat of s.cats) {
    const r0 = row;
    for (const r of cat.rows) {
      ws.getCell(row, 2).value = r.l;
      ws.getCell(row, 3).value = String(code++).padStart(2, '0');
      for (let c = 1; c <= ncols; c++) ws.getCell(row, c).border = border;
      s.cols.forEach((c, i) => {
        add(f.sheet, `${colLetter(4 + i)}${row}`, clean(r.l + c.l), [cat.cat, r.l, c.l], `${s.prefix}_${r.k}_${c.e}`, c.t, c.u);
      });
      row++;
    }
    if (row - 1 > r0) ws.mergeCells(r0, 1, row - 1, 1);
    ws.getCell(r0, 1).value = cat.cat;
    ws.getCell(r0, 1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    ws.getCell(r0, 1).font = { bold: true };
  }
  if (s.total) {
    ws.mergeCells(row, 1, row, 3);
    ws.getCell(row, 1).value = s.total;
    ws.getCell(row, 1).alignment = { horizontal: 'center' };
    for (let c = 1; c <= ncols; c++) ws.getCell(row, c).border = border;
    row++;
  }
  tail(ws, s, row);
}

function writeAxis(ws: ExcelJS.Worksheet, f: XForm, s: AxisGridSpec, add: Add) {
  const lead = s.unitHead ? 2 : 1;
  const nkeys = s.groups.reduce((n, g) => n + g.cols.length, 0);
  const ncols = lead + nkeys + (s.totalCol ? 1 : 0);
  let row = preamble(ws, f, ncols);
  const depth = (s.top ? 1 : 0) + 2;
  const h0 = row;
  const hLeaf = h0 + depth - 1;
  ws.mergeCells(h0, 1, hLeaf, 1);
  head(ws.getCell(h0, 1), s.keyHead);
  ws.getColumn(1).width = 26;
  if (s.unitHead) { ws.mergeCells(h0, 2, hLeaf, 2); head(ws.getCell(h0, 2), s.unitHead); ws.getColumn(2).width = 8; }
  if (s.top) {
    ws.mergeCells(h0, lead + 1, h0, lead + nkeys);
    head(ws.getCell(h0, lead + 1), s.top);
  }
  const gRow = s.top ? h0 + 1 : h0;
  const keyCols: Array<{ c: number; l: string; k: string; g: string }> = [];
  let c = lead + 1;
  for (const g of s.groups) {
    if (g.cols.length > 1) ws.mergeCells(gRow, c, gRow, c + g.cols.length - 1);
    head(ws.getCell(gRow, c), g.g);
    for (const k of g.cols) {
      head(ws.getCell(hLeaf, c), k.l);
      ws.getColumn(c).width = 9;
      keyCols.push({ c, l: k.l, k: k.k, g: g.g });
      c++;
    }
  }
  if (s.totalCol) { ws.mergeCells(h0, c, hLeaf, c); head(ws.getCell(h0, c), s.totalCol); ws.getColumn(c).width = 10; }
  for (let r = h0; r <= hLeaf; r++) ws.getRow(r).height = 22;
  row = hLeaf + 1;
  for (const r of s.rows) {
    ws.getCell(row, 1).value = r.l;
    if (s.unitHead) { ws.getCell(row, 2).value = r.u ?? '—'; ws.getCell(row, 2).alignment = { horizontal: 'center' }; }
    for (let cc = 1; cc <= ncols; cc++) ws.getCell(row, cc).border = border;
    for (const k of keyCols) {
      const p = s.top ? [r.l, s.top, k.g, k.l] : [r.l, k.g, k.l];
      add(f.sheet, `${colLetter(k.c)}${row}`, clean(r.l + k.l), p, `${s.prefix}_${k.k}_${r.k}`, r.t, r.u);
    }
    row++;
  }
  tail(ws, s, row);
}

/** write the custom forms (unless goldOnly) and push their gold into the corpus */
export async function writeXForms(corpus: Corpus, forms: XForm[]) {
  for (const f of forms) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Administrator';
    const ws = wb.addWorksheet(f.sheet);
    const add: Add = (sheet, cell, label, p, e, t, u) => {
      const ref = `${f.file}#${sheet}!${cell}`;
      if (corpus.goldFields.some((g) => g.ref === ref)) throw new Error(`duplicate ref ${ref}`);
      const gf: GoldField = { ref, label, path: p, element: e, type: t, unit: u, layout: 'grid' };
      corpus.goldFields.push(gf);
      if (!corpus.elementNames.has(e)) corpus.elementNames.set(e, p.map(clean).join('/'));
    };
    if (f.spec.kind === 'cat') writeCat(ws, f, f.spec, add);
    else writeAxis(ws, f, f.spec, add);
    if (corpus.goldOnly) continue;
    const out = path.join(corpus.outDir, 'forms', f.file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await wb.xlsx.writeFile(out);
  }
}

/**
 * blind18 extras: grid shapes the kit's GridSheet does not write, and the finishing step that merges the kit's
 * forms with these into one catalog, one gold.json (the kit's retirement rule over all forms) and the README.
 *
 * XGridSheet shapes (all written here, not by the kit):
 *  - row labels in several columns (类别 | 子类别, the category merged down over its sub-rows);
 *  - the transposed grid: 序号 | 指标 | 计量单位 down the left, the places (小区 / 网格 / 社区) across, a 合计 column;
 *  - months across (1月 … 12月) with a 全年合计 column;
 *  - two-level indicator columns (男 | 女 | 小计 under each indicator) with 小计 columns that are not fields.
 * A leaf whose element is `-` is a column that is written but is not a field (小计, 合计, 全年合计).
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { Corpus, colLetter, type Form, type Freq, type GoldField, type Grp, type Leaf, type Node, type T } from '../blind4/kit';

export const NF = '-';
export interface XRow {
  /** values of the row-label columns; null = merged into the cell above (a category spanning its sub-rows) */
  cells: Array<string | null>;
  /** gold row label (the leaf row label) and the row part of the gold path */
  label: string;
  path: string[];
  k: string;
  /** a unit stated by the row (计量单位 column or a bracket on the row label) wins over the column's */
  u?: string | null;
  t?: T;
}
export interface XGridSheet {
  name: string;
  title?: string;
  attach?: string;
  meta?: string;
  stat?: { code: string; org: string; approval?: string; valid?: string };
  source?: string;
  rowHead: string[];
  rows: XRow[];
  cols: Node[];
  elem: (rowK: string, colE: string) => string;
  totalRow?: string;
  footer?: string;
  note?: string;
  /** 甲 乙 … 1 2 3 code row under the header */
  codeRow?: boolean;
}
export interface XForm {
  x: true;
  file: string;
  dept: string;
  freq: Freq;
  title?: string;
  catalog?: false | string;
  sheets: XGridSheet[];
  instructions?: string[];
}
export type AnyForm = Form | XForm;
export const isX = (f: AnyForm): f is XForm => (f as XForm).x === true;

const FREQ_ZH: Record<Freq, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const isLeaf = (n: Node): n is Leaf => (n as Leaf).l !== undefined;
const depth = (n: Node): number => (isLeaf(n) ? 1 : 1 + Math.max(...(n as Grp).c.map(depth)));
const width = (n: Node): number => (isLeaf(n) ? 1 : (n as Grp).c.reduce((s, c) => s + width(c), 0));
const clean = (s: string) => s.replace(/\s+/g, '');
function hdr(c: ExcelJS.Cell) {
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}

function writeXSheet(f: XForm, s: XGridSheet, ws: ExcelJS.Worksheet, first: boolean, gold: GoldField[]) {
  const nHead = s.rowHead.length;
  const nCols = nHead + s.cols.reduce((n, x) => n + width(x), 0);
  const last = colLetter(nCols);
  let row = 1;
  if (s.attach) { ws.getCell(row, 1).value = s.attach; ws.getCell(row, 1).font = { name: '黑体', size: 12 }; row++; }
  const title = s.title ?? (first ? f.title : undefined);
  if (title) {
    ws.mergeCells(`A${row}:${last}${row}`);
    const c = ws.getCell(row, 1);
    c.value = title;
    c.font = { name: '宋体', size: 16, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(row).height = 30;
    row++;
  }
  if (s.source) { ws.mergeCells(`A${row}:${last}${row}`); ws.getCell(row, 1).value = s.source; row++; }
  if (s.stat) {
    const lines = [`表    号：${s.stat.code}`, `制定机关：${s.stat.org}`, `批准文号：${s.stat.approval ?? 'X统制〔2021〕3号'}`, `有效期至：${s.stat.valid ?? '2026年12月'}`];
    const from = colLetter(Math.max(1, nCols - 2));
    for (const line of lines) {
      ws.mergeCells(`${from}${row}:${last}${row}`);
      ws.getCell(`${from}${row}`).value = line;
      ws.getCell(`${from}${row}`).font = { size: 9 };
      row++;
    }
  }
  if (s.meta) { ws.mergeCells(`A${row}:${last}${row}`); ws.getCell(row, 1).value = s.meta; ws.getCell(row, 1).font = { size: 10 }; row++; }

  // header
  const top = row;
  const D = Math.max(...s.cols.map(depth));
  s.rowHead.forEach((h, i) => {
    if (D > 1) ws.mergeCells(top, i + 1, top + D - 1, i + 1);
    ws.getCell(top, i + 1).value = h;
    hdr(ws.getCell(top, i + 1));
    ws.getColumn(i + 1).width = /序号/.test(h) ? 6 : /单位/.test(h) ? 9 : 18;
  });
  const leafCols: Array<{ c: number; leaf: Leaf; parents: string[] }> = [];
  const place = (n: Node, r: number, cc: number, parents: string[]) => {
    if (isLeaf(n)) {
      if (r < top + D - 1) ws.mergeCells(r, cc, top + D - 1, cc);
      ws.getCell(r, cc).value = n.l;
      hdr(ws.getCell(r, cc));
      ws.getColumn(cc).width = Math.max(8, Math.min(16, n.l.length * 2));
      leafCols.push({ c: cc, leaf: n, parents });
      return;
    }
    const g = n as Grp;
    const w = width(g);
    if (w > 1) ws.mergeCells(r, cc, r, cc + w - 1);
    ws.getCell(r, cc).value = g.g;
    hdr(ws.getCell(r, cc));
    let x = cc;
    for (const ch of g.c) { place(ch, r + 1, x, [...parents, g.g]); x += width(ch); }
  };
  let c = nHead + 1;
  for (const n of s.cols) { place(n, top, c, []); c += width(n); }
  for (let r = top; r < top + D; r++) ws.getRow(r).height = 26;
  row = top + D;
  if (s.codeRow) {
    const zh = ['甲', '乙', '丙', '丁'];
    s.rowHead.forEach((_, i) => { ws.getCell(row, i + 1).value = zh[i]; });
    leafCols.forEach((lc, i) => { ws.getCell(row, lc.c).value = i + 1; });
    for (let k = 1; k <= nCols; k++) { ws.getCell(row, k).border = border; ws.getCell(row, k).alignment = { horizontal: 'center' }; }
    row++;
  }
  // body
  const start: Array<number | undefined> = s.rowHead.map(() => undefined);
  const closeMerge = (i: number, endRow: number) => {
    const st = start[i];
    if (st !== undefined && endRow > st) ws.mergeCells(st, i + 1, endRow, i + 1);
  };
  for (const rl of s.rows) {
    rl.cells.forEach((v, i) => {
      if (v === null) return;
      closeMerge(i, row - 1);
      start[i] = row;
      const cell = ws.getCell(row, i + 1);
      cell.value = v;
      cell.alignment = { vertical: 'middle', wrapText: true, horizontal: /序号/.test(s.rowHead[i]) || /单位/.test(s.rowHead[i]) ? 'center' : 'left' };
    });
    for (let k = 1; k <= nCols; k++) ws.getCell(row, k).border = border;
    for (const lc of leafCols) {
      if (lc.leaf.e === NF) continue;
      const ref = `${f.file}#${s.name}!${colLetter(lc.c)}${row}`;
      if (gold.some((g) => g.ref === ref)) throw new Error(`duplicate ref ${ref}`);
      gold.push({
        ref, label: clean(rl.label + lc.leaf.l), path: [...rl.path, ...lc.parents, lc.leaf.l], element: s.elem(rl.k, lc.leaf.e),
        type: rl.t ?? lc.leaf.t, unit: rl.u !== undefined ? rl.u : lc.leaf.u, layout: 'grid',
      });
    }
    row++;
  }
  s.rowHead.forEach((_, i) => closeMerge(i, row - 1));
  if (s.totalRow) {
    if (nHead > 1) ws.mergeCells(row, 1, row, nHead);
    ws.getCell(row, 1).value = s.totalRow;
    ws.getCell(row, 1).alignment = { horizontal: 'center' };
    for (let k = 1; k <= nCols; k++) ws.getCell(row, k).border = border;
    row++;
  }
  if (s.footer) { row++; ws.getCell(row, 1).value = s.footer; row++; }
  if (s.note) { ws.getCell(row, 1).value = s.note; row++; }
}

export async function writeXForm(f: XForm, outDir: string, gold: GoldField[], goldOnly: boolean) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Administrator';
  wb.created = new Date('2024-03-01T08:00:00Z');
  wb.modified = new Date('2024-03-01T08:00:00Z');
  f.sheets.forEach((s, i) => writeXSheet(f, s, wb.addWorksheet(s.name), i === 0, gold));
  if (f.instructions) {
    const s = wb.addWorksheet('填表说明');
    f.instructions.forEach((t, i) => { s.getCell(`A${i + 1}`).value = t; });
    s.getColumn(1).width = 90;
  }
  if (goldOnly) return;
  const out = path.join(outDir, 'forms', f.file);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
}

const asForm = (f: AnyForm): Form => (isX(f) ? { file: f.file, dept: f.dept, freq: f.freq, title: f.title, catalog: f.catalog, sheets: [] } : f);
const layoutOf = (f: AnyForm) => (isX(f) ? 'grid' : f.sheets[0].kind);

/** builds everything: the kit writes its forms, this file writes the XForms, then one catalog, gold.json and README */
export async function buildAll(name: string, outDir: string, all: AnyForm[], catalogExtra: Array<[string, string, string, string]>,
  readme: (g: Summary) => string) {
  const kitForms = all.filter((f): f is Form => !isX(f));
  const kit = new Corpus(name, outDir, kitForms, catalogExtra);
  await kit.build();
  const xGold: GoldField[] = [];
  for (const f of all) if (isX(f)) await writeXForm(f, outDir, xGold, kit.goldOnly);
  // fields in the order of the forms list
  const byFile = new Map<string, GoldField[]>();
  for (const g of [...kit.goldFields, ...xGold]) {
    const file = g.ref.split('#')[0];
    if (!byFile.has(file)) byFile.set(file, []);
    byFile.get(file)!.push(g);
  }
  const fields = all.flatMap((f) => byFile.get(f.file) ?? []);
  const names = new Map<string, string>();
  for (const g of fields) if (!names.has(g.element)) names.set(g.element, g.element.startsWith('remark:') ? '备注' : g.path.map(clean).join('/'));
  const rc = new Corpus(name, outDir, all.map(asForm), []);
  rc.goldFields.push(...fields);
  const retirement = rc.retirement();
  const gold = {
    corpus: name, formsDir: 'forms', catalog: '报表清单.xlsx',
    forms: all.map((f) => ({ file: f.file, title: f.title, department: f.dept, frequency: f.freq, layout: layoutOf(f) })),
    fields,
    elements: [...names].map(([id, n]) => ({ id, name: n })),
    retirement,
  };
  fs.writeFileSync(path.join(outDir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
  if (!kit.goldOnly) {
    const wb = new ExcelJS.Workbook();
    wb.created = new Date('2024-03-01T08:00:00Z');
    wb.modified = new Date('2024-03-01T08:00:00Z');
    const ws = wb.addWorksheet('报表清单');
    ws.addRow(['序号', '文件名', '报表名称', '主管部门', '填报频次', '填报对象']);
    let i = 1;
    for (const f of all) {
      if (f.catalog === false) continue;
      ws.addRow([i++, path.basename(f.file), typeof f.catalog === 'string' ? f.catalog : (f.title ?? '').replace(/^\d{4}年(度)?/, ''), f.dept, FREQ_ZH[f.freq], '社区（村）']);
    }
    for (const [file, title, dept, freq] of catalogExtra) ws.addRow([i++, file, title, dept, freq, '社区（村）']);
    ws.columns.forEach((c) => { c.width = 32; });
    await wb.xlsx.writeFile(path.join(outDir, '报表清单.xlsx'));
  }
  // summary
  const perForm = new Map<string, Set<string>>();
  for (const g of fields) {
    if (g.element.startsWith('remark:')) continue;
    const file = g.ref.split('#')[0];
    if (!perForm.has(g.element)) perForm.set(g.element, new Set());
    perForm.get(g.element)!.add(file);
  }
  const byLayout: Record<string, number> = { columns: 0, 'indicator-rows': 0, grid: 0 };
  for (const g of fields) byLayout[g.layout]++;
  const shared = [...perForm.values()].filter((s) => s.size >= 2).length;
  const summary: Summary = {
    forms: all.length, offices: new Set(all.map((f) => f.dept)).size, fields: fields.length, byLayout,
    elements: names.size, nonRemark: perForm.size, shared, absent: all.filter((f) => f.catalog === false).map((f) => f.file),
    extra: catalogExtra.map((e) => e[0]), retirement, all, fieldsOf: (file) => (byFile.get(file) ?? []).length,
    layoutOf: (f) => layoutOf(f),
  };
  fs.writeFileSync(path.join(outDir, 'README.md'), readme(summary));
  console.error(`ALL: ${summary.forms} forms from ${summary.offices} offices, ${summary.fields} fields (columns ${byLayout.columns}, indicator-rows ${byLayout['indicator-rows']}, grid ${byLayout.grid}), ${summary.elements} elements (${summary.nonRemark} non-备注, ${shared} shared by ≥2 forms = ${(100 * shared / summary.nonRemark).toFixed(1)}%), ${summary.absent.length} absent from the catalog`);
  console.error(`ALL full ${retirement.full.length}: ${retirement.full.join(', ')}`);
  console.error(`ALL partial ${retirement.partial.length}: ${retirement.partial.map((p) => `${p} (${retirement.coverage[p]})`).join(', ')}`);
}

export interface Summary {
  forms: number; offices: number; fields: number; byLayout: Record<string, number>; elements: number; nonRemark: number; shared: number;
  absent: string[]; extra: string[]; retirement: ReturnType<Corpus['retirement']>; all: AnyForm[]; fieldsOf: (file: string) => number;
  layoutOf: (f: AnyForm) => string;
}

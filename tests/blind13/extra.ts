/**
 * Grid shapes the blind4 kit does not write, for tests/blind13. The kit's Corpus writes every sheet; Corpus13 hands
 * the sheets made with `X(...)` to writeX below and records their gold through the kit's own recorder, so the gold,
 * the catalog and the retirement rule stay the kit's.
 *
 * writeX draws a grid with
 *   - one or two row-label columns (类别 | 子类别, the category merged down over its rows),
 *   - an optional 计量单位 column between the row labels and the values (the row's unit wins over the column's),
 *   - one- or two-level column headers (本月 | 累计 under an indicator, 1月…12月 under 月份, villages under 村名),
 *   - an optional 甲 乙 1 2 3 code row, a 合计 row and a 合计 column (neither is a field),
 *   - the kit's title / 表号 block / meta / footer / note lines.
 * A field's ref is the value cell; its label is row label + leaf column label (whitespace removed); its path is
 * [category, row label, column group…, leaf column label]; its element is `el(row, leaf)`.
 */
import type ExcelJS from 'exceljs';
import { colLetter, Corpus, type Form, type GridSheet, type Leaf, type Node, type Sheet, type T } from '../blind4/kit';

export interface XRow { l: string; k: string; cat?: string; u?: string | null; t?: T }
export interface XSpec {
  /** header text of each row-label column (one or two), e.g. ['类  别', '险  种'] */
  corner: string[];
  /** header of a unit column after the row labels */
  unitCol?: string;
  rows: XRow[];
  cols: Node[];
  el: (r: XRow, leaf: Leaf) => string;
  codeRow?: boolean;
  total?: boolean;
  totalCol?: string;
}
interface Base { name: string; title?: string; attach?: string; meta?: string; stat?: GridSheet['stat']; source?: string; footer?: boolean | string; note?: string; startCol?: number; blankTop?: number }
export type XSheet = GridSheet & { x: XSpec };
/** a grid sheet drawn by writeX (its layout is `grid`) */
export const X = (base: Base, x: XSpec): XSheet => ({ kind: 'grid', key: '', rows: [], cols: [], prefix: '', ...base, x });

type Gold = (cell: string, label: string, path: string[], leaf: { e: string; t: T; u: string | null }) => void;
const isLeaf = (n: Node): n is Leaf => (n as Leaf).l !== undefined;
const depth = (n: Node): number => (isLeaf(n) ? 1 : 1 + Math.max(...n.c.map(depth)));
const width = (n: Node): number => (isLeaf(n) ? 1 : n.c.reduce((s, c) => s + width(c), 0));
const clean = (s: string) => s.replace(/\s+/g, '');
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function head(c: ExcelJS.Cell) {
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}

export function writeX(f: Form, s: XSheet, ws: ExcelJS.Worksheet, first: boolean, gold: Gold) {
  const x = s.x;
  const c0 = 1 + (s.startCol ?? 0);
  const nLab = x.corner.length;
  const nFix = nLab + (x.unitCol ? 1 : 0);
  const nVal = x.cols.reduce((n, c) => n + width(c), 0);
  const lastCol = c0 + nFix + nVal - 1 + (x.totalCol ? 1 : 0);
  const first0 = colLetter(c0);
  const last = colLetter(lastCol);
  let row = 1 + (s.blankTop ?? 0);
  const title = s.title ?? (first ? f.title : undefined);
  if (s.attach) { ws.getCell(row, c0).value = s.attach; ws.getCell(row, c0).font = { name: '黑体', size: 12 }; row++; }
  if (title) {
    ws.mergeCells(`${first0}${row}:${last}${row}`);
    const c = ws.getCell(row, c0);
    c.value = title;
    c.font = { name: '宋体', size: 16, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(row).height = 32;
    row++;
  }
  if (s.source) { ws.mergeCells(`${first0}${row}:${last}${row}`); ws.getCell(row, c0).value = s.source; ws.getCell(row, c0).alignment = { horizontal: 'center' }; row++; }
  if (s.stat) {
    const lines = [`表    号：${s.stat.code}`, `制定机关：${s.stat.org}`, `批准文号：${s.stat.approval ?? '县统制〔2019〕2号'}`, '有效期至：2027年12月'];
    const from = colLetter(Math.max(c0, lastCol - 2));
    for (const line of lines) { ws.mergeCells(`${from}${row}:${last}${row}`); ws.getCell(`${from}${row}`).value = line; ws.getCell(`${from}${row}`).font = { size: 9 }; row++; }
  }
  if (s.meta) { ws.mergeCells(`${first0}${row}:${last}${row}`); ws.getCell(row, c0).value = s.meta; ws.getCell(row, c0).font = { size: 10 }; row++; }

  // header
  const top = row;
  const D = Math.max(...x.cols.map(depth));
  const fixed = [...x.corner, ...(x.unitCol ? [x.unitCol] : [])];
  fixed.forEach((h, i) => {
    if (D > 1) ws.mergeCells(top, c0 + i, top + D - 1, c0 + i);
    ws.getCell(top, c0 + i).value = h;
    head(ws.getCell(top, c0 + i));
    ws.getColumn(c0 + i).width = i < nLab ? 16 : 8;
  });
  const leafCols: Array<{ c: number; leaf: Leaf; parents: string[] }> = [];
  const place = (n: Node, r: number, cc: number, parents: string[]) => {
    if (isLeaf(n)) {
      if (r < top + D - 1) ws.mergeCells(r, cc, top + D - 1, cc);
      ws.getCell(r, cc).value = n.l;
      head(ws.getCell(r, cc));
      ws.getColumn(cc).width = Math.max(7, Math.min(16, n.l.length * 2));
      leafCols.push({ c: cc, leaf: n, parents });
      return;
    }
    const w = width(n);
    if (w > 1) ws.mergeCells(r, cc, r, cc + w - 1);
    ws.getCell(r, cc).value = n.g;
    head(ws.getCell(r, cc));
    let xx = cc;
    for (const ch of n.c) { place(ch, r + 1, xx, [...parents, n.g]); xx += width(ch); }
  };
  let c = c0 + nFix;
  for (const n of x.cols) { place(n, top, c, []); c += width(n); }
  if (x.totalCol) {
    if (D > 1) ws.mergeCells(top, c, top + D - 1, c);
    ws.getCell(top, c).value = x.totalCol;
    head(ws.getCell(top, c));
  }
  for (let r = top; r < top + D; r++) ws.getRow(r).height = 24;
  row = top + D;
  if (x.codeRow) {
    fixed.forEach((_, i) => { ws.getCell(row, c0 + i).value = ['甲', '乙', '丙'][i]; });
    leafCols.forEach((lc, i) => { ws.getCell(row, lc.c).value = i + 1; });
    for (let k = c0; k <= lastCol; k++) { ws.getCell(row, k).alignment = { horizontal: 'center' }; ws.getCell(row, k).border = border; }
    row++;
  }
  // body
  let catStart = row;
  x.rows.forEach((r, i) => {
    if (nLab > 1) {
      const prev = x.rows[i - 1];
      if (!prev || prev.cat !== r.cat) catStart = row;
      const next = x.rows[i + 1];
      if (!next || next.cat !== r.cat) {
        if (row > catStart) ws.mergeCells(catStart, c0, row, c0);
        ws.getCell(catStart, c0).value = r.cat ?? '';
        ws.getCell(catStart, c0).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      }
    }
    ws.getCell(row, c0 + nLab - 1).value = r.l;
    if (x.unitCol) { ws.getCell(row, c0 + nLab).value = r.u ?? '—'; ws.getCell(row, c0 + nLab).alignment = { horizontal: 'center' }; }
    for (let k = c0; k <= lastCol; k++) ws.getCell(row, k).border = border;
    for (const lc of leafCols) {
      gold(`${colLetter(lc.c)}${row}`, clean(r.l + lc.leaf.l), [...(r.cat ? [r.cat] : []), r.l, ...lc.parents, lc.leaf.l],
        { e: x.el(r, lc.leaf), t: r.t ?? lc.leaf.t, u: r.u !== undefined ? r.u : lc.leaf.u });
    }
    row++;
  });
  if (x.total) {
    if (nLab > 1) ws.mergeCells(row, c0, row, c0 + nLab - 1);
    ws.getCell(row, c0).value = '合    计';
    ws.getCell(row, c0).alignment = { horizontal: 'center' };
    for (let k = c0; k <= lastCol; k++) ws.getCell(row, k).border = border;
    row++;
  }
  if (s.footer) {
    row++;
    ws.getCell(row, c0).value = typeof s.footer === 'string' ? s.footer : '单位负责人：            填表人：            联系电话：            报出日期：    年  月  日';
    row++;
  }
  if (s.note) { ws.getCell(row, c0).value = s.note; row++; }
}

type WriteSheet = (f: Form, s: Sheet, ws: ExcelJS.Worksheet, first: boolean, dictRange: unknown) => void;
type AddGold = (f: Form, sheet: string, cell: string, label: string, p: string[], leaf: { e: string; t: T; u: string | null }) => void;

/** the kit's Corpus, with `X(...)` sheets drawn by writeX */
export class Corpus13 extends Corpus {
  constructor(...args: ConstructorParameters<typeof Corpus>) {
    super(...args);
    const self = this as unknown as { writeSheet: WriteSheet; addGold: AddGold };
    const kitWrite = self.writeSheet.bind(this);
    const addGold = self.addGold.bind(this);
    self.writeSheet = (f, s, ws, first, dictRange) => {
      if ('x' in s) writeX(f, s as XSheet, ws, first, (cell, label, p, leaf) => addGold(f, s.name, cell, label, p, leaf));
      else kitWrite(f, s, ws, first, dictRange);
    };
  }
}

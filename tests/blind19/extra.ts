/**
 * blind19 grid shapes the kit's GridSheet lacks. A sheet written here is still a kit `grid` sheet (so the kit
 * records its layout, title, meta, 表号 block, footer and note) but carries an `x` spec; the kit's grid writer is
 * wrapped so that such a sheet's table is written by `writeXGrid` below:
 *
 *  - two columns of row labels (类别 | 子类别, the category merged down its sub-rows), e.g. 血防 查螺 环境类型;
 *  - row labels + a 计量单位 column (indicators down the rows) with villages or months across the columns
 *    (the transposed grid; 1月…12月 across), optionally a 合计 / 全年 column that is not a field;
 *  - two-level column headers (each indicator split into 男 | 女) with a 甲 乙 1 2 3 code row and a 合计 column;
 *  - an optional 合计 row (not a field).
 *
 * Gold for a field: label = (category +) row label + leaf column label (whitespace removed), path = [category?, row
 * label, column groups…, leaf column label]; element = spec.elem(row key, leaf key); type = row type ?? column type;
 * unit = row unit (when the row states one) ?? column unit.
 */
import type ExcelJS from 'exceljs';
import { Corpus, L, colLetter, type Form, type GridSheet, type Node, type Leaf, type T } from '../blind4/kit';

export interface XRow { cat?: string; l: string; k: string; u?: string | null; t?: T; unitText?: string }
export interface XSpec {
  /** header texts of the row-label columns (1 or 2); `headMerged` writes one text over both */
  rowHead: string[];
  headMerged?: string;
  /** the second row-label column is a 计量单位 column (unitText or u is written in it) */
  unitCol?: boolean;
  rows: XRow[];
  cols: Node[];
  elem: (rowKey: string, colKey: string) => string;
  codeRow?: boolean;
  totalCol?: string;
  totalRow?: string;
}
export type XGridSheet = GridSheet & { x: XSpec };

const isLeaf = (n: Node): n is Leaf => (n as Leaf).l !== undefined;
const depth = (n: Node): number => (isLeaf(n) ? 1 : 1 + Math.max(...n.c.map(depth)));
const width = (n: Node): number => (isLeaf(n) ? 1 : n.c.reduce((s, c) => s + width(c), 0));
const leafCount = (ns: Node[]) => ns.reduce((s, n) => s + width(n), 0);
const clean = (s: string) => s.replace(/\s+/g, '');
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function head(c: ExcelJS.Cell, v: string) {
  c.value = v;
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}

/** build a kit grid sheet that carries an x spec (cols are placeholders so the kit's title spans the table) */
export function XG(base: Omit<GridSheet, 'kind' | 'key' | 'rows' | 'cols' | 'prefix'>, x: XSpec): XGridSheet {
  const n = x.rowHead.length - 1 + leafCount(x.cols) + (x.totalCol ? 1 : 0);
  return {
    ...base, kind: 'grid', key: x.headMerged ?? x.rowHead[0], prefix: 'x',
    rows: x.rows.map((r) => ({ l: r.l, k: r.k })),
    cols: Array.from({ length: n }, (_, i) => L(`_${i}`, `_${i}`)),
    x,
  };
}

function writeXGrid(corpus: any, f: Form, s: XGridSheet, ws: ExcelJS.Worksheet, top: number, c0: number): number {
  const x = s.x;
  const D = Math.max(...x.cols.map(depth));
  const rh = x.rowHead.length;
  // row-label headers
  if (x.headMerged && rh > 1) {
    ws.mergeCells(top, c0, top + D - 1, c0 + rh - 1);
    head(ws.getCell(top, c0), x.headMerged);
  } else {
    x.rowHead.forEach((h, i) => {
      if (D > 1) ws.mergeCells(top, c0 + i, top + D - 1, c0 + i);
      head(ws.getCell(top, c0 + i), h);
    });
  }
  ws.getColumn(c0).width = 16;
  if (rh > 1) ws.getColumn(c0 + 1).width = 12;
  const leafCols: Array<{ c: number; leaf: Leaf; parents: string[] }> = [];
  const place = (n: Node, r: number, cc: number, parents: string[]) => {
    if (isLeaf(n)) {
      if (r < top + D - 1) ws.mergeCells(r, cc, top + D - 1, cc);
      head(ws.getCell(r, cc), n.l);
      ws.getColumn(cc).width = 11;
      leafCols.push({ c: cc, leaf: n, parents });
      return;
    }
    const w = width(n);
    if (w > 1) ws.mergeCells(r, cc, r, cc + w - 1);
    head(ws.getCell(r, cc), n.g);
    let xx = cc;
    for (const ch of n.c) { place(ch, r + 1, xx, [...parents, n.g]); xx += width(ch); }
  };
  let c = c0 + rh;
  for (const n of x.cols) { place(n, top, c, []); c += width(n); }
  const totalColIdx = x.totalCol ? c : undefined;
  if (x.totalCol) {
    if (D > 1) ws.mergeCells(top, c, top + D - 1, c);
    head(ws.getCell(top, c), x.totalCol);
    c++;
  }
  const lastC = c - 1;
  for (let r = top; r < top + D; r++) ws.getRow(r).height = 26;
  let row = top + D;
  if (x.codeRow) {
    const letters = ['甲', '乙', '丙'];
    for (let i = 0; i < rh; i++) ws.getCell(row, c0 + i).value = letters[i];
    let n = 1;
    for (let k = c0 + rh; k <= lastC; k++) ws.getCell(row, k).value = n++;
    for (let k = c0; k <= lastC; k++) { ws.getCell(row, k).alignment = { horizontal: 'center' }; ws.getCell(row, k).border = border; }
    row++;
  }
  // merged category cells
  const firstRow = row;
  let i = 0;
  while (i < x.rows.length) {
    const cat = x.rows[i].cat;
    let j = i;
    while (j + 1 < x.rows.length && cat !== undefined && x.rows[j + 1].cat === cat) j++;
    if (cat !== undefined) {
      if (j > i) ws.mergeCells(firstRow + i, c0, firstRow + j, c0);
      ws.getCell(firstRow + i, c0).value = cat;
      ws.getCell(firstRow + i, c0).alignment = { vertical: 'middle', horizontal: 'center' };
    }
    i = j + 1;
  }
  for (const r of x.rows) {
    const labelCol = r.cat !== undefined ? c0 + 1 : c0;
    ws.getCell(row, labelCol).value = r.l;
    if (x.unitCol) ws.getCell(row, c0 + 1).value = r.unitText ?? r.u ?? '—';
    for (let k = c0; k <= lastC; k++) ws.getCell(row, k).border = border;
    for (const lc of leafCols) {
      const label = clean((r.cat ?? '') + r.l + lc.leaf.l);
      const p = [...(r.cat !== undefined ? [r.cat] : []), r.l, ...lc.parents, lc.leaf.l];
      corpus.addGold(f, s.name, `${colLetter(lc.c)}${row}`, label, p,
        { e: x.elem(r.k, lc.leaf.e), t: r.t ?? lc.leaf.t, u: r.u !== undefined ? r.u : lc.leaf.u });
    }
    if (totalColIdx) ws.getCell(row, totalColIdx).numFmt = '0';
    row++;
  }
  if (x.totalRow) {
    if (rh > 1) ws.mergeCells(row, c0, row, c0 + rh - 1);
    ws.getCell(row, c0).value = x.totalRow;
    for (let k = c0; k <= lastC; k++) ws.getCell(row, k).border = border;
    row++;
  }
  return row;
}

const proto = Corpus.prototype as any;
if (!proto.__xgrid) {
  const orig = proto.writeGrid;
  proto.writeGrid = function (f: Form, s: GridSheet, ws: ExcelJS.Worksheet, top: number, c0: number) {
    if ((s as XGridSheet).x) return writeXGrid(this, f, s as XGridSheet, ws, top, c0);
    return orig.call(this, f, s, ws, top, c0);
  };
  proto.__xgrid = true;
}

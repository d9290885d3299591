/**
 * blind14 writer extras: grid shapes the round-4 kit (../blind4/kit.ts) does not write. Each is a `grid` sheet whose
 * drawing is done here; the kit's Corpus is taught (prototype patch, the kit file itself is untouched) to hand such a
 * sheet to its `draw` function and to record the gold through its own addGold, so refs, duplicate checks, layouts and
 * the retirement rule stay the kit's.
 *
 *   twoColGrid     row labels in two columns (镇（街道） | 村（社区）, the 镇 merged down its villages, 小计 rows),
 *                  column labels in two levels (转移人数 > 本周 | 累计)
 *   transposedGrid indicators down the rows with a 单位 column, the villages across the columns under their 镇,
 *                  a 合计 column at the right (not a field)
 *   monthGrid      a 序号 column, the row label in the second column, 1月…N月 across under one group header,
 *                  a 合计 column and a 合计 row (not fields)
 */
import ExcelJS from 'exceljs';
import { Corpus, colLetter, type Form, type Node, type Leaf, type Grp, type Sheet, type T } from '../blind4/kit';

type Gold = { e: string; t: T; u: string | null };
type AddFn = (cell: string, label: string, path: string[], leaf: Gold) => void;
export interface DrawCtx { ws: ExcelJS.Worksheet; add: AddFn }

/** a custom sheet: layout `grid`, drawn by `draw` */
const X = (name: string, draw: (ctx: DrawCtx) => void): Sheet =>
  ({ kind: 'grid', name, draw, key: '', rows: [], cols: [], prefix: '' }) as unknown as Sheet;

let patched = false;
function patchKit() {
  if (patched) return;
  patched = true;
  const proto = Corpus.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const orig = proto.writeSheet;
  proto.writeSheet = function (this: Record<string, (...a: unknown[]) => unknown>, ...args: unknown[]) {
    const [f, s, ws] = args as [Form, { name: string; draw?: (c: DrawCtx) => void }, ExcelJS.Worksheet];
    if (typeof s.draw === 'function') {
      s.draw({ ws, add: (cell, label, p, leaf) => { this.addGold(f, s.name, cell, label, p, leaf); } });
      return undefined;
    }
    return orig.apply(this, args);
  };
}
patchKit();

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const clean = (s: string) => s.replace(/\s+/g, '');
const isLeaf = (n: Node): n is Leaf => (n as Leaf).l !== undefined;
const depth = (n: Node): number => (isLeaf(n) ? 1 : 1 + Math.max(...(n as Grp).c.map(depth)));
const width = (n: Node): number => (isLeaf(n) ? 1 : (n as Grp).c.reduce((s, c) => s + width(c), 0));

function hdr(c: ExcelJS.Cell, v: string) {
  c.value = v;
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}

interface Common {
  attach?: string;
  title?: string;
  meta?: string;
  note?: string;
  footer?: string;
}

function top(ws: ExcelJS.Worksheet, o: Common, nCols: number): number {
  let r = 1;
  const last = nCols;
  if (o.attach) { ws.getCell(r, 1).value = o.attach; ws.getCell(r, 1).font = { name: '黑体', size: 12 }; r++; }
  if (o.title) {
    ws.mergeCells(r, 1, r, last);
    const c = ws.getCell(r, 1);
    c.value = o.title;
    c.font = { name: '宋体', size: 16, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(r).height = 32;
    r++;
  }
  if (o.meta) { ws.mergeCells(r, 1, r, last); ws.getCell(r, 1).value = o.meta; ws.getCell(r, 1).font = { size: 10 }; r++; }
  return r;
}
function bottom(ws: ExcelJS.Worksheet, o: Common, r: number) {
  if (o.footer) { r++; ws.getCell(r, 1).value = o.footer; r++; }
  if (o.note) { ws.getCell(r, 1).value = o.note; r++; }
}

/** places column nodes from (r, c); leaves merged down to the last header row; returns the leaf columns */
function placeCols(ws: ExcelJS.Worksheet, cols: Node[], r0: number, c0: number, D: number) {
  const out: Array<{ c: number; leaf: Leaf; parents: string[] }> = [];
  const place = (n: Node, r: number, cc: number, parents: string[]) => {
    if (isLeaf(n)) {
      if (r < r0 + D - 1) ws.mergeCells(r, cc, r0 + D - 1, cc);
      hdr(ws.getCell(r, cc), n.l);
      ws.getColumn(cc).width = Math.max(9, Math.min(16, n.l.length * 2 + 2));
      out.push({ c: cc, leaf: n, parents });
      return;
    }
    const g = n as Grp;
    const w = width(g);
    if (w > 1) ws.mergeCells(r, cc, r, cc + w - 1);
    hdr(ws.getCell(r, cc), g.g);
    let x = cc;
    for (const ch of g.c) { place(ch, r + 1, x, [...parents, g.g]); x += width(ch); }
  };
  let c = c0;
  for (const n of cols) { place(n, r0, c, []); c += width(n); }
  for (let r = r0; r < r0 + D; r++) ws.getRow(r).height = 26;
  return out;
}

export interface TwoColGridOpt extends Common {
  heads: [string, string];
  groups: Array<{ cat: string; rows: Array<{ l: string; k: string }> }>;
  /** leaves: e is the indicator code; the element is `${prefix}_${row k}_${leaf e}` */
  cols: Node[];
  prefix: string;
  subtotal?: boolean;
  total?: boolean;
}
export function twoColGrid(name: string, o: TwoColGridOpt): Sheet {
  return X(name, ({ ws, add }) => {
    const D = Math.max(...o.cols.map(depth));
    const nLeaves = o.cols.reduce((s, n) => s + width(n), 0);
    const nCols = 2 + nLeaves;
    let r = top(ws, o, nCols);
    for (let i = 0; i < 2; i++) {
      if (D > 1) ws.mergeCells(r, i + 1, r + D - 1, i + 1);
      hdr(ws.getCell(r, i + 1), o.heads[i]);
      ws.getColumn(i + 1).width = 14;
    }
    const lc = placeCols(ws, o.cols, r, 3, D);
    r += D;
    const rowBorder = (rr: number) => { for (let k = 1; k <= nCols; k++) ws.getCell(rr, k).border = border; };
    for (const g of o.groups) {
      const start = r;
      for (const row of g.rows) {
        ws.getCell(r, 2).value = row.l;
        rowBorder(r);
        for (const x of lc) {
          add(`${colLetter(x.c)}${r}`, clean(row.l + x.leaf.l), [g.cat, row.l, ...x.parents, x.leaf.l],
            { e: `${o.prefix}_${row.k}_${x.leaf.e}`, t: x.leaf.t, u: x.leaf.u });
        }
        r++;
      }
      if (o.subtotal) { ws.getCell(r, 2).value = '小计'; ws.getCell(r, 2).font = { bold: true }; rowBorder(r); r++; }
      if (r - 1 > start) ws.mergeCells(start, 1, r - 1, 1);
      const cc = ws.getCell(start, 1);
      cc.value = g.cat;
      cc.alignment = { vertical: 'middle', horizontal: 'center' };
    }
    if (o.total) {
      ws.mergeCells(r, 1, r, 2);
      ws.getCell(r, 1).value = '合计';
      ws.getCell(r, 1).alignment = { horizontal: 'center' };
      rowBorder(r);
      r++;
    }
    bottom(ws, o, r);
  });
}

export interface TransGridOpt extends Common {
  heads: [string, string];
  /** indicators down the rows; e is the indicator code */
  rows: Array<{ l: string; e: string; u: string | null; t?: T }>;
  /** the villages across, possibly under their 镇; leaf e is the village key; the element is `${prefix}_${leaf e}_${row e}` */
  cols: Node[];
  prefix: string;
  totalCol?: string;
}
export function transposedGrid(name: string, o: TransGridOpt): Sheet {
  return X(name, ({ ws, add }) => {
    const D = Math.max(...o.cols.map(depth));
    const nLeaves = o.cols.reduce((s, n) => s + width(n), 0);
    const nCols = 2 + nLeaves + (o.totalCol ? 1 : 0);
    let r = top(ws, o, nCols);
    for (let i = 0; i < 2; i++) {
      if (D > 1) ws.mergeCells(r, i + 1, r + D - 1, i + 1);
      hdr(ws.getCell(r, i + 1), o.heads[i]);
    }
    ws.getColumn(1).width = 30;
    ws.getColumn(2).width = 8;
    const lc = placeCols(ws, o.cols, r, 3, D);
    if (o.totalCol) {
      const tc = 3 + nLeaves;
      if (D > 1) ws.mergeCells(r, tc, r + D - 1, tc);
      hdr(ws.getCell(r, tc), o.totalCol);
    }
    r += D;
    for (const row of o.rows) {
      ws.getCell(r, 1).value = row.l;
      ws.getCell(r, 2).value = row.u ?? '—';
      ws.getCell(r, 2).alignment = { horizontal: 'center' };
      for (let k = 1; k <= nCols; k++) ws.getCell(r, k).border = border;
      for (const x of lc) {
        add(`${colLetter(x.c)}${r}`, clean(row.l + x.leaf.l), [row.l, ...x.parents, x.leaf.l],
          { e: `${o.prefix}_${x.leaf.e}_${row.e}`, t: row.t ?? 'integer', u: row.u });
      }
      r++;
    }
    bottom(ws, o, r);
  });
}

export interface MonthGridOpt extends Common {
  key: string;
  rows: Array<{ l: string; k: string }>;
  group: string;
  months: string[];
  prefix: string;
  t: T;
  u: string | null;
  totalCol?: string;
  totalRow?: boolean;
}
export function monthGrid(name: string, o: MonthGridOpt): Sheet {
  return X(name, ({ ws, add }) => {
    const nCols = 2 + o.months.length + (o.totalCol ? 1 : 0);
    let r = top(ws, o, nCols);
    ws.mergeCells(r, 1, r + 1, 1);
    hdr(ws.getCell(r, 1), '序号');
    ws.mergeCells(r, 2, r + 1, 2);
    hdr(ws.getCell(r, 2), o.key);
    ws.getColumn(1).width = 6;
    ws.getColumn(2).width = 22;
    ws.mergeCells(r, 3, r, 2 + o.months.length);
    hdr(ws.getCell(r, 3), o.group);
    o.months.forEach((m, i) => { hdr(ws.getCell(r + 1, 3 + i), m); ws.getColumn(3 + i).width = 8; });
    if (o.totalCol) {
      const tc = 3 + o.months.length;
      ws.mergeCells(r, tc, r + 1, tc);
      hdr(ws.getCell(r, tc), o.totalCol);
    }
    r += 2;
    o.rows.forEach((row, i) => {
      ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, 2).value = row.l;
      for (let k = 1; k <= nCols; k++) ws.getCell(r, k).border = border;
      o.months.forEach((m, j) => {
        add(`${colLetter(3 + j)}${r}`, clean(row.l + m), [row.l, o.group, m], { e: `${o.prefix}_${row.k}_m${j + 1}`, t: o.t, u: o.u });
      });
      r++;
    });
    if (o.totalRow) {
      ws.mergeCells(r, 1, r, 2);
      ws.getCell(r, 1).value = '合    计';
      ws.getCell(r, 1).alignment = { horizontal: 'center' };
      for (let k = 1; k <= nCols; k++) ws.getCell(r, k).border = border;
      r++;
    }
    bottom(ws, o, r);
  });
}

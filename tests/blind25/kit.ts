/**
 * Copy of tests/blind4/kit.ts for the held-out corpus tests/blind25, extended with: grids whose row header takes two
 * columns (a category merged down + item names), a 计量单位 column after the row labels, a trailing 合计 column (not a
 * field), per-row element / type overrides (a transposed grid: indicators down, villages across, every village column
 * of one indicator is the same data element), a configurable pre-filled 乡镇 name, the 有效期至 line of the 表号 block,
 * and fixed workbook dates.
 *
 * Original description — corpus kit for the round-4 corpora (tests/blind4, tests/blind5): the template writer, the gold it records while
 * writing, the catalog and the README retirement rule. Each corpus's build-corpus.ts holds only its forms.
 *
 * Shapes it writes (issue 10): columns rosters and village tables with group headers (a group header is never a
 * field), long indicator-rows questionnaires (项目 | 单位 | 数量 or 指标名称 | 计量单位 | 代码 | 本期数 | 上年同期数, numbered
 * category rows 一、（一）1. without a unit, `其中：` sub-items, 填表人 / 审核人 / 联系电话 / 盖章 cells at the bottom or in
 * a side column), grids, workbooks whose sheets are parts of ONE form (one gold form per file; each field's ref
 * names its sheet; the form's layout is the layout of its first form sheet), visible dropdown-list sheets (选项 /
 * 字典 / 下拉选项) that data validations point to (not a form), hidden dictionary sheets, and .xls conversions (written
 * with exceljs, converted to .xls and back to .xlsx with LibreOffice headless when `soffice` is on the PATH; the
 * template already carries the artefacts of an old .xls: Sheet1/Sheet2/Sheet3, numbers stored as text, a stray
 * empty column and row).
 *
 * Gold conventions (../shared/bench/README.md; each field also carries its sheet's `layout`, an extra key the bench
 * scorer ignores): element ids are concept codes, `remark:<file>` for 备注; an
 * indicator row's label is the full text of its label cell (numbering and 其中： included) and its path starts with
 * the enclosing category rows; a grid field's label is row label + column label.
 */
import ExcelJS from 'exceljs';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export type T = 'text' | 'integer' | 'decimal' | 'date' | 'boolean' | 'choice' | 'idcard' | 'phone';
export type Freq = 'daily' | 'weekly' | 'monthly' | 'quarterly' | 'semiannual' | 'annual' | 'adhoc';
export type Layout = 'columns' | 'indicator-rows' | 'grid';
export interface Leaf { l: string; e: string; t: T; u: string | null; dv?: string[] }
export interface Grp { g: string; c: Node[] }
export type Node = Leaf | Grp;
const isLeaf = (n: Node): n is Leaf => (n as Leaf).l !== undefined;

export const REMARK = '@remark';
export const DEFAULT_TOWN = '茶洋镇';
/** a column leaf */
export const L = (l: string, e: string, t: T = 'text', u: string | null = null, dv?: string[]): Leaf => ({ l, e, t, u, dv });
/** a group header over leaves (never a field) */
export const G = (g: string, ...c: Node[]): Grp => ({ g, c });
/** the form's own 备注 */
export const R = (l = '备注'): Leaf => L(l, REMARK);
export const YN = ['是', '否'];
export const SEX = ['男', '女'];
export const NATION = ['汉族', '土家族', '苗族', '侗族', '瑶族', '回族', '其他'];
export const EDU = ['研究生', '大学本科', '大学专科', '中专', '高中', '初中', '小学', '文盲或半文盲'];
export const POLIT = ['中共党员', '中共预备党员', '共青团员', '民主党派', '群众'];

export interface IndRow { l: string; e: string; t: T; u: string | null; unitCell?: string; sub?: boolean; dv?: string[] }
export interface IndCat { cat: string; lvl: number }
export type IndItem = IndRow | IndCat;
/** an indicator row: label, element, unit (written in the unit column), type (integer by default) */
export const I = (l: string, e: string, u: string | null, t: T = 'integer', unitCell?: string): IndRow => ({ l, e, t, u, unitCell });
/** a decimal indicator (areas, amounts, rates) */
export const D = (l: string, e: string, u: string | null): IndRow => ({ l, e, t: 'decimal', u });
/** a `其中：` sub-item of the indicator above it */
export const S = (l: string, e: string, u: string | null, t: T = 'integer'): IndRow => ({ l, e, t, u, sub: true });
/** a category row (no unit, not a field); lvl 0 = 一、, 1 = （一）, 2 = 1. */
export const C = (cat: string, lvl = 0): IndCat => ({ cat, lvl });

interface SheetBase {
  name: string;
  /** the sheet's big merged title (the first sheet defaults to the form's title) */
  title?: string;
  attach?: string;
  meta?: string;
  /** 表号 / 制定机关 block at the top right */
  stat?: { code: string; org: string; approval?: string; valid?: string };
  /** text lines under the title (e.g. 从全国扶贫开发信息系统导出) */
  source?: string;
  /** footer: true = the standard 单位负责人/填表人/联系电话 line; a string = that line */
  footer?: boolean | string;
  note?: string;
  /** empty columns before the table (xls artefact) */
  startCol?: number;
  /** empty rows above the title (xls artefact) */
  blankTop?: number;
}
export interface ColSheet extends SheetBase {
  kind: 'columns';
  seq?: boolean;
  cols: Node[];
  codeRow?: boolean;
  example?: boolean;
  villages?: string[];
  total?: boolean;
  blank?: number;
  /** numbers written as text (xls artefact) */
  textNums?: boolean;
  /** the 乡镇 written into a 乡镇 column of pre-filled village rows */
  town?: string;
}
export interface IndSheet extends SheetBase {
  kind: 'indicator-rows';
  head: string[];
  rows: IndItem[];
  /** a second panel side by side */
  rows2?: IndItem[];
  /** where the signature cells go: a bottom line, separate bottom cells, or a merged side column */
  sign?: 'line' | 'cells' | 'side';
  /** a 甲 乙 丙 1 2 code row under the header */
  codeRow?: boolean;
}
export interface GridRow {
  l: string;
  k: string;
  /** the unit a row label (or the 计量单位 column) states, which wins over the column's */
  u?: string;
  /** category of a two-column row header (merged down over consecutive rows of the same category) */
  cat?: string;
  /** every intersection of this row is this element (a transposed grid: villages across) */
  e?: string;
  /** element per leaf key, for intersections that another form also collects */
  els?: Record<string, string>;
  /** type of every intersection of this row */
  t?: T;
}
export interface GridSheet extends SheetBase {
  kind: 'grid';
  /** the row-header text; two texts when the row header takes two columns (category + item) */
  key: string | [string, string];
  rows: GridRow[];
  cols: Node[];
  prefix: string;
  total?: boolean;
  /** a 计量单位 column after the row labels (not a field) holding each row's unit */
  unitCol?: string;
  /** a trailing 合计 column summing across the columns (not a field) */
  totalCol?: string;
}
export type Sheet = ColSheet | IndSheet | GridSheet;

export interface Form {
  file: string;
  dept: string;
  freq: Freq;
  /** the form's title; absent for a template without a title row (some old .xls questionnaires have none) */
  title?: string;
  /** false: not in the catalog; a string: the catalog's title differs */
  catalog?: false | string;
  sheets: Sheet[];
  instructions?: string[];
  /** dropdown lists: in a hidden 字典 sheet (default) or in a visible sheet of that name */
  dictSheet?: { name: string; visible: boolean };
  /** empty sheets after the form (Sheet2, Sheet3 of an old .xls) */
  emptySheets?: string[];
  /** round-trip through .xls with LibreOffice */
  xls?: boolean;
}

const FREQ_ZH: Record<Freq, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };
const RANK: Record<Freq, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };

export interface GoldField { ref: string; label: string; path: string[]; element: string; type: T; unit: string | null; layout: Layout }

const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
function styleHeader(c: ExcelJS.Cell) {
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}
export function colLetter(n: number): string {
  let s = '';
  while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); }
  return s;
}
const depth = (n: Node): number => (isLeaf(n) ? 1 : 1 + Math.max(...n.c.map(depth)));
const width = (n: Node): number => (isLeaf(n) ? 1 : n.c.reduce((s, c) => s + width(c), 0));
const leaves = (ns: Node[]): Leaf[] => ns.flatMap((n) => (isLeaf(n) ? [n] : leaves(n.c)));
const clean = (s: string) => s.replace(/\s+/g, '');
function sample(l: Leaf): string | number {
  switch (l.t) {
    case 'integer': return 3;
    case 'decimal': return 12.5;
    case 'date': return '2015-03-01';
    case 'boolean': return '是';
    case 'choice': return l.dv?.[0] ?? '—';
    case 'idcard': return '350***19650101****';
    case 'phone': return '139****0000';
    default: return /姓名/.test(l.l) ? '林某某' : '示例';
  }
}

export class Corpus {
  readonly goldFields: GoldField[] = [];
  readonly elementNames = new Map<string, string>();
  constructor(readonly name: string, readonly outDir: string, readonly forms: Form[], readonly catalogExtra: Array<[string, string, string, string]>) {}

  private addGold(f: Form, sheet: string, cell: string, label: string, p: string[], leaf: { e: string; t: T; u: string | null }) {
    const element = leaf.e === REMARK ? `remark:${f.file}` : leaf.e;
    const ref = `${f.file}#${sheet}!${cell}`;
    if (this.goldFields.some((g) => g.ref === ref)) throw new Error(`duplicate ref ${ref}`);
    const layout = f.sheets.find((x) => x.name === sheet)!.kind;
    this.goldFields.push({ ref, label, path: p, element, type: leaf.e === REMARK ? 'text' : leaf.t, unit: leaf.e === REMARK ? null : leaf.u, layout });
    if (!this.elementNames.has(element)) this.elementNames.set(element, element.startsWith('remark:') ? '备注' : p.map(clean).join('/'));
  }

  private async writeForm(f: Form, tmp: string) {
    const wb = new ExcelJS.Workbook();
    wb.creator = 'Administrator';
    wb.lastModifiedBy = 'Administrator';
    wb.created = new Date(Date.UTC(2024, 0, 2, 8, 0, 0));
    wb.modified = new Date(Date.UTC(2024, 0, 2, 8, 0, 0));
    const sheets = f.sheets.map((s) => wb.addWorksheet(s.name));
    let dict: ExcelJS.Worksheet | undefined;
    const dictCols = new Map<string, string>();
    const dictName = f.dictSheet?.name ?? '字典';
    const dictRange = (values: string[], header: string): string => {
      const key = values.join('|');
      if (!dictCols.has(key)) {
        dict ??= wb.addWorksheet(dictName, { state: f.dictSheet?.visible ? 'visible' : 'hidden' });
        const col = colLetter(dictCols.size + 1);
        const off = f.dictSheet?.visible ? 1 : 0;
        if (off) { dict.getCell(`${col}1`).value = header; dict.getCell(`${col}1`).font = { bold: true }; }
        values.forEach((v, i) => { dict!.getCell(`${col}${i + 1 + off}`).value = v; });
        dictCols.set(key, `${dictName}!$${col}$${1 + off}:$${col}$${values.length + off}`);
      }
      return dictCols.get(key)!;
    };
    f.sheets.forEach((s, i) => this.writeSheet(f, s, sheets[i], i === 0, dictRange));
    if (f.instructions) {
      const s = wb.addWorksheet('填表说明');
      f.instructions.forEach((t, i) => { s.getCell(`A${i + 1}`).value = t; });
      s.getColumn(1).width = 90;
    }
    for (const e of f.emptySheets ?? []) wb.addWorksheet(e);
    if (this.goldOnly) return;
    const out = path.join(this.outDir, 'forms', f.file);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    if (f.xls && hasSoffice()) {
      const base = `x${this.forms.indexOf(f)}`;
      const src = path.join(tmp, `${base}.xlsx`);
      await wb.xlsx.writeFile(src);
      const d1 = path.join(tmp, 'xls');
      const d2 = path.join(tmp, 'back');
      execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'xls', '--outdir', d1, src], { stdio: 'ignore' });
      execFileSync('soffice', ['--headless', '--calc', '--convert-to', 'xlsx', '--outdir', d2, path.join(d1, `${base}.xls`)], { stdio: 'ignore' });
      fs.copyFileSync(path.join(d2, `${base}.xlsx`), out);
    } else {
      await wb.xlsx.writeFile(out);
    }
  }

  private writeSheet(f: Form, s: Sheet, ws: ExcelJS.Worksheet, first: boolean, dictRange: (v: string[], h: string) => string) {
    const c0 = 1 + (s.startCol ?? 0);
    let row = 1 + (s.blankTop ?? 0);
    const totalCols = (() => {
      if (s.kind === 'columns') return (s.seq ? 1 : 0) + s.cols.reduce((n, x) => n + width(x), 0);
      if (s.kind === 'indicator-rows') return s.head.length * (s.rows2 ? 2 : 1) + (s.sign === 'side' ? 1 : 0);
      return (Array.isArray(s.key) ? 2 : 1) + (s.unitCol ? 1 : 0) + s.cols.reduce((n, x) => n + width(x), 0) + (s.totalCol ? 1 : 0);
    })();
    const lastCol = c0 + totalCols - 1;
    const last = colLetter(lastCol);
    const first0 = colLetter(c0);
    const title = s.title ?? (first ? f.title : undefined);
    if (s.attach) { ws.getCell(row, c0).value = s.attach; ws.getCell(row, c0).font = { name: '黑体', size: 12 }; row++; }
    if (title) {
      ws.mergeCells(`${first0}${row}:${last}${row}`);
      ws.getCell(row, c0).value = title;
      ws.getCell(row, c0).font = { name: '宋体', size: 16, bold: true };
      ws.getCell(row, c0).alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
      ws.getRow(row).height = 32;
      row++;
    }
    if (s.source) {
      ws.mergeCells(`${first0}${row}:${last}${row}`);
      ws.getCell(row, c0).value = s.source;
      ws.getCell(row, c0).alignment = { horizontal: 'center' };
      row++;
    }
    if (s.stat) {
      const lines = [`表    号：${s.stat.code}`, `制定机关：${s.stat.org}`, `批准文号：${s.stat.approval ?? 'X统制〔2013〕8号'}`, `有效期至：${s.stat.valid ?? '2016年12月'}`];
      const from = colLetter(Math.max(c0, lastCol - 1));
      for (const line of lines) {
        if (from !== last) ws.mergeCells(`${from}${row}:${last}${row}`);
        ws.getCell(`${from}${row}`).value = line;
        ws.getCell(`${from}${row}`).font = { size: 9 };
        row++;
      }
    }
    if (s.meta) {
      ws.mergeCells(`${first0}${row}:${last}${row}`);
      ws.getCell(row, c0).value = s.meta;
      ws.getCell(row, c0).font = { size: 10 };
      row++;
    }
    if (s.kind === 'columns') row = this.writeColumns(f, s, ws, row, c0, lastCol, dictRange);
    else if (s.kind === 'indicator-rows') row = this.writeIndicators(f, s, ws, row, c0);
    else row = this.writeGrid(f, s, ws, row, c0);

    if (s.footer) {
      row++;
      ws.getCell(row, c0).value = typeof s.footer === 'string' ? s.footer : '单位负责人：            填表人：            联系电话：            报出日期：    年  月  日';
      row++;
    }
    if (s.note) { ws.getCell(row, c0).value = s.note; row++; }
  }

  private writeColumns(f: Form, s: ColSheet, ws: ExcelJS.Worksheet, top: number, c0: number, lastCol: number, dictRange: (v: string[], h: string) => string): number {
    const D = Math.max(...s.cols.map(depth));
    let c = c0;
    if (s.seq) {
      if (D > 1) ws.mergeCells(top, c, top + D - 1, c);
      ws.getCell(top, c).value = '序号';
      styleHeader(ws.getCell(top, c));
      c++;
    }
    const dataStart = top + D + (s.codeRow ? 1 : 0);
    const villageCol: number[] = [];
    const townCol: number[] = [];
    const place = (n: Node, r: number, cc: number, parents: string[]) => {
      if (isLeaf(n)) {
        if (r < top + D - 1) ws.mergeCells(r, cc, top + D - 1, cc);
        const cell = ws.getCell(r, cc);
        cell.value = n.l;
        styleHeader(cell);
        ws.getColumn(cc).width = Math.max(8, Math.min(22, n.l.length * 2 + 2));
        this.addGold(f, s.name, `${colLetter(cc)}${r}`, n.l, [...parents, n.l], n);
        if (n.e === 'v_name') villageCol.push(cc);
        if (n.e === 'v_town') townCol.push(cc);
        if (n.dv) {
          const formula = n.t === 'boolean' && !f.dictSheet?.visible ? `"${n.dv.join(',')}"` : dictRange(n.dv, clean(n.l));
          for (let rr = dataStart; rr < dataStart + 15; rr++) ws.getCell(rr, cc).dataValidation = { type: 'list', allowBlank: true, formulae: [formula] };
        }
        return;
      }
      const w = width(n);
      if (w > 1) ws.mergeCells(r, cc, r, cc + w - 1);
      ws.getCell(r, cc).value = n.g;
      styleHeader(ws.getCell(r, cc));
      let x = cc;
      for (const ch of n.c) { place(ch, r + 1, x, [...parents, n.g]); x += width(ch); }
    };
    for (const n of s.cols) { place(n, top, c, []); c += width(n); }
    for (let r = top; r < top + D; r++) ws.getRow(r).height = 28;
    let row = top + D;
    const lv = leaves(s.cols);
    if (s.codeRow) {
      let cc = c0;
      if (s.seq) ws.getCell(row, cc++).value = '甲';
      let n = 1;
      for (const l of lv) {
        ws.getCell(row, cc).value = l.e === 'v_name' ? '乙' : l.e === 'v_town' ? '丙' : s.textNums ? String(n++) : n++;
        ws.getCell(row, cc).alignment = { horizontal: 'center' };
        cc++;
      }
      row++;
    }
    if (s.example) {
      let cc = c0;
      if (s.seq) ws.getCell(row, cc++).value = '例';
      for (const l of lv) { if (l.e !== REMARK) ws.getCell(row, cc).value = sample(l); ws.getCell(row, cc).font = { italic: true, color: { argb: 'FF808080' } }; cc++; }
      row++;
    }
    const seqVal = (i: number) => (s.textNums ? String(i + 1) : i + 1);
    if (s.villages) {
      s.villages.forEach((v, i) => {
        if (s.seq) ws.getCell(row, c0).value = seqVal(i);
        for (const vc of villageCol) ws.getCell(row, vc).value = v;
        for (const tc of townCol) ws.getCell(row, tc).value = s.town ?? DEFAULT_TOWN;
        for (let k = c0; k <= lastCol; k++) ws.getCell(row, k).border = border;
        row++;
      });
    } else {
      for (let i = 0; i < (s.blank ?? 6); i++) {
        if (s.seq) ws.getCell(row, c0).value = seqVal(i);
        for (let k = c0; k <= lastCol; k++) ws.getCell(row, k).border = border;
        row++;
      }
    }
    if (s.total) {
      ws.getCell(row, s.seq ? c0 : villageCol[0] ?? c0).value = '合计';
      for (let k = c0; k <= lastCol; k++) ws.getCell(row, k).border = border;
      row++;
    }
    return row;
  }

  private writeIndicators(f: Form, s: IndSheet, ws: ExcelJS.Worksheet, top: number, c0: number): number {
    const panels = s.rows2 ? [s.rows, s.rows2] : [s.rows];
    const hw = s.head.length;
    panels.forEach((_, p) => s.head.forEach((h, i) => { const cell = ws.getCell(top, c0 + p * hw + i); cell.value = h; styleHeader(cell); }));
    const unitIdx = s.head.findIndex((h) => /单位/.test(h));
    const codeIdx = s.head.findIndex((h) => /代码|行次|编号/.test(h));
    let end = top + 1;
    panels.forEach((rows, p) => {
      const pc = c0 + p * hw;
      ws.getColumn(pc).width = 36;
      let r = top + 1;
      if (s.codeRow) {
        s.head.forEach((_, i) => { ws.getCell(r, pc + i).value = ['甲', '乙', '丙'][i] ?? String(i - 2); ws.getCell(r, pc + i).alignment = { horizontal: 'center' }; });
        r++;
      }
      const stack: string[] = [];
      let parent: string | undefined;
      let code = 1;
      for (const it of rows) {
        if ('cat' in it) {
          stack.length = Math.min(stack.length, it.lvl);
          stack.push(it.cat);
          parent = undefined;
          ws.getCell(r, pc).value = it.cat;
          ws.getCell(r, pc).font = { bold: true };
          if (codeIdx >= 0) ws.getCell(r, pc + codeIdx).value = '—';
        } else {
          ws.getCell(r, pc).value = it.sub ? `    ${it.l}` : it.l;
          if (unitIdx >= 0) ws.getCell(r, pc + unitIdx).value = it.unitCell ?? it.u ?? '—';
          if (codeIdx >= 0) ws.getCell(r, pc + codeIdx).value = String(code++).padStart(2, '0');
          const p2 = [...stack, ...(it.sub && parent ? [parent] : []), it.l];
          this.addGold(f, s.name, `${colLetter(pc)}${r}`, it.l, p2, it);
          if (!it.sub) parent = it.l;
          if (it.dv) {
            const vi = s.head.length - 1;
            ws.getCell(r, pc + vi).dataValidation = { type: 'list', allowBlank: true, formulae: [`"${it.dv.join(',')}"`] };
          }
        }
        for (let k = 0; k < hw; k++) ws.getCell(r, pc + k).border = border;
        r++;
      }
      end = Math.max(end, r);
    });
    if (s.sign === 'side') {
      const sc = c0 + hw * panels.length;
      ws.mergeCells(top, sc, end - 1, sc);
      ws.getCell(top, sc).value = '填报单位（盖章）：\n\n\n填表人：\n\n审核人：\n\n联系电话：\n\n填报日期：    年  月  日';
      ws.getCell(top, sc).alignment = { vertical: 'top', wrapText: true };
      ws.getColumn(sc).width = 20;
    } else if (s.sign === 'cells') {
      end++;
      const cells = ['填表人：', '', '审核人：', '', '联系电话：', ''];
      cells.forEach((v, i) => { if (v) ws.getCell(end, c0 + i).value = v; });
      end++;
      ws.getCell(end, c0).value = '填报单位（盖章）';
      ws.getCell(end, c0 + 2).value = '报出日期：    年  月  日';
      end++;
    } else if (s.sign === 'line') {
      end++;
      ws.getCell(end, c0).value = '村（社区）盖章：              填表人：            审核人：            联系电话：';
      end++;
    }
    return end;
  }

  private writeGrid(f: Form, s: GridSheet, ws: ExcelJS.Worksheet, top: number, c0: number): number {
    const D = Math.max(...s.cols.map(depth));
    const keys = Array.isArray(s.key) ? s.key : [s.key];
    keys.forEach((k, i) => {
      if (D > 1) ws.mergeCells(top, c0 + i, top + D - 1, c0 + i);
      ws.getCell(top, c0 + i).value = k;
      styleHeader(ws.getCell(top, c0 + i));
      ws.getColumn(c0 + i).width = i === keys.length - 1 ? 18 : 12;
    });
    const itemCol = c0 + keys.length - 1;
    let c = c0 + keys.length;
    const unitC = s.unitCol ? c++ : -1;
    if (s.unitCol) {
      if (D > 1) ws.mergeCells(top, unitC, top + D - 1, unitC);
      ws.getCell(top, unitC).value = s.unitCol;
      styleHeader(ws.getCell(top, unitC));
      ws.getColumn(unitC).width = 10;
    }
    const leafCols: Array<{ c: number; leaf: Leaf; parents: string[] }> = [];
    const place = (n: Node, r: number, cc: number, parents: string[]) => {
      if (isLeaf(n)) {
        if (r < top + D - 1) ws.mergeCells(r, cc, top + D - 1, cc);
        ws.getCell(r, cc).value = n.l;
        styleHeader(ws.getCell(r, cc));
        ws.getColumn(cc).width = 14;
        leafCols.push({ c: cc, leaf: n, parents });
        return;
      }
      const w = width(n);
      if (w > 1) ws.mergeCells(r, cc, r, cc + w - 1);
      ws.getCell(r, cc).value = n.g;
      styleHeader(ws.getCell(r, cc));
      let x = cc;
      for (const ch of n.c) { place(ch, r + 1, x, [...parents, n.g]); x += width(ch); }
    };
    for (const n of s.cols) { place(n, top, c, []); c += width(n); }
    if (s.totalCol) {
      if (D > 1) ws.mergeCells(top, c, top + D - 1, c);
      ws.getCell(top, c).value = s.totalCol;
      styleHeader(ws.getCell(top, c));
      c++;
    }
    let row = top + D;
    // category cells of a two-column row header, merged down over their rows
    if (keys.length === 2) {
      let i = 0;
      while (i < s.rows.length) {
        let j = i;
        while (j + 1 < s.rows.length && s.rows[j + 1].cat === s.rows[i].cat) j++;
        if (j > i) ws.mergeCells(row + i, c0, row + j, c0);
        const cell = ws.getCell(row + i, c0);
        cell.value = s.rows[i].cat ?? '';
        cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
        i = j + 1;
      }
    }
    for (const rl of s.rows) {
      ws.getCell(row, itemCol).value = rl.l;
      for (let k = c0; k < c; k++) ws.getCell(row, k).border = border;
      if (unitC > 0) ws.getCell(row, unitC).value = rl.u ?? '—';
      for (const lc of leafCols) {
        const e = rl.e ?? rl.els?.[lc.leaf.e] ?? `${s.prefix}_${rl.k}_${lc.leaf.e}`;
        this.addGold(f, s.name, `${colLetter(lc.c)}${row}`, clean(rl.l + lc.leaf.l), [...(rl.cat ? [rl.cat] : []), rl.l, ...lc.parents, lc.leaf.l],
          { e, t: rl.t ?? lc.leaf.t, u: rl.u ?? lc.leaf.u });
      }
      row++;
    }
    if (s.total) {
      ws.getCell(row, c0).value = '合计';
      if (keys.length === 2) ws.mergeCells(row, c0, row, itemCol);
      for (let k = c0; k < c; k++) ws.getCell(row, k).border = border;
      row++;
    }
    return row;
  }

  private async writeCatalog() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('报表清单');
    ws.addRow(['序号', '文件名', '报表名称', '主管部门', '填报频次', '填报对象']);
    let i = 1;
    for (const f of this.forms) {
      if (f.catalog === false) continue;
      ws.addRow([i++, path.basename(f.file), typeof f.catalog === 'string' ? f.catalog : (f.title ?? '').replace(/^\d{4}年(度)?/, ''), f.dept, FREQ_ZH[f.freq], '村（社区）']);
    }
    for (const [file, title, dept, freq] of this.catalogExtra) ws.addRow([i++, file, title, dept, freq, '村（社区）']);
    ws.columns.forEach((c) => { c.width = 30; });
    await wb.xlsx.writeFile(path.join(this.outDir, '报表清单.xlsx'));
  }

  retirement() {
    const elems = new Map<string, Set<string>>();
    for (const f of this.forms) elems.set(f.file, new Set());
    for (const gf of this.goldFields) {
      const file = gf.ref.split('#')[0];
      if (!gf.element.startsWith('remark:')) elems.get(file)!.add(gf.element);
    }
    const full: string[] = [];
    const partial: string[] = [];
    const coverage: Record<string, number> = {};
    const coveredBy: Record<string, string[]> = {};
    for (const f of this.forms) {
      const mine = elems.get(f.file)!;
      const others = this.forms.filter((o) => o.file !== f.file && RANK[o.freq] >= RANK[f.freq]);
      let covered = 0;
      const by = new Set<string>();
      for (const e of mine) {
        const hit = others.filter((o) => elems.get(o.file)!.has(e));
        if (hit.length) { covered++; hit.forEach((o) => by.add(o.file)); }
      }
      const cov = mine.size ? Math.round((covered / mine.size) * 10000) / 10000 : 0;
      coverage[f.file] = cov;
      if (cov === 1) full.push(f.file);
      else if (cov >= 0.8) partial.push(f.file);
      if (cov >= 0.8) coveredBy[f.file] = [...by].sort();
    }
    return { full, partial, coverage, coveredBy };
  }

  /** `--gold-only`: rewrite gold.json from the specs and leave the committed workbooks and catalog alone */
  readonly goldOnly = process.argv.includes('--gold-only');

  async build() {
    if (!this.goldOnly) fs.rmSync(path.join(this.outDir, 'forms'), { recursive: true, force: true });
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `${this.name}-`));
    try {
      for (const f of this.forms) await this.writeForm(f, tmp);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
    if (!this.goldOnly) await this.writeCatalog();
    const gold = {
      corpus: this.name,
      formsDir: 'forms',
      catalog: '报表清单.xlsx',
      forms: this.forms.map((f) => ({ file: f.file, title: f.title ?? '', department: f.dept, frequency: f.freq, layout: f.sheets[0].kind })),
      fields: this.goldFields,
      elements: [...this.elementNames].map(([id, name]) => ({ id, name })),
      retirement: this.retirement(),
    };
    fs.writeFileSync(path.join(this.outDir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');
    const r = gold.retirement;
    const absent = this.forms.filter((f) => f.catalog === false).length;
    const byLayout = new Map<string, number>();
    for (const g of this.goldFields) {
      const f = this.forms.find((x) => x.file === g.ref.split('#')[0])!;
      const sheet = g.ref.split('#')[1].split('!')[0];
      const k = f.sheets.find((s) => s.name === sheet)!.kind;
      byLayout.set(k, (byLayout.get(k) ?? 0) + 1);
    }
    console.error(`${this.forms.length} forms (${absent} not in the catalog), ${this.goldFields.length} fields (${[...byLayout].map(([k, v]) => `${k} ${v}`).join(', ')}), ${this.elementNames.size} elements`);
    console.error(`full ${r.full.length}: ${r.full.join(', ')}`);
    console.error(`partial ${r.partial.length}: ${r.partial.map((p) => `${p} (${r.coverage[p]})`).join(', ')}`);
    if (!hasSoffice()) console.error('soffice not found: .xls forms written directly with their artefacts, not converted');
    return gold;
  }
}

let soffice: boolean | undefined;
function hasSoffice(): boolean {
  if (soffice === undefined) {
    try { execFileSync('soffice', ['--version'], { stdio: 'ignore' }); soffice = true; } catch { soffice = false; }
  }
  return soffice;
}

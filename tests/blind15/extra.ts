/**
 * blind15 additions to the round-4 corpus kit (../blind4/kit.ts, not modified): grid shapes the kit's GridSheet
 * lacks, written by this file's own writer, and the corpus driver that merges them with the kit's forms into one
 * gold.json, one 报表清单.xlsx and one README.md.
 *
 * Grid shapes written here (XGridSheet):
 *  - row labels in two columns (类别 | 名称, the category merged down), optionally followed by a 计量单位 column whose
 *    value is the unit of the row's cells in the columns that say so (`unitFromRow`);
 *  - months 1月…12月 across as columns, grouped under 第一季度…第四季度 (indicators down the rows);
 *  - the transposed grid: indicators down the rows, the villages across the columns (under a 各村 group header);
 *  - age bands down the rows with a 行次 column and an 甲 乙 1 2 3 code row under a two-level header, a 合计 row.
 * Each intersection is a field; its ref is the value cell, its label is row label + leaf column label (whitespace
 * removed), its path is [row category, row label, column group…, column label]; `cell()` decides element, type
 * and unit per intersection.
 */
import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
import { Corpus, colLetter, type Form, type Freq, type GoldField, type Leaf, type Node, type T } from '../blind4/kit';

export interface XRow { l: string; k: string; cat?: string; u?: string | null }
export interface XCell { e: string; t: T; u: string | null }
export interface XGridSheet {
  name: string;
  title?: string;
  attach?: string;
  meta?: string;
  stat?: { code: string; org: string; approval?: string };
  source?: string;
  /** header texts of the row-label columns: one, or two (category | name, the category merged down) */
  rowHead: string[];
  /** a 计量单位 column after the row labels, holding row.u */
  unitCol?: string;
  /** a 行次 column after the row labels (1, 2, 3 …) */
  lineCol?: string;
  rows: XRow[];
  cols: Node[];
  cell: (row: XRow, leaf: Leaf, groups: string[]) => XCell;
  codeRow?: boolean;
  /** label of a 合计 row at the bottom (not a field) */
  total?: string;
  footer?: string;
  note?: string;
}
export interface XForm {
  file: string;
  dept: string;
  freq: Freq;
  title?: string;
  catalog?: false | string;
  sheets: XGridSheet[];
  instructions?: string[];
}
export type AnyForm = { kit: Form } | { x: XForm };

const RANK: Record<Freq, number> = { daily: 7, weekly: 6, monthly: 5, quarterly: 4, semiannual: 3, annual: 2, adhoc: 1 };
const FREQ_ZH: Record<Freq, string> = { daily: '日报', weekly: '周报', monthly: '月报', quarterly: '季报', semiannual: '半年报', annual: '年报', adhoc: '不定期' };
const thin = { style: 'thin' as const };
const border = { top: thin, left: thin, bottom: thin, right: thin };
const clean = (s: string) => s.replace(/\s+/g, '');
const isLeaf = (n: Node): n is Leaf => (n as Leaf).l !== undefined;
const depth = (n: Node): number => (isLeaf(n) ? 1 : 1 + Math.max(...n.c.map(depth)));
const width = (n: Node): number => (isLeaf(n) ? 1 : n.c.reduce((s, c) => s + width(c), 0));
function head(c: ExcelJS.Cell, v: string) {
  c.value = v;
  c.font = { bold: true, name: '宋体', size: 10 };
  c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  c.border = border;
}

function writeXSheet(f: XForm, s: XGridSheet, ws: ExcelJS.Worksheet, first: boolean, gold: GoldField[]) {
  const labelCols = s.rowHead.length + (s.unitCol ? 1 : 0) + (s.lineCol ? 1 : 0);
  const nLeaves = s.cols.reduce((n, x) => n + width(x), 0);
  const lastCol = labelCols + nLeaves;
  const last = colLetter(lastCol);
  let row = 1;
  const title = s.title ?? (first ? f.title : undefined);
  if (s.attach) { ws.getCell(row, 1).value = s.attach; ws.getCell(row, 1).font = { name: '黑体', size: 12 }; row++; }
  if (title) {
    ws.mergeCells(`A${row}:${last}${row}`);
    const c = ws.getCell(row, 1);
    c.value = title;
    c.font = { name: '宋体', size: 16, bold: true };
    c.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    ws.getRow(row).height = 32;
    row++;
  }
  if (s.source) { ws.mergeCells(`A${row}:${last}${row}`); ws.getCell(row, 1).value = s.source; ws.getCell(row, 1).alignment = { horizontal: 'center' }; row++; }
  if (s.stat) {
    const from = colLetter(Math.max(1, lastCol - 2));
    for (const line of [`表    号：${s.stat.code}`, `制定机关：${s.stat.org}`, `批准文号：${s.stat.approval ?? 'X统制〔2020〕5号'}`, '有效期至：2026年12月']) {
      ws.mergeCells(`${from}${row}:${last}${row}`);
      ws.getCell(`${from}${row}`).value = line;
      ws.getCell(`${from}${row}`).font = { size: 9 };
      row++;
    }
  }
  if (s.meta) { ws.mergeCells(`A${row}:${last}${row}`); ws.getCell(row, 1).value = s.meta; ws.getCell(row, 1).font = { size: 10 }; row++; }

  const top = row;
  const D = Math.max(...s.cols.map(depth));
  let c = 1;
  const labelHeads = [...s.rowHead, ...(s.unitCol ? [s.unitCol] : []), ...(s.lineCol ? [s.lineCol] : [])];
  for (const h of labelHeads) {
    if (D > 1) ws.mergeCells(top, c, top + D - 1, c);
    head(ws.getCell(top, c), h);
    ws.getColumn(c).width = h === s.unitCol || h === s.lineCol ? 9 : 16;
    c++;
  }
  const leafCols: Array<{ c: number; leaf: Leaf; groups: string[] }> = [];
  const place = (n: Node, r: number, cc: number, groups: string[]) => {
    if (isLeaf(n)) {
      if (r < top + D - 1) ws.mergeCells(r, cc, top + D - 1, cc);
      head(ws.getCell(r, cc), n.l);
      ws.getColumn(cc).width = Math.max(7, Math.min(16, n.l.length * 2 + 2));
      leafCols.push({ c: cc, leaf: n, groups });
      return;
    }
    const w = width(n);
    if (w > 1) ws.mergeCells(r, cc, r, cc + w - 1);
    head(ws.getCell(r, cc), n.g);
    let x = cc;
    for (const ch of n.c) { place(ch, r + 1, x, [...groups, n.g]); x += width(ch); }
  };
  for (const n of s.cols) { place(n, top, c, []); c += width(n); }
  for (let r = top; r < top + D; r++) ws.getRow(r).height = 26;
  row = top + D;
  if (s.codeRow) {
    const zh = ['甲', '乙', '丙', '丁'];
    labelHeads.forEach((_, i) => { ws.getCell(row, i + 1).value = zh[i]; });
    leafCols.forEach((lc, i) => { ws.getCell(row, lc.c).value = i + 1; });
    for (let k = 1; k <= lastCol; k++) { ws.getCell(row, k).alignment = { horizontal: 'center' }; ws.getCell(row, k).border = border; }
    row++;
  }
  const nameCol = s.rowHead.length;
  let catStart = -1;
  s.rows.forEach((rl, i) => {
    if (s.rowHead.length === 2) {
      if (i === 0 || s.rows[i - 1].cat !== rl.cat) {
        catStart = row;
        ws.getCell(row, 1).value = rl.cat ?? '';
        ws.getCell(row, 1).alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      }
      const next = s.rows[i + 1];
      if ((!next || next.cat !== rl.cat) && row > catStart) ws.mergeCells(catStart, 1, row, 1);
    }
    ws.getCell(row, nameCol).value = rl.l;
    let k = nameCol + 1;
    if (s.unitCol) { ws.getCell(row, k).value = rl.u ?? '—'; ws.getCell(row, k).alignment = { horizontal: 'center' }; k++; }
    if (s.lineCol) { ws.getCell(row, k).value = i + 1; ws.getCell(row, k).alignment = { horizontal: 'center' }; k++; }
    for (let x = 1; x <= lastCol; x++) ws.getCell(row, x).border = border;
    for (const lc of leafCols) {
      const cell = s.cell(rl, lc.leaf, lc.groups);
      const ref = `${f.file}#${s.name}!${colLetter(lc.c)}${row}`;
      if (gold.some((g) => g.ref === ref)) throw new Error(`duplicate ref ${ref}`);
      gold.push({ ref, label: clean(rl.l + lc.leaf.l), path: [...(rl.cat ? [rl.cat] : []), rl.l, ...lc.groups, lc.leaf.l], element: cell.e, type: cell.t, unit: cell.u, layout: 'grid' });
    }
    row++;
  });
  if (s.total) {
    ws.getCell(row, 1).value = s.total;
    if (labelCols > 1) ws.mergeCells(row, 1, row, labelCols);
    ws.getCell(row, 1).alignment = { horizontal: 'center' };
    for (let x = 1; x <= lastCol; x++) ws.getCell(row, x).border = border;
    row++;
  }
  if (s.footer) { row++; ws.getCell(row, 1).value = s.footer; row++; }
  if (s.note) { ws.getCell(row, 1).value = s.note; row++; }
}

async function writeXForm(f: XForm, outDir: string, goldOnly: boolean, gold: GoldField[]) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Administrator';
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

const info = (a: AnyForm) => ('kit' in a ? a.kit : a.x);

export interface ReadmeText { title: string; contents: string[]; shapes: string[] }

/** builds the kit forms with the kit, then the XForms, then rewrites 报表清单.xlsx, gold.json and README.md over all forms */
export async function buildCorpus(name: string, outDir: string, all: AnyForm[], catalogExtra: Array<[string, string, string, string]>, readme: ReadmeText) {
  const goldOnly = process.argv.includes('--gold-only');
  const kitForms = all.flatMap((a) => ('kit' in a ? [a.kit] : []));
  const corpus = new Corpus(name, outDir, kitForms, catalogExtra);
  await corpus.build();
  const xGold: GoldField[] = [];
  for (const a of all) if ('x' in a) await writeXForm(a.x, outDir, goldOnly, xGold);
  // the kit's retirement rule over every form (it reads only file, freq and the gold fields)
  corpus.forms.splice(0, corpus.forms.length, ...all.map((a) => ('kit' in a ? a.kit : { file: a.x.file, dept: a.x.dept, freq: a.x.freq, title: a.x.title, catalog: a.x.catalog, sheets: [] })));
  corpus.goldFields.push(...xGold);
  for (const g of xGold) if (!corpus.elementNames.has(g.element)) corpus.elementNames.set(g.element, g.path.map(clean).join('/'));
  const order = new Map(all.map((a, i) => [info(a).file, i]));
  const fields = [...corpus.goldFields].sort((a, b) => order.get(a.ref.split('#')[0])! - order.get(b.ref.split('#')[0])!);
  const layoutOf = (a: AnyForm) => ('kit' in a ? a.kit.sheets[0].kind : 'grid');
  const retirement = corpus.retirement();
  const usedElems = new Set(fields.map((g) => g.element));
  const gold = {
    corpus: name,
    formsDir: 'forms',
    catalog: '报表清单.xlsx',
    forms: all.map((a) => ({ file: info(a).file, title: info(a).title, department: info(a).dept, frequency: info(a).freq, layout: layoutOf(a) })),
    fields,
    elements: [...corpus.elementNames].filter(([id]) => usedElems.has(id)).map(([id, n]) => ({ id, name: n })),
    retirement,
  };
  fs.writeFileSync(path.join(outDir, 'gold.json'), JSON.stringify(gold, null, 1) + '\n');

  if (!goldOnly) {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('报表清单');
    ws.addRow(['序号', '文件名', '报表名称', '主管部门', '填报频次', '填报对象']);
    let i = 1;
    for (const a of all) {
      const f = info(a);
      if (f.catalog === false) continue;
      ws.addRow([i++, path.basename(f.file), typeof f.catalog === 'string' ? f.catalog : (f.title ?? '').replace(/^\d{4}年(度)?/, ''), f.dept, FREQ_ZH[f.freq], '村（社区）']);
    }
    for (const [file, title, dept, freq] of catalogExtra) ws.addRow([i++, file, title, dept, freq, '村（社区）']);
    ws.columns.forEach((c) => { c.width = 30; });
    await wb.xlsx.writeFile(path.join(outDir, '报表清单.xlsx'));
  }

  // numbers
  const byLayout: Record<string, number> = { columns: 0, 'indicator-rows': 0, grid: 0 };
  for (const g of fields) byLayout[g.layout]++;
  const formsOf = new Map<string, Set<string>>();
  for (const g of fields) {
    if (g.element.startsWith('remark:')) continue;
    if (!formsOf.has(g.element)) formsOf.set(g.element, new Set());
    formsOf.get(g.element)!.add(g.ref.split('#')[0]);
  }
  const nonRemark = [...formsOf.values()];
  const shared = nonRemark.filter((s) => s.size >= 2).length;
  const absent = all.filter((a) => info(a).catalog === false);
  const depts = new Set(all.map((a) => info(a).dept));
  const pct = (n: number) => `${Math.round((n / fields.length) * 1000) / 10}%`;
  const stats = {
    forms: all.length, depts: depts.size, fields: fields.length, byLayout, elements: gold.elements.length,
    nonRemarkElements: nonRemark.length, shared, sharedPct: Math.round((shared / nonRemark.length) * 1000) / 10, absent: absent.length,
  };
  console.error(`blind15: ${stats.forms} forms of ${stats.depts} offices (${stats.absent} not in the catalog), ${stats.fields} fields ` +
    `(columns ${byLayout.columns} ${pct(byLayout.columns)}, indicator-rows ${byLayout['indicator-rows']} ${pct(byLayout['indicator-rows'])}, grid ${byLayout.grid} ${pct(byLayout.grid)}), ` +
    `${stats.elements} elements (${stats.nonRemarkElements} without 备注; ${shared} = ${stats.sharedPct}% in ≥2 forms)`);
  console.error(`full ${retirement.full.length}: ${retirement.full.join(', ')}`);
  console.error(`partial ${retirement.partial.length}: ${retirement.partial.map((p) => `${p} (${retirement.coverage[p]})`).join(', ')}`);

  const fieldsOf = (file: string) => fields.filter((g) => g.ref.split('#')[0] === file).length;
  const elemsOf = (file: string) => new Set(fields.filter((g) => g.ref.split('#')[0] === file && !g.element.startsWith('remark:')).map((g) => g.element));
  const freqOf = new Map(all.map((a) => [info(a).file, info(a).freq]));
  /** the covering forms that collect most of a retired form's elements (the full coveredBy list is in gold.json) */
  const mainCover = (file: string) => {
    const mine = elemsOf(file);
    return all.map(info).filter((o) => o.file !== file && RANK[o.freq] >= RANK[freqOf.get(file)!])
      .map((o) => { const theirs = elemsOf(o.file); return { file: o.file, n: [...mine].filter((e) => theirs.has(e)).length }; })
      .filter((x) => x.n > 0).sort((a, b) => b.n - a.n || a.file.localeCompare(b.file)).slice(0, 3)
      .map((x) => `${x.file} (${x.n} of ${mine.size})`).join('; ');
  };
  const lines = [
    `# ${readme.title}`,
    '',
    'Held-out: score only with --final; do not tune on it.',
    '',
    '## First look',
    '',
    '## Contents',
    '',
    `${stats.forms} templates of ${stats.depts} county offices, ${stats.fields} gold fields (columns ${byLayout.columns}, indicator-rows ` +
      `${byLayout['indicator-rows']}, grid ${byLayout.grid}), ${stats.elements} elements (${stats.nonRemarkElements} without the forms' 备注, ` +
      `${shared} of them = ${stats.sharedPct}% collected by two or more forms). ${stats.absent} templates are not in 报表清单.xlsx; the catalog ` +
      `also lists ${catalogExtra.length} files that are not in the folder (${catalogExtra.map((c) => c[0]).join('、')}).`,
    '',
    ...readme.contents,
    '',
    '| file | office | frequency | layout | fields | in catalog |',
    '|---|---|---|---|---|---|',
    ...all.map((a) => { const f = info(a); return `| ${f.file} | ${f.dept} | ${f.freq} | ${layoutOf(a)} | ${fieldsOf(f.file)} | ${f.catalog === false ? 'no' : 'yes'} |`; }),
    '',
    '## Shapes',
    '',
    ...readme.shapes,
    '',
    '## Retirement truth',
    '',
    'Computed from the gold by the bench rule (coverage = share of a form\'s elements, 备注 excluded, that another form of the same or a',
    'higher frequency also collects).',
    '',
    ...retirement.full.map((f) => `- full: ${f} — mainly ${mainCover(f)}`),
    ...retirement.partial.map((f) => `- partial (${retirement.coverage[f]}): ${f} — mainly ${mainCover(f)}`),
    '',
    `Every other form is below 0.8. ${retirement.full.length} full, ${retirement.partial.length} partial; the complete coveredBy lists are in gold.json.`,
    '',
    '## Rebuild',
    '',
    '```',
    'cd /work/main',
    'npx tsx tests/blind15/build-corpus.ts               # forms/, 报表清单.xlsx, gold.json, README.md',
    'npx tsx tests/blind15/build-corpus.ts --gold-only   # gold.json and README.md only',
    'npx tsx tests/blind4/check-corpus.ts tests/blind15  # every gold ref points at its label (prints bad 0)',
    '```',
    '',
    'The build is deterministic: the same specs give the same gold.json. `soffice` on the PATH turns the three `xls: true` forms',
    'into real .xls round trips; without it they are written directly with their .xls artefacts.',
    '',
  ];
  fs.writeFileSync(path.join(outDir, 'README.md'), lines.join('\n'));
  return stats;
}

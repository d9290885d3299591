import ExcelJS from 'exceljs';
import fs from 'node:fs';
import path from 'node:path';
async function main() {
const dir = process.argv[2];
const gold = JSON.parse(fs.readFileSync(path.join(dir, 'gold.json'), 'utf8'));
const byFile = new Map<string, any[]>();
for (const f of gold.fields) { const file = f.ref.split('#')[0]; if (!byFile.has(file)) byFile.set(file, []); byFile.get(file)!.push(f); }
let bad = 0;
for (const [file, fs2] of byFile) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path.join(dir, 'forms', file));
  for (const f of fs2) {
    const [sheet, a1] = f.ref.split('#')[1].split('!');
    const ws = wb.getWorksheet(sheet);
    if (!ws) { console.log('no sheet', f.ref); bad++; continue; }
    const v = ws.getCell(a1).value;
    const txt = v == null ? '' : String(typeof v === 'object' && 'richText' in (v as any) ? (v as any).richText.map((r: any) => r.text).join('') : v);
    const expect = f.label;
    if (!/#.*!/.test(f.ref)) continue;
    const isGrid = gold.forms.find((x: any) => x.file === file)?.layout === 'grid' && txt === '';
    if (txt.trim() !== expect.trim() && !isGrid) { console.log('mismatch', f.ref, JSON.stringify(txt), JSON.stringify(expect)); bad++; }
  }
  if (process.argv[3]) console.log(file, wb.worksheets.map((w) => `${w.name}${w.state !== 'visible' ? '(' + w.state + ')' : ''}`).join(','));
}
console.log('bad', bad);
}
void main();

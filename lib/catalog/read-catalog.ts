import type ExcelJS from "exceljs";
import { cellText } from "@/lib/templates/cell-value";
import { frequencyFromCatalogWord, targetLevelsFromText } from "@/lib/templates/metadata";
import { norm } from "@/lib/templates/text";
import type { CatalogEntry } from "@/lib/templates/types";

const COLUMN_CUES: Record<keyof Omit<CatalogEntry, "targetLevels"> | "target", RegExp> = {
  fileName: /^(文件名|文件名称|模板文件|表样文件|附件名称)$/,
  title: /^(报表名称|表名|名称|报表名)$/,
  department: /^(主管部门|部门|业务主管部门|责任部门|牵头部门|发文部门)$/,
  frequency: /^(填报频次|频次|报送频次|填报周期|报送周期|频率)$/,
  target: /^(填报对象|报送对象|填报主体|适用对象)$/,
};

type Columns = Partial<Record<keyof typeof COLUMN_CUES, number>>;

function findHeader(ws: ExcelJS.Worksheet): { row: number; cols: Columns } | null {
  for (let r = 1; r <= Math.min(ws.rowCount, 10); r++) {
    const cols: Columns = {};
    ws.getRow(r).eachCell((cell, c) => {
      const t = norm(cellText(cell.value));
      for (const [key, re] of Object.entries(COLUMN_CUES)) if (re.test(t) && !cols[key as keyof Columns]) cols[key as keyof Columns] = c;
    });
    if (cols.fileName || cols.title) return { row: r, cols };
  }
  return null;
}

/** Base name of a path, both separators. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Reads the 报表清单 catalog: one entry per listed template file. */
export function readCatalog(workbook: ExcelJS.Workbook): CatalogEntry[] {
  const sheets = workbook.worksheets.filter((ws) => ws.state === "visible" || !ws.state);
  const ordered = [...sheets.filter((ws) => /报表清单|清单|目录/.test(ws.name)), ...sheets];
  for (const ws of ordered) {
    const header = findHeader(ws);
    if (!header) continue;
    const { cols } = header;
    const out: CatalogEntry[] = [];
    const text = (r: number, c?: number) => (c ? cellText(ws.getCell(r, c).value) : "");
    for (let r = header.row + 1; r <= Math.min(ws.rowCount, 20_000); r++) {
      const fileName = baseName(text(r, cols.fileName).trim());
      const title = text(r, cols.title) || null;
      if (!fileName && !title) continue;
      out.push({
        fileName,
        title,
        department: norm(text(r, cols.department)) || null,
        frequency: frequencyFromCatalogWord(text(r, cols.frequency)),
        targetLevels: targetLevelsFromText(text(r, cols.target)) ?? [],
      });
    }
    return out;
  }
  return [];
}

const lookups = new WeakMap<CatalogEntry[], { exact: Map<string, CatalogEntry>; loose: Map<string, CatalogEntry> }>();
const looseKey = (s: string) => norm(s).replace(/\.(xlsx|xlsm|xls|et)$/i, "");

/** The catalog indexed once (first entry per name wins, as a linear search would): 3,000 files × 3,000 rows add up. */
function lookupOf(entries: CatalogEntry[]) {
  let lookup = lookups.get(entries);
  if (!lookup) {
    lookup = { exact: new Map(), loose: new Map() };
    for (const e of entries) {
      if (!lookup.exact.has(e.fileName)) lookup.exact.set(e.fileName, e);
      if (e.fileName && !lookup.loose.has(looseKey(e.fileName))) lookup.loose.set(looseKey(e.fileName), e);
    }
    lookups.set(entries, lookup);
  }
  return lookup;
}

/** Finds a file's catalog entry by base name (exact, then without extension and spaces). */
export function findCatalogEntry(entries: CatalogEntry[], relativePath: string): CatalogEntry | null {
  const base = baseName(relativePath);
  const { exact, loose } = lookupOf(entries);
  return exact.get(base) ?? loose.get(looseKey(base)) ?? null;
}

import type { CellScalar } from "./types";
import type { MergeBox, SheetGrid } from "./sheet-grid";
import { GRID_LIMITS } from "./sheet-grid";

/**
 * Many government systems export "Excel" files that are HTML tables saved as .xls. This reads the first
 * table (rowspan/colspan → merges) into a SheetGrid so the template parser can treat it like a sheet.
 */

const ENTITIES: Record<string, string> = { nbsp: " ", amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", ensp: " ", emsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, e: string) => {
    if (e[0] === "#") {
      const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e.toLowerCase()] ?? whole;
  });
}

function cellTextOf(html: string): string {
  const withBreaks = html.replace(/<br\s*\/?>/gi, "\n").replace(/<\/(p|div)>/gi, "\n");
  return decodeEntities(withBreaks.replace(/<[^>]*>/g, ""))
    .replace(/[ \t\r\f]+/g, " ")
    .replace(/ *\n */g, "\n")
    .trim();
}

/** Decodes the bytes with the charset the page declares (GBK is common), else UTF-8. */
export function decodeHtml(buf: Buffer): string {
  const head = buf.subarray(0, 2048).toString("latin1");
  const declared = /charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1]?.toLowerCase();
  const charset = declared && /^(gb2312|gbk|gb18030)$/.test(declared) ? "gb18030" : "utf-8";
  return new TextDecoder(charset).decode(buf).replace(/^\uFEFF/, "");
}

function spanOf(attrs: string, name: string, max: number): number {
  const m = new RegExp(`${name}\\s*=\\s*["']?(\\d+)`, "i").exec(attrs);
  return m ? Math.max(1, Math.min(max, Number(m[1]))) : 1;
}

/** The first <table> of an HTML page as a grid; null when the page has no table. */
export function htmlTableToGrid(html: string, name = "Sheet1"): SheetGrid | null {
  const table = /<table\b[\s\S]*?<\/table>/i.exec(html)?.[0];
  if (!table) return null;
  const texts = new Map<number, string>();
  const occupied = new Set<number>();
  const merges: MergeBox[] = [];
  const key = (r: number, c: number) => r * 1024 + c;
  let r = 0;
  let maxCol = 0;
  for (const tr of table.matchAll(/<tr\b[^>]*>([\s\S]*?)(?=<tr\b|<\/table>)/gi)) {
    if (++r > GRID_LIMITS.maxRow) break;
    let c = 1;
    for (const td of tr[1].matchAll(/<t([dh])\b([^>]*)>([\s\S]*?)(?=<t[dh]\b|<\/tr>|$)/gi)) {
      while (occupied.has(key(r, c))) c++;
      const rows = spanOf(td[2], "rowspan", 1000);
      const cols = spanOf(td[2], "colspan", GRID_LIMITS.maxCol);
      const text = cellTextOf(td[3].replace(/<\/t[dh]>\s*$/i, ""));
      if (text && c <= GRID_LIMITS.maxCol) texts.set(key(r, c), text);
      for (let y = r; y < r + rows; y++) for (let x = c; x < c + cols; x++) occupied.add(key(y, x));
      if (rows > 1 || cols > 1) merges.push({ r1: r, c1: c, r2: r + rows - 1, c2: c + cols - 1 });
      maxCol = Math.max(maxCol, c + cols - 1);
      c += cols;
    }
  }
  const mergeIndex = new Map<number, MergeBox>();
  for (const m of merges) for (let y = m.r1; y <= m.r2; y++) for (let x = m.c1; x <= m.c2; x++) mergeIndex.set(key(y, x), m);
  return {
    name,
    maxRow: r,
    maxCol: Math.min(maxCol, GRID_LIMITS.maxCol),
    text: (y, x) => texts.get(key(y, x)) ?? "",
    value: (y, x): CellScalar => texts.get(key(y, x)) ?? null,
    mergeAt: (y, x) => mergeIndex.get(key(y, x)) ?? null,
    validations: new Map(),
    formulaCount: 0,
    hiddenColumns: new Set(),
  };
}

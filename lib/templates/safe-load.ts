import ExcelJS from "exceljs";
import { TemplateError } from "./errors";
import { DEFAULT_CLIP_LIMITS, clipDefinedNamesXml, clipSheetXml, measureSheetXml } from "./xml-bounds";
import { readZipDirectory, readZipEntry, writeZip, ZipFormatError, type ZipEntry } from "./zip";

/** What a template may be and declare before we refuse it (DESIGN: "Reading untrusted workbooks"). */
export interface LoadLimits {
  maxFileBytes: number;
  maxEntries: number;
  maxTotalInflatedBytes: number;
  /** Compression ratio above which a large entry is treated as a zip bomb. */
  maxRatio: number;
  maxSheets: number;
  maxCellsPerSheet: number;
}

export const DEFAULT_LOAD_LIMITS: LoadLimits = {
  maxFileBytes: 20 * 1024 * 1024,
  maxEntries: 2000,
  maxTotalInflatedBytes: 200 * 1024 * 1024,
  maxRatio: 150,
  maxSheets: 100,
  maxCellsPerSheet: 500_000,
};

export type FileKind = "zip" | "ole" | "html" | "xml" | "pdf" | "text" | "empty" | "unknown";

const OLE_MAGIC = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/** Sniffs the container from the first bytes: never trust the extension. */
export function sniffFileKind(buf: Buffer): FileKind {
  if (buf.length === 0) return "empty";
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) return "zip";
  if (buf.length >= 8 && buf.subarray(0, 8).equals(OLE_MAGIC)) return "ole";
  const head = buf.subarray(0, 2048).toString("utf8").replace(/^\uFEFF/, "").trimStart().toLowerCase();
  if (head.startsWith("%pdf")) return "pdf";
  if (/^<\?xml[^>]*>\s*(<\?mso-application[^>]*excel|<workbook)/.test(head) || head.includes("urn:schemas-microsoft-com:office:spreadsheet")) return "xml";
  if (head.startsWith("<") || head.startsWith("mime-version") || /<html|<table|<meta/.test(head)) return "html";
  const sample = buf.subarray(0, 4096);
  const binary = sample.filter((b) => b < 9 || (b > 13 && b < 32)).length;
  return binary === 0 ? "text" : "unknown";
}

function refuseNonZip(kind: FileKind, buf: Buffer, fileName: string): never {
  if (kind === "empty") throw new TemplateError("empty", fileName);
  if (kind === "ole") {
    const utf16 = Buffer.from("EncryptedPackage", "utf16le");
    throw new TemplateError(buf.includes(utf16) ? "encrypted" : "oldXls", fileName);
  }
  if (kind === "html") throw new TemplateError("htmlAsXls", fileName);
  if (kind === "xml") throw new TemplateError("xmlSpreadsheet2003", fileName);
  if (kind === "pdf") throw new TemplateError("pdf", fileName);
  if (kind === "text") throw new TemplateError("csv", fileName);
  throw new TemplateError("notExcel", fileName, "无法识别的文件格式");
}

function isUnsafeName(name: string): boolean {
  return name.startsWith("/") || name.startsWith("\\") || /^[a-zA-Z]:/.test(name) || name.split(/[\\/]/).includes("..");
}

/** Checks the zip directory: entry count, names, declared sizes and ratios, macros, workbook part. */
export function inspectZipDirectory(buf: Buffer, fileName: string, limits: LoadLimits = DEFAULT_LOAD_LIMITS): ZipEntry[] {
  let entries: ZipEntry[];
  try {
    entries = readZipDirectory(buf, limits.maxEntries);
  } catch (error) {
    throw new TemplateError("zipCorrupt", fileName, error instanceof ZipFormatError ? error.message : "");
  }
  if (entries.length > limits.maxEntries) throw new TemplateError("zipTooManyEntries", fileName, `${entries.length} 个`);
  let total = 0;
  for (const e of entries) {
    if (isUnsafeName(e.name)) throw new TemplateError("zipUnsafeName", fileName, e.name);
    if (e.flags & 1) throw new TemplateError("encrypted", fileName);
    total += e.uncompressedSize;
    const ratio = e.uncompressedSize / Math.max(1, e.compressedSize);
    if (e.uncompressedSize > 1024 * 1024 && ratio > limits.maxRatio) {
      throw new TemplateError("zipBomb", fileName, `${e.name} 压缩比 ${Math.round(ratio)}:1`);
    }
  }
  if (total > limits.maxTotalInflatedBytes) throw new TemplateError("zipBomb", fileName, `解压后 ${Math.round(total / 1048576)} MB`);
  if (entries.some((e) => /vbaProject\.bin$/i.test(e.name))) throw new TemplateError("macros", fileName);
  if (!entries.some((e) => e.name === "xl/workbook.xml")) {
    const isWord = entries.some((e) => e.name.startsWith("word/"));
    throw new TemplateError("notExcel", fileName, isWord ? "这是 Word 文档" : "压缩包中没有工作簿");
  }
  return entries;
}

export interface PreparedBuffer {
  buffer: Buffer;
  warnings: string[];
}

/**
 * Inflates every part once (bounded by its declared size: a header that lies about it fails here, before
 * exceljs would see it), refuses huge sheets, clips merges/validations/defined names, and re-packs the parts
 * stored (uncompressed): exceljs (JSZip, inflating in JavaScript) then copies them instead of inflating each
 * part a second time.
 */
export function prepareWorkbookBuffer(buf: Buffer, entries: ZipEntry[], fileName: string, limits = DEFAULT_LOAD_LIMITS): PreparedBuffer {
  const sheets = entries.filter((e) => /^xl\/worksheets\/[^/]+\.xml$/.test(e.name));
  if (sheets.length > limits.maxSheets) throw new TemplateError("tooManySheets", fileName, `${sheets.length} 个`);
  const parts = new Map<ZipEntry, Buffer>();
  const warnings: string[] = [];
  let maxRow = 1;
  let maxCol = 1;
  for (const entry of sheets) {
    const raw = readEntry(buf, entry, fileName);
    const xml = raw.toString("utf8");
    const used = measureSheetXml(xml);
    if (used.cellCount > limits.maxCellsPerSheet) throw new TemplateError("tooManyCells", fileName, `${used.cellCount} 个`);
    maxRow = Math.max(maxRow, used.maxRow + DEFAULT_CLIP_LIMITS.marginRows);
    maxCol = Math.max(maxCol, used.maxCol + DEFAULT_CLIP_LIMITS.marginCols);
    const clipped = clipSheetXml(xml);
    warnings.push(...clipped.notes);
    parts.set(entry, clipped.changed ? Buffer.from(clipped.xml, "utf8") : raw);
  }
  for (const entry of entries) if (!parts.has(entry) && !entry.name.endsWith("/")) parts.set(entry, readEntry(buf, entry, fileName));
  const wbEntry = entries.find((e) => e.name === "xl/workbook.xml")!;
  const names = clipDefinedNamesXml(parts.get(wbEntry)!.toString("utf8"), maxRow, maxCol);
  if (names.changed) parts.set(wbEntry, Buffer.from(names.xml, "utf8"));
  warnings.push(...names.notes);
  const files = entries.filter((e) => !e.name.endsWith("/")).map((e) => ({ name: e.name, data: parts.get(e)! }));
  return { buffer: writeZip(files), warnings };
}

function readEntry(buf: Buffer, entry: ZipEntry, fileName: string): Buffer {
  try {
    return readZipEntry(buf, entry);
  } catch (error) {
    throw new TemplateError("zipCorrupt", fileName, error instanceof Error ? error.message : "");
  }
}

export interface SafeWorkbook {
  workbook: ExcelJS.Workbook;
  warnings: string[];
}

/** Looks before loading, then loads with exceljs. Every refusal is a TemplateError with a Chinese message. */
export async function loadWorkbookSafely(buf: Buffer, fileName: string, limits = DEFAULT_LOAD_LIMITS): Promise<SafeWorkbook> {
  if (buf.length > limits.maxFileBytes) throw new TemplateError("tooLarge", fileName, `${(buf.length / 1048576).toFixed(1)} MB`);
  const kind = sniffFileKind(buf);
  if (kind !== "zip") refuseNonZip(kind, buf, fileName);
  const entries = inspectZipDirectory(buf, fileName, limits);
  const prepared = prepareWorkbookBuffer(buf, entries, fileName, limits);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(prepared.buffer as unknown as ArrayBuffer);
  } catch (error) {
    throw new TemplateError("loadFailed", fileName, error instanceof Error ? error.message.slice(0, 120) : "");
  }
  return { workbook, warnings: prepared.warnings };
}

import { createHash } from "node:crypto";
import { readCatalog } from "@/lib/catalog/read-catalog";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import type { CatalogEntry } from "@/lib/templates/types";
import { UploadRefusal } from "./upload-decisions";

/** Catalogs read lately, by name and content: a folder upload sends the same 报表清单 with each of its 600 files. */
const recent = new Map<string, CatalogEntry[]>();
const RECENT_KEPT = 8;

/**
 * Reads an uploaded 报表清单 with the same safe loader as templates; an unreadable catalog is refused by name. The
 * same bytes under the same name are read once: callers get the same (read-only) list, which the parse pool also
 * sends to each worker only once.
 */
export async function readCatalogFile(bytes: Buffer, fileName: string): Promise<CatalogEntry[]> {
  const key = `${createHash("sha256").update(bytes).digest("hex")}:${fileName}`;
  const known = recent.get(key);
  if (known) return known;
  const { workbook } = await loadWorkbookSafely(bytes, fileName);
  const entries = readCatalog(workbook);
  if (entries.length === 0) throw new UploadRefusal(fileName, `报表清单「${fileName}」中没有找到表头（文件名、报表名称、主管部门、填报频次）或数据行。请检查清单后重新选择，或不选清单直接上传。`);
  recent.set(key, entries);
  for (const k of recent.keys()) if (recent.size > RECENT_KEPT) recent.delete(k);
  return entries;
}

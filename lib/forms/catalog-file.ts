import { readCatalog } from "@/lib/catalog/read-catalog";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import type { CatalogEntry } from "@/lib/templates/types";
import { UploadRefusal } from "./upload-decisions";

/** Reads an uploaded 报表清单 with the same safe loader as templates; an unreadable catalog is refused by name. */
export async function readCatalogFile(bytes: Buffer, fileName: string): Promise<CatalogEntry[]> {
  const { workbook } = await loadWorkbookSafely(bytes, fileName);
  const entries = readCatalog(workbook);
  if (entries.length === 0) throw new UploadRefusal(fileName, `报表清单「${fileName}」中没有找到表头（文件名、报表名称、主管部门、填报频次）或数据行。请检查清单后重新选择，或不选清单直接上传。`);
  return entries;
}

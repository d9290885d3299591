import "server-only";
import { buildSheetPreview, type SheetPreview } from "@/lib/forms/sheet-preview";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import { a1, buildSheetGrid } from "@/lib/templates/sheet-grid";
import { getFileById } from "@/db/queries/files";
import type { TemplateLayoutInfo } from "@/lib/templates/types";
import type { Form, FormField } from "@/db/schema";
import type { DbOrTx } from "@/db/types";

export type CellMark = { kind: "header" | "field" | "excluded"; title?: string };

export const PREVIEW_LIMITS = { maxRows: 40, maxCols: 30 };

/**
 * The original sheet, rendered from the stored file on demand (one source of truth: the file as
 * uploaded). null when the file cannot be shown; the page then says so instead of failing.
 */
export async function loadSheetPreview(db: DbOrTx, form: Form, info: TemplateLayoutInfo = form.definition.layoutInfo): Promise<SheetPreview | null> {
  const file = await getFileById(db, { id: form.fileId });
  if (!file) return null;
  try {
    const { workbook } = await loadWorkbookSafely(file.bytes, file.name);
    const sheet = workbook.getWorksheet(info.sheet);
    if (!sheet) return null;
    const date1904 = !!(workbook.properties as { date1904?: boolean } | undefined)?.date1904;
    return buildSheetPreview(buildSheetGrid(sheet, { date1904 }), { ...PREVIEW_LIMITS, minCols: info.columns[1] });
  } catch (error) {
    console.error("[forms/preview]", form.id, error);
    return null;
  }
}

/** Marks the detected header area and every field's cell; hovering a field cell names the field. */
export function markCells(form: Form, fields: FormField[], info: TemplateLayoutInfo = form.definition.layoutInfo): Record<string, CellMark> {
  const marks: Record<string, CellMark> = {};
  const { headerRows, columns, sheet } = info;
  for (let r = headerRows[0]; r <= headerRows[1]; r++) {
    for (let c = columns[0]; c <= columns[1]; c++) marks[a1(r, c)] = { kind: "header" };
  }
  for (const field of fields) {
    const [fieldSheet, cell] = field.ref.includes("!") ? field.ref.split("!") : [sheet, field.ref];
    if (fieldSheet.replace(/^'|'$/g, "") !== sheet) continue;
    marks[cell] = { kind: field.excluded ? "excluded" : "field", title: `${field.label}｜${field.path.join(" › ")}` };
  }
  return marks;
}

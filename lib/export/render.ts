import type ExcelJS from "exceljs";
import type { FormKind, Layout } from "@/lib/domain";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import type { FormPart, TemplateLayoutInfo } from "@/lib/templates/types";
import { fillTemplate, type ExportField, type ExportUnit, type FillSummary } from "./fill-template";

export interface RenderInput {
  template: { name: string; bytes: Buffer };
  layout: Layout;
  kind: FormKind;
  layoutInfo: TemplateLayoutInfo;
  parts?: FormPart[];
  fields: ExportField[];
  units: ExportUnit[];
  singleUnit: boolean;
}

/** Loads the stored original template (through the same safe loader as uploads) and fills it. */
export async function renderFormWorkbook(input: RenderInput): Promise<{ workbook: ExcelJS.Workbook; summary: FillSummary }> {
  const { workbook } = await loadWorkbookSafely(input.template.bytes, input.template.name);
  const { layout, kind, layoutInfo, parts, fields, units, singleUnit } = input;
  const summary = fillTemplate(workbook, { layout, kind, layoutInfo, parts, fields, units, singleUnit });
  return { workbook, summary };
}

/** `区民政局_困难群众走访登记表_2026-11_团山湖村.xlsx` without characters file systems refuse. */
export function exportFileName(parts: string[]): string {
  return `${parts
    .filter(Boolean)
    .join("_")
    .replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_")
    .slice(0, 150)}.xlsx`;
}

/** Content-Disposition with an ASCII fallback and the UTF-8 name (RFC 5987 / RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

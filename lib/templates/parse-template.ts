import ExcelJS from "exceljs";
import { TemplateError } from "./errors";
import { decodeHtml, htmlTableToGrid } from "./html-table";
import { parseGrids, parseWorkbook, type ParseOptions } from "./parse-workbook";
import { DEFAULT_LOAD_LIMITS, loadWorkbookSafely, sniffFileKind, type LoadLimits } from "./safe-load";
import type { FormDefinition } from "./types";

export interface ParseTemplateOptions extends ParseOptions {
  limits?: LoadLimits;
}

const HTML_WARNING = "文件实际是网页 (HTML) 格式，已按其中的表格读取；下拉选项等信息会丢失，建议在 Excel 中另存为 .xlsx 后重新上传。";

/** An HTML table saved as .xls (common from government systems): read its first table as the sheet. */
function parseHtmlTemplate(buffer: Buffer, fileName: string, options: ParseTemplateOptions): FormDefinition[] {
  const grid = htmlTableToGrid(decodeHtml(buffer));
  if (!grid) throw new TemplateError("htmlAsXls", fileName);
  const forms = parseGrids([grid], new ExcelJS.Workbook(), fileName, options);
  for (const form of forms) form.warnings.push(HTML_WARNING);
  return forms;
}

/** Buffer → form definitions: checks the file, loads it bounded, parses every form sheet. */
export async function parseTemplate(buffer: Buffer, fileName: string, options: ParseTemplateOptions = {}): Promise<FormDefinition[]> {
  const limits = options.limits ?? DEFAULT_LOAD_LIMITS;
  if (buffer.length <= limits.maxFileBytes && sniffFileKind(buffer) === "html") return parseHtmlTemplate(buffer, fileName, options);
  const { workbook, warnings } = await loadWorkbookSafely(buffer, fileName, limits);
  return parseWorkbook(workbook, fileName, { ...options, warnings: [...(options.warnings ?? []), ...warnings] });
}

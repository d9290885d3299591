/** Template parser: untrusted .xlsx → form definitions (plain data). */
export { cellText, cellValue, excelSerialToDate, toHalfWidth } from "./cell-value";
export { TemplateError, isTemplateError, type TemplateProblem } from "./errors";
export { parseWorkbook, type ParseOptions } from "./parse-workbook";
export { loadWorkbookSafely, sniffFileKind, DEFAULT_LOAD_LIMITS, type LoadLimits } from "./safe-load";
export { parseTemplate, type ParseTemplateOptions } from "./parse-template";
export { parseWorkbookInWorker, type WorkerParseOptions } from "./parse-worker";
export type { CatalogEntry, CellScalar, FormDefinition, TemplateField, TemplateLayoutInfo } from "./types";

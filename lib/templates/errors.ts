import { AppError } from "@/lib/errors";

/** Why a template was refused. Each has a Chinese message naming the file, the problem and the fix. */
export type TemplateProblem =
  | "tooLarge"
  | "empty"
  | "oldXls"
  | "encrypted"
  | "htmlAsXls"
  | "xmlSpreadsheet2003"
  | "csv"
  | "pdf"
  | "notExcel"
  | "zipCorrupt"
  | "zipUnsafeName"
  | "zipBomb"
  | "zipTooManyEntries"
  | "macros"
  | "tooManyCells"
  | "tooManySheets"
  | "noForm"
  | "noHeader"
  | "timeout"
  | "outOfMemory"
  | "loadFailed";

// Worded for any workbook: the same safe loader reads templates, org-unit lists, check-in task lists and
// cadres' own spreadsheets, so a load problem never speaks of 表样.
const MESSAGES: Record<TemplateProblem, (file: string, detail: string) => string> = {
  tooLarge: (f, d) => `「${f}」文件过大（${d}），超过了上传上限。请删除多余的数据行和工作表后重新上传。`,
  empty: (f) => `「${f}」是空文件。请重新导出后上传。`,
  oldXls: (f) => `「${f}」是旧版 Excel 97-2003 (.xls) 文件，系统只接受 .xlsx。请在 Excel 中打开，选择「文件 → 另存为 → Excel 工作簿 (*.xlsx)」后重新上传。`,
  encrypted: (f) => `「${f}」设置了打开密码（已加密），系统无法读取。请在 Excel 中「文件 → 信息 → 保护工作簿 → 用密码进行加密」清除密码，另存为 .xlsx 后重新上传。`,
  htmlAsXls: (f) => `「${f}」实际上是网页 (HTML) 文件，只是扩展名为 Excel（很多业务系统这样导出）。请用 Excel 打开，选择「另存为 → Excel 工作簿 (*.xlsx)」后重新上传。`,
  xmlSpreadsheet2003: (f) => `「${f}」是 XML 电子表格 2003 格式。请用 Excel 打开，另存为「Excel 工作簿 (*.xlsx)」后重新上传。`,
  csv: (f) => `「${f}」是纯文本 (CSV/TXT) 文件，不是 Excel 工作簿。请在 Excel 中打开，另存为「Excel 工作簿 (*.xlsx)」后上传。`,
  pdf: (f) => `「${f}」是 PDF 文件，无法读取其中的表格。请上传 Excel 工作簿 (.xlsx)。`,
  notExcel: (f, d) => `「${f}」不是 Excel 工作簿${d ? `（${d}）` : ""}。请上传 .xlsx 格式的 Excel 工作簿。`,
  zipCorrupt: (f, d) => `「${f}」文件已损坏，无法解压${d ? `（${d}）` : ""}。请在 Excel 中重新打开并另存为 .xlsx 后上传。`,
  zipUnsafeName: (f, d) => `「${f}」内部包含不安全的路径（${d}），已拒绝。请在 Excel 中另存为新的 .xlsx 文件后上传。`,
  zipBomb: (f, d) => `「${f}」解压后体积异常（${d}），可能是恶意文件，已拒绝。请在 Excel 中另存为新的 .xlsx 文件后上传。`,
  zipTooManyEntries: (f, d) => `「${f}」内部文件过多（${d}），已拒绝。请删除多余的工作表和图片后另存为 .xlsx 上传。`,
  macros: (f) => `「${f}」包含宏 (VBA 代码)，出于安全考虑已拒绝。请在 Excel 中另存为「Excel 工作簿 (*.xlsx)」（不含宏）后重新上传。`,
  tooManyCells: (f, d) => `「${f}」有一个工作表单元格过多（${d}，上限 50 万）。请删除多余的行列后重新上传，大的名单可分成几个文件。`,
  tooManySheets: (f, d) => `「${f}」工作表过多（${d}）。请删除无关的工作表后重新上传。`,
  noForm: (f) => `「${f}」没有可见的填报工作表（只有填表说明或隐藏的工作表）。请检查文件后重新上传。`,
  noHeader: (f, d) => `「${f}」${d ? `工作表「${d}」` : ""}中没有找到可识别的表头（至少两个并排的列标题）。请确认表头在表格上方、没有被隐藏，然后重新上传。`,
  timeout: (f) => `「${f}」解析超时，文件可能过于复杂或已损坏。请删除多余的行列和格式后重新上传。`,
  outOfMemory: (f) => `「${f}」解析时占用内存过多，已中止。请删除多余的行列和格式后重新上传。`,
  loadFailed: (f, d) => `「${f}」无法读取${d ? `（${d}）` : ""}。请在 Excel 中打开并另存为 .xlsx 后重新上传。`,
};

/** A template the system refuses, with a Chinese message a user can act on. */
export class TemplateError extends AppError {
  readonly problem: TemplateProblem;
  readonly fileName: string;

  constructor(problem: TemplateProblem, fileName: string, detail = "") {
    super(problem === "tooLarge" ? "fileTooLarge" : "badFile", { file: fileName, problem, detail });
    this.problem = problem;
    this.fileName = fileName;
    this.message = MESSAGES[problem](fileName, detail);
    this.name = "TemplateError";
  }
}

export function isTemplateError(error: unknown): error is TemplateError {
  return error instanceof TemplateError;
}

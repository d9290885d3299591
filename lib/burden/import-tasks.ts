import type { Frequency, TargetLevel } from "../domain";
import type { CheckinForbiddenKind } from "./types";

/** One row of a check-in task list as read from a sheet (cell texts by header). */
export interface TaskSheetRow {
  rowNumber: number;
  app: string;
  department: string;
  name: string;
  frequency: string;
  requiredCount: string;
  target: string;
  forbidden: string;
}

export interface ValidTaskRow {
  rowNumber: number;
  app: string;
  departmentId: string;
  name: string;
  frequency: Frequency;
  requiredCount: number;
  targetLevels: TargetLevel[];
  forbiddenKind: CheckinForbiddenKind | null;
}

export interface TaskRowError {
  rowNumber: number;
  key: string;
  params?: Record<string, string | number>;
}

export const TASK_HEADERS: Record<keyof Omit<TaskSheetRow, "rowNumber">, RegExp> = {
  app: /^(应用名称|APP名称|应用|APP|平台)$/i,
  department: /^(主管部门|部门|责任部门)$/,
  name: /^(打卡任务|任务名称|打卡事项|任务)$/,
  frequency: /^(频次|打卡频次|频率)$/,
  requiredCount: /^(每期次数|次数|每期打卡次数|要求次数)$/,
  target: /^(打卡对象|适用对象|对象|填报对象)$/,
  forbidden: /^(禁止类型|类型|是否明令禁止)$/,
};

const FREQUENCY_WORDS: [RegExp, Frequency][] = [
  [/^(每日|每天|日|日报|daily)$/i, "daily"],
  [/^(每周|周|周报|weekly)$/i, "weekly"],
  [/^(每月|月|月报|monthly)$/i, "monthly"],
  [/^(每季度?|季|季度|季报|quarterly)$/i, "quarterly"],
  [/^(每半年|半年|半年报)$/, "semiannual"],
  [/^(每年|年|年报|annual)$/i, "annual"],
];

const FORBIDDEN_WORDS: [RegExp, CheckinForbiddenKind][] = [
  [/强制|定位|签到/, "forced_checkin"],
  [/积分|排名|排行/, "points_ranking"],
  [/在线|时长/, "online_time"],
];

/**
 * Checks every row of a check-in task list before anything is saved: known department, frequency,
 * a whole count 1–1000, levels; one bad row means nothing is imported and every bad row is reported.
 */
export function validateTaskRows(rows: TaskSheetRow[], departments: Map<string, string>): { valid: ValidTaskRow[]; errors: TaskRowError[] } {
  const valid: ValidTaskRow[] = [];
  const errors: TaskRowError[] = [];
  const seen = new Set<string>();
  for (const row of rows) {
    const problems: TaskRowError[] = [];
    const departmentId = departments.get(row.department.trim());
    if (!row.app.trim()) problems.push({ rowNumber: row.rowNumber, key: "import.appMissing" });
    if (!row.name.trim()) problems.push({ rowNumber: row.rowNumber, key: "import.nameMissing" });
    if (!departmentId) problems.push({ rowNumber: row.rowNumber, key: "import.unknownDepartment", params: { name: row.department.trim() || "—" } });
    const frequency = FREQUENCY_WORDS.find(([re]) => re.test(row.frequency.trim()))?.[1];
    if (!frequency) problems.push({ rowNumber: row.rowNumber, key: "import.badFrequency", params: { value: row.frequency.trim() || "—" } });
    const count = Number(row.requiredCount.trim());
    if (!Number.isInteger(count) || count < 1 || count > 1000) problems.push({ rowNumber: row.rowNumber, key: "import.badCount", params: { value: row.requiredCount.trim() || "—" } });
    const target = row.target.trim();
    const targetLevels: TargetLevel[] = !target || /村.*社区|村（社区）|村\(社区\)|全部/.test(target) ? ["village", "community"] : /社区/.test(target) ? ["community"] : /村/.test(target) ? ["village"] : [];
    if (targetLevels.length === 0) problems.push({ rowNumber: row.rowNumber, key: "import.badTarget", params: { value: target } });
    const forbiddenText = row.forbidden.trim();
    const forbiddenKind = !forbiddenText || /^(否|无|—|-)$/.test(forbiddenText) ? null : (FORBIDDEN_WORDS.find(([re]) => re.test(forbiddenText))?.[1] ?? null);
    const key = `${row.app.trim()}|${row.name.trim()}`;
    if (seen.has(key)) problems.push({ rowNumber: row.rowNumber, key: "import.duplicate" });
    seen.add(key);
    if (problems.length) errors.push(...problems);
    else valid.push({ rowNumber: row.rowNumber, app: row.app.trim(), departmentId: departmentId!, name: row.name.trim(), frequency: frequency!, requiredCount: count, targetLevels, forbiddenKind });
  }
  return { valid, errors };
}

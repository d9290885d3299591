import { FREQUENCIES, type Frequency } from "@/lib/domain";
import { AppError } from "@/lib/errors";

/**
 * Who owns an uploaded form and how often it is filled, decided from what the template and catalog say.
 * Messages are Chinese and name the file, like the parser's (they are stored with the draft as hints).
 */
export interface DepartmentRef {
  id: string;
  name: string;
}

export type Uploader = { role: "department_staff"; department: DepartmentRef } | { role: "admin" };

/** A file refused for a reason of ours (not the parser's); `message` names the file. */
export class UploadRefusal extends AppError {
  constructor(readonly fileName: string, message: string) {
    super("badFile", { file: fileName });
    this.message = message;
    this.name = "UploadRefusal";
  }
}

export function isUploadRefusal(error: unknown): error is UploadRefusal {
  return error instanceof UploadRefusal;
}

/** Department names compared without spaces and without the leading 区/县/市 (民政局 = 区民政局). */
function departmentKey(name: string): string {
  return name.replace(/\s+/g, "").replace(/^(区|县|市)/, "");
}

export function findDepartmentByName(departments: DepartmentRef[], name: string): DepartmentRef | null {
  const key = departmentKey(name);
  return departments.find((d) => d.name === name) ?? departments.find((d) => departmentKey(d.name) === key) ?? null;
}

/**
 * Department staff always register forms for their own department (a different name in the file is a
 * warning); an admin's upload goes to the department the file or catalog names, which must exist.
 */
export function decideDepartment(input: { fileName: string; named: string | null; uploader: Uploader; departments: DepartmentRef[] }): { department: DepartmentRef; warnings: string[] } {
  const { fileName, named, uploader, departments } = input;
  if (uploader.role === "department_staff") {
    const own = uploader.department;
    const differs = named && departmentKey(named) !== departmentKey(own.name);
    return { department: own, warnings: differs ? [`「${fileName}」中写明的主管部门是「${named}」，已登记为本部门（${own.name}）的报表。如不属于本部门，请删除此草稿。`] : [] };
  }
  if (!named) throw new UploadRefusal(fileName, `「${fileName}」中没有写明主管部门，报表清单中也没有。请在报表清单中填写主管部门，或由该部门人员上传。`);
  const department = findDepartmentByName(departments, named);
  if (!department) throw new UploadRefusal(fileName, `「${fileName}」的主管部门「${named}」不在本区的部门列表中。请先在「部门」中添加该部门，或在报表清单中改为已有部门的名称。`);
  return { department, warnings: [] };
}

const FREQUENCY_NAMES: Record<Frequency, string> = {
  daily: "日报",
  weekly: "周报",
  monthly: "月报",
  quarterly: "季报",
  semiannual: "半年报",
  annual: "年报",
  adhoc: "不定期",
};

/** The parser's or catalog's frequency; when neither knows, ad hoc with a warning to set it. */
export function decideFrequency(input: { fileName: string; title: string; frequency: Frequency | null }): { frequency: Frequency; warnings: string[] } {
  if (input.frequency && FREQUENCIES.includes(input.frequency)) return { frequency: input.frequency, warnings: [] };
  return { frequency: "adhoc", warnings: [`「${input.fileName}」（${input.title}）没有识别出填报频次，暂定为「${FREQUENCY_NAMES.adhoc}」。请在启用前设置正确的频次。`] };
}

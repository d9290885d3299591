/**
 * Unseen-wording probe (written once, not tuned on): pairs that should / should not share an element.
 * Prints how many the matcher gets right — a rough signal of generalization beyond the dev corpus.
 */
import type { FieldType } from "@/lib/domain";
import { matchFields } from "@/lib/matching";

type P = [string, string, FieldType, string | null, boolean];
const PAIRS: P[] = [
  ["户主身份证号码", "户主信息>公民身份号码", "idcard", null, true],
  ["联系人手机", "联系人>联系电话", "phone", null, true],
  ["男性常住人口（人）", "常住人口>男", "integer", "人", true],
  ["本月新增低保户", "低保>当月新增户数", "integer", "户", true],
  ["享受低保人数", "低保对象>人数", "integer", "人", true],
  ["现住址", "实际居住地", "text", null, true],
  ["出生年月", "出生日期", "date", null, true],
  ["文化水平", "学历", "choice", null, true],
  ["所在村民小组", "组名", "text", null, true],
  ["耕地面积（公顷）", "实有耕地面积（亩）", "decimal", null, true],
  ["配偶姓名", "配偶>名字", "text", null, true],
  ["累计转移就业人数", "今年以来>转移就业", "integer", "人", true],
  ["残疾人数", "残疾人>合计", "integer", "人", true],
  ["户籍人口", "常住人口", "integer", "人", false],
  ["60岁以上老年人数", "80岁以上老年人数", "integer", "人", false],
  ["本月排查矛盾纠纷数", "本年累计排查矛盾纠纷数", "integer", "件", false],
  ["新增党员", "党员总数", "integer", "人", false],
  ["流动党员", "预备党员", "integer", "人", false],
  ["户籍地址", "现住址", "text", null, false],
  ["姓名", "监护人姓名", "text", null, false],
  ["出生日期", "年龄", "date", null, false],
  ["低保户数", "低保人数", "integer", null, false],
  ["临时救助人次", "临时救助金额", "integer", null, false],
  ["女党员人数", "党员人数", "integer", "人", false],
];
let right = 0;
for (const [a, b, type, unit, expected] of PAIRS) {
  const fa = { id: "a", formId: "A", label: a, path: a.split(">"), type, unit };
  const fb = { id: "b", formId: "B", label: b, path: b.split(">"), type: type === "date" && b === "年龄" ? ("integer" as const) : type, unit };
  const r = matchFields([fa, fb]);
  const same = r.fields[0].elementId === r.fields[1].elementId;
  if (same === expected) right++;
  else console.log("WRONG", expected ? "should merge" : "should split", a, "|", b, r.fields[1].reason);
}
console.log(`probe ${right}/${PAIRS.length}`);

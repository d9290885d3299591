import { tokenName } from "./lexicon";
import type { Signature } from "./signature";

const MEASURE_SUFFIX: Record<string, string> = { persons: "人数", households: "户数", personTimes: "人次", times: "次数", cases: "件数", money: "金额", area: "面积", rate: "率", date: "日期", category: "类别", level: "等级", code: "编号", place: "地点", reason: "原因" };

/**
 * A readable element name composed from the canonical tokens (户主 + 姓名 → 户主姓名; 本月 + 新增 + 就业 + 人数 →
 * 本月新增就业人数), or null when the signature holds unknown words (then the most common label is used).
 */
export function composeElementName(sig: Signature): string | null {
  if (sig.concepts.length === 0 && Object.keys(sig.quals).length === 0) return null;
  if (sig.concepts.some((c) => c.startsWith("r:"))) return null;
  const q = (dim: string) => (sig.quals[dim] ? (dim === "age" ? `${sig.quals.age.replace(">=", "")}岁以上`.replace(/^<=(\d+)岁以上$/, "$1岁以下") : tokenName(`q:${dim}=${sig.quals[dim]}`)) : "");
  const concepts = sig.concepts.map(tokenName).join("");
  let measure = sig.measure ? (MEASURE_SUFFIX[sig.measure] ?? "") : "";
  if (sig.quals.pop && sig.measure === "persons" && !concepts) measure = "人口";
  if (measure && concepts.includes(measure)) measure = "";
  else if (measure && concepts.endsWith(measure[0])) measure = measure.slice(1);
  else if (measure && concepts.endsWith(measure.slice(-1))) measure = "";
  const sex = sig.quals.sex ? `（${q("sex")}）` : "";
  const name = `${q("period")}${q("change")}${q("role")}${q("pop")}${q("area")}${q("age")}${q("edu")}${q("severity")}${q("partyType")}${concepts}${measure}${sex}`;
  return name || null;
}

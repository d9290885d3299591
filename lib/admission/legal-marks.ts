import type { LegalMarks } from "./types";

const KEYS = { 表号: "formNumber", 制定机关: "authority", 制表机关: "authority", 批准文号: "approvalNumber", 批准机关及文号: "approvalNumber", 有效期至: "validUntil", 有效期: "validUntil" } as const;
const KEY_ALT = Object.keys(KEYS).sort((a, b) => b.length - a.length).join("|");
/** 「表号：民统1表　制定机关：区民政局」: one or more marks in one text, each up to the next mark or a wide gap. */
const MARK = new RegExp(`(${KEY_ALT})\\s*[：:]\\s*(.*?)(?=\\s*(?:${KEY_ALT})\\s*[：:]|\\s{2,}|[；;]|$)`, "g");

/** Reads 表号, 制定机关, 批准文号 and 有效期至 from a template's meta texts (statistical block, notes). First one wins. */
export function readLegalMarks(texts: readonly string[]): LegalMarks {
  const marks: LegalMarks = { formNumber: null, authority: null, approvalNumber: null, validUntil: null, validUntilDate: null };
  for (const text of texts) {
    const t = text.replace(/\u3000/g, "  ").replace(/\r?\n/g, "  ");
    for (const m of t.matchAll(MARK)) {
      const key = KEYS[m[1] as keyof typeof KEYS];
      const value = m[2].trim();
      if (value && marks[key] === null) marks[key] = value;
    }
  }
  marks.validUntilDate = marks.validUntil ? lastDayOf(marks.validUntil) : null;
  return marks;
}

/** The last day a written validity end covers: 2027年12月31日 → 2027-12-31, 2027年12月 → 2027-12-31, 2027年 → 2027-12-31. */
export function lastDayOf(text: string): string | null {
  const t = text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  const m = /(\d{4})\s*(?:年|[-./])\s*(?:(\d{1,2})\s*(?:月|[-./])?\s*(?:(\d{1,2})\s*日?)?)?/.exec(t);
  if (!m) return null;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : 12;
  if (month < 1 || month > 12) return null;
  const monthDays = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : monthDays;
  if (day < 1 || day > monthDays) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export type LegalIssue = "formNumberMissing" | "authorityMissing" | "approvalNumberMissing" | "validUntilMissing" | "validUntilUnreadable" | "expired";

/** What is wrong with a form's legal marks on `today` (yyyy-MM-dd); empty when all four are present and not expired. */
export function checkLegalMarks(marks: LegalMarks, today: string): LegalIssue[] {
  const issues: LegalIssue[] = [];
  if (!marks.formNumber) issues.push("formNumberMissing");
  if (!marks.authority) issues.push("authorityMissing");
  if (!marks.approvalNumber) issues.push("approvalNumberMissing");
  if (!marks.validUntil) issues.push("validUntilMissing");
  else if (!marks.validUntilDate) issues.push("validUntilUnreadable");
  else if (marks.validUntilDate < today) issues.push("expired");
  return issues;
}

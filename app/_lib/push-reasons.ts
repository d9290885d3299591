import "server-only";
import { getTranslations } from "next-intl/server";
import type { PushIssue } from "@/lib/data-push";
import type { PushReport } from "@/db/queries/data-push";

/** How many rejected rows a push answer lists (the counts cover all of them). */
export const MAX_REJECTED = 200;

/**
 * The rejected rows of a push with each reason in Chinese, for the upload page and the API alike.
 * ID numbers never travel back: the department has its own records.
 */
export async function rejectedWithReasons(report: PushReport) {
  const t = await getTranslations();
  const reason = (i: PushIssue) => {
    const key = t.has(`dataPush.reasons.${i.key}`) ? `dataPush.reasons.${i.key}` : t.has(`validation.${i.key}`) ? `validation.${i.key}` : null;
    const text = key ? t(key, i.params) : i.key;
    return i.column && i.key !== "elementNotAllowed" ? `${i.column.replace(/\s+/g, "")}：${text}` : text;
  };
  return {
    rejected: report.rejected.slice(0, MAX_REJECTED).map((r) => ({ row: r.row, reasons: r.issues.map(reason) })),
    rejectedCount: report.rejected.length,
  };
}

import { format } from "date-fns";
import { eq } from "drizzle-orm";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { lastMonths } from "@/lib/burden";
import { TASK_HEADERS, validateTaskRows, type TaskSheetRow } from "@/lib/burden/import-tasks";
import { AppError } from "@/lib/errors";
import { cellText } from "@/lib/templates/cell-value";
import { loadWorkbookSafely } from "@/lib/templates/safe-load";
import { mutate } from "@/db/queries/audit";
import { refreshBurden } from "@/db/queries/burden";
import { insertCheckinTasks } from "@/db/queries/checkins";
import { getDistrictOf } from "@/db/queries/org-units";
import { departments } from "@/db/schema";
import { getDb } from "@/app/_lib/db";
import { authorizeRoute, readUpload, routeError } from "@/app/_lib/route";

/**
 * POST a check-in task list (.xlsx: 应用名称, 主管部门, 打卡任务, 频次, 每期次数, 打卡对象, 禁止类型). Every row is
 * checked first; any bad row imports nothing and the answer lists each one (422). Department staff may
 * import only their own department's tasks.
 */
export async function POST(request: Request) {
  try {
    const me = await authorizeRoute("checkin.manage");
    const t = await getTranslations("checkins");
    const db = await getDb();
    const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
    if (!district) throw new AppError("forbidden");
    const upload = await readUpload(request);
    const { workbook } = await loadWorkbookSafely(upload.bytes, upload.name);
    const sheet = workbook.worksheets.find((ws) => ws.state === "visible") ?? workbook.worksheets[0];
    const rows: TaskSheetRow[] = [];
    let columns: Partial<Record<keyof typeof TASK_HEADERS, number>> | null = null;
    for (let r = 1; sheet && r <= Math.min(sheet.rowCount, 5000); r++) {
      const texts: string[] = [];
      sheet.getRow(r).eachCell({ includeEmpty: true }, (cell, c) => (texts[c] = cellText(cell.value).trim()));
      if (!columns) {
        const found: Partial<Record<keyof typeof TASK_HEADERS, number>> = {};
        texts.forEach((text, c) => {
          for (const [key, re] of Object.entries(TASK_HEADERS)) if (text && re.test(text)) found[key as keyof typeof TASK_HEADERS] = c;
        });
        if (found.app && found.name && found.frequency) columns = found;
        continue;
      }
      const get = (k: keyof typeof TASK_HEADERS) => (columns![k] ? (texts[columns![k]!] ?? "") : "");
      if (!get("app") && !get("name")) continue;
      rows.push({ rowNumber: r, app: get("app"), department: get("department"), name: get("name"), frequency: get("frequency"), requiredCount: get("requiredCount"), target: get("target"), forbidden: get("forbidden") });
    }
    if (!columns) return Response.json({ error: { code: "invalidInput", message: t("import.noHeader") } }, { status: 422 });
    if (rows.length === 0) return Response.json({ error: { code: "invalidInput", message: t("import.noRows") } }, { status: 422 });
    const list = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.districtId, district.id));
    const allowed = list.filter((d) => can(me.principal, "checkin.manage", { orgUnitPath: district.path, departmentId: d.id }));
    const { valid, errors } = validateTaskRows(rows, new Map(allowed.map((d) => [d.name, d.id])));
    if (errors.length) {
      const rowErrors = errors.map((e) => ({ row: e.rowNumber, message: `${t("import.row", { row: e.rowNumber })}：${t(e.key, e.params ?? {})}` }));
      return Response.json({ error: { code: "invalidInput", message: t("import.failed", { count: rowErrors.length }) }, rows: rowErrors }, { status: 422 });
    }
    const month = format(new Date(), "yyyy-MM");
    const created = await mutate(db, { userId: me.user.id }, { action: "import", entity: "checkin_task" }, async (tx) => {
      const stored = await insertCheckinTasks(
        tx,
        valid.map((v) => ({ districtId: district.id, departmentId: v.departmentId, app: v.app, name: v.name, frequency: v.frequency, requiredCount: v.requiredCount, targetLevels: v.targetLevels, forbiddenKind: v.forbiddenKind, startMonth: month, createdBy: me.user.id })),
      );
      return { result: stored.length, districtId: district.id, after: { file: upload.name, created: stored.length } };
    });
    await refreshBurden(db, { districtId: district.id, ...lastMonths(new Date(), 12) });
    return Response.json({ created, message: t("import.done", { count: created }) });
  } catch (error) {
    return routeError(error);
  }
}

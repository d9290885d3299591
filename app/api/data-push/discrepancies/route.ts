import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { buildDiscrepancyWorkbook } from "@/lib/data-push";
import { listDiscrepancies } from "@/db/queries/data-push";
import { getDepartmentById } from "@/db/queries/departments";
import { getDistrictOf } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { routeError } from "@/app/_lib/route";
import { getCurrentUser } from "@/app/_lib/session";

export const dynamic = "force-dynamic";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** 差异清单: the department's discrepancy list as .xlsx (full ID numbers for its own records; the read is audited). */
export async function GET() {
  try {
    const me = await getCurrentUser();
    if (!me) throw new AppError("unauthenticated");
    const departmentId = me.principal.departmentId;
    const db = await getDb();
    const district = await getDistrictOf(db, { path: me.principal.orgUnitPath });
    if (!departmentId || !district || !can(me.principal, "dataPush.manage", { departmentId, orgUnitPath: district.path })) throw new AppError("forbidden");
    const t = await getTranslations("dataPush");
    const department = await getDepartmentById(db, { id: departmentId });
    const rows = await listDiscrepancies(db, { userId: me.user.id, districtId: district.id }, { districtId: district.id, departmentId });
    const columns = ["no", "town", "village", "code", "element", "period", "person", "idNumber", "pushed", "pushedAt", "villageValue", "updatedBy", "updatedAt", "note"].map((k) => t(`sheetColumns.${k}`));
    const wb = buildDiscrepancyWorkbook(rows, { sheet: t("sheetName"), columns, correction: t("correction"), differs: t("differs"), confirmedEarlier: t("confirmedEarlier") });
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const name = `${department?.name ?? ""}${t("fileName")}.xlsx`;
    return new Response(new Uint8Array(bytes), {
      headers: { "content-type": XLSX, "content-disposition": `attachment; filename="discrepancies.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`, "cache-control": "no-store" },
    });
  } catch (error) {
    return routeError(error);
  }
}

import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { AppError, isAppError } from "@/lib/errors";
import { sharedParsePool } from "@/lib/forms/parse-pool";
import type { Uploader } from "@/lib/forms/upload-decisions";
import { getDepartmentById, listDepartmentsByDistrict } from "@/db/queries/departments";
import { registerTemplate } from "@/db/queries/register-template";
import { env } from "@/db/env";
import { appErrorMessage } from "@/app/_lib/action";
import { getDb } from "@/app/_lib/db";
import { getCurrentUser } from "@/app/_lib/session";
import { resolveDistrict } from "@/app/(app)/forms/district";

const STATUS: Partial<Record<string, number>> = { unauthenticated: 401, forbidden: 403, notFound: 404, fileTooLarge: 413, badFile: 422, invalidInput: 422 };

/**
 * POST multipart: one template (`file`, with its folder-relative `relativePath`) and optionally the
 * catalog (`catalog`); admins also send `districtId`. The client sends files one by one so it can show
 * real progress. Answers { ok: true, file, forms } or { ok: false, file, error: { code, message } }.
 */
export async function POST(request: Request) {
  let fileName = "";
  try {
    const me = await getCurrentUser();
    if (!me) throw new AppError("unauthenticated");
    if (!can(me.principal, "form.manage", { departmentId: me.principal.departmentId, orgUnitPath: me.principal.districtPath })) throw new AppError("forbidden");
    const maxBytes = env().UPLOAD_MAX_MB * 1024 * 1024;
    // Template + catalog, each up to the limit, plus multipart overhead.
    if (Number(request.headers.get("content-length") ?? 0) > 2 * maxBytes + 256 * 1024) throw new AppError("fileTooLarge", { name: "", max: env().UPLOAD_MAX_MB });
    const form = await request.formData();
    const file = form.get("file");
    if (!(file instanceof File)) throw new AppError("invalidInput");
    fileName = file.name;
    const catalogFile = form.get("catalog");
    for (const f of [file, catalogFile]) if (f instanceof File && f.size > maxBytes) throw new AppError("fileTooLarge", { name: f.name, max: env().UPLOAD_MAX_MB });

    const db = await getDb();
    const districtId = me.user.role === "admin" ? String(form.get("districtId") ?? "") : null;
    const district = await resolveDistrict(db, me, districtId);
    if (!district) throw new AppError("notFound");
    let uploader: Uploader = { role: "admin" };
    if (me.user.role === "department_staff") {
      const department = me.user.departmentId ? await getDepartmentById(db, { id: me.user.departmentId }) : null;
      if (!department || department.districtId !== district.id) throw new AppError("forbidden");
      uploader = { role: "department_staff", department: { id: department.id, name: department.name } };
    }
    // The real check, on the district and department the forms will belong to.
    const departmentId = uploader.role === "department_staff" ? uploader.department.id : undefined;
    if (!can(me.principal, "form.manage", { orgUnitPath: district.path, departmentId })) throw new AppError("forbidden");

    const catalogBytes = catalogFile instanceof File && catalogFile.size > 0 ? Buffer.from(await catalogFile.arrayBuffer()) : null;
    const catalog = catalogBytes && catalogFile instanceof File ? { name: catalogFile.name, bytes: catalogBytes } : null;
    const relativePath = String(form.get("relativePath") ?? "") || file.name;
    const departments = (await listDepartmentsByDistrict(db, { districtId: district.id })).map((d) => ({ id: d.id, name: d.name }));
    const pool = sharedParsePool();
    const forms = await registerTemplate(db, {
      actor: { userId: me.user.id, districtId: district.id },
      uploader,
      districtId: district.id,
      departments,
      file: { name: file.name, bytes: Buffer.from(await file.arrayBuffer()), relativePath },
      catalog,
      parse: (buffer, name, options) => pool.parse(buffer, name, options),
    });
    return Response.json({ ok: true, file: fileName, forms }, { status: 201 });
  } catch (error) {
    return uploadError(error, fileName);
  }
}

async function uploadError(error: unknown, fileName: string): Promise<Response> {
  const t = await getTranslations();
  if (isAppError(error)) {
    // The size check before reading the body does not know the file's name; this route does (from its header).
    const message = error.code === "fileTooLarge" && !error.params.name ? appErrorMessage(t, new AppError(error.code, { ...error.params, name: fileName })) : appErrorMessage(t, error);
    return Response.json({ ok: false, file: fileName, error: { code: error.code, message } }, { status: STATUS[error.code] ?? 400 });
  }
  console.error("[forms/upload]", error);
  return Response.json({ ok: false, file: fileName, error: { code: "unexpected", message: t("errors.unexpected") } }, { status: 500 });
}

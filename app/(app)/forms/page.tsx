import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { FREQUENCIES, type Frequency } from "@/lib/domain";
import { listDepartmentsByDistrict } from "@/db/queries/departments";
import { listForms } from "@/db/queries/forms";
import { FORM_STATUSES, type FormStatus } from "@/db/schema";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { listDistrictsFor } from "./district";

type Search = { district?: string; department?: string; frequency?: string; status?: string; q?: string };

const pick = <T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined => (allowed.includes(value as T) ? (value as T) : undefined);

/** 报表目录: the district's forms, filtered by department, frequency, status and text (a plain GET form). */
export default async function FormsPage({ searchParams }: { searchParams: Promise<Search> }) {
  const me = await requireUser();
  if (!can(me.principal, "form.view")) notFound();
  const t = await getTranslations();
  const sp = await searchParams;
  const db = await getDb();
  const districts = await listDistrictsFor(db, me);
  const district = districts.find((d) => d.id === sp.district) ?? districts[0];
  if (!district) return <p className="card muted">{t("forms.catalog.noDistrict")}</p>;
  const departments = await listDepartmentsByDistrict(db, { districtId: district.id });
  const departmentId = departments.find((d) => d.id === sp.department)?.id;
  const frequency = pick<Frequency>(sp.frequency, FREQUENCIES);
  const status = pick<FormStatus>(sp.status, FORM_STATUSES);
  const q = (sp.q ?? "").trim().slice(0, 60);
  const manageable = (departmentId: string) => can(me.principal, "form.manage", { orgUnitPath: district.path, departmentId });
  const mayUpload = me.user.role === "admin" || (me.user.role === "department_staff" && !!me.principal.departmentId);
  // Drafts are visible only to those who may manage them.
  const items = (await listForms(db, { districtId: district.id, departmentId, frequency, status, text: q || undefined })).filter((i) => i.form.status !== "draft" || manageable(i.form.departmentId));
  return (
    <>
      <div className="row">
        <div>
          <h1>{t("forms.catalog.title")}</h1>
          <p className="muted">{t("forms.catalog.subtitle", { district: district.name })}</p>
        </div>
        <span className="spacer" />
        {mayUpload ? (
          <Link className="btn" href="/forms/upload">
            {t("forms.upload.title")}
          </Link>
        ) : null}
      </div>
      <form className="form-inline card" role="search">
        {districts.length > 1 ? (
          <div>
            <label htmlFor="f-district">{t("forms.catalog.district")}</label>
            <select id="f-district" name="district" defaultValue={district.id}>
              {districts.map((d) => (
                <option key={d.id} value={d.id}>
                  {d.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <div>
          <label htmlFor="f-department">{t("forms.meta.department")}</label>
          <select id="f-department" name="department" defaultValue={departmentId ?? ""}>
            <option value="">{t("forms.catalog.all")}</option>
            {departments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-frequency">{t("forms.meta.frequency")}</label>
          <select id="f-frequency" name="frequency" defaultValue={frequency ?? ""}>
            <option value="">{t("forms.catalog.all")}</option>
            {FREQUENCIES.map((f) => (
              <option key={f} value={f}>
                {t(`forms.frequency.${f}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-status">{t("forms.catalog.status")}</label>
          <select id="f-status" name="status" defaultValue={status ?? ""}>
            <option value="">{t("forms.catalog.all")}</option>
            {FORM_STATUSES.filter((s) => s !== "draft" || mayUpload).map((s) => (
              <option key={s} value={s}>
                {t(`forms.status.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="f-q">{t("forms.catalog.text")}</label>
          <input id="f-q" name="q" defaultValue={q} placeholder={t("forms.catalog.textHint")} />
        </div>
        <div>
          <button className="btn secondary" type="submit" style={{ marginTop: "0.6rem" }}>
            {t("forms.catalog.filter")}
          </button>
        </div>
      </form>
      <p className="muted" data-testid="form-count">
        {t("forms.catalog.count", { count: items.length })}
      </p>
      {items.length === 0 ? (
        <p className="card muted">{t("forms.catalog.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="forms-table">
            <thead>
              <tr>
                <th>{t("forms.meta.title")}</th>
                <th>{t("forms.meta.department")}</th>
                <th>{t("forms.meta.frequency")}</th>
                <th className="hide-sm">{t("forms.catalog.fields")}</th>
                <th>{t("forms.catalog.status")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ form, departmentName, fieldCount }) => (
                <tr key={form.id}>
                  <td>
                    <Link href={`/forms/${form.id}`}>{form.title}</Link>
                  </td>
                  <td>{departmentName}</td>
                  <td style={{ whiteSpace: "nowrap" }}>{t(`forms.frequency.${form.frequency}`)}</td>
                  <td className="hide-sm">{fieldCount}</td>
                  <td style={{ whiteSpace: "nowrap" }}>
                    <span className={`badge${form.status === "active" ? "" : " off"}`}>{t(`forms.status.${form.status}`)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

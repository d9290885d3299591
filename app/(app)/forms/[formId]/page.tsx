import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { getLatestRequestOfForm } from "@/db/queries/admission";
import { getDepartmentById, listDepartmentsByDistrict } from "@/db/queries/departments";
import { getFormById, listFormFieldsWithElements } from "@/db/queries/forms";
import { getOrgUnitById } from "@/db/queries/org-units";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { DeleteDraftButton } from "./delete-draft";
import { FieldsView } from "./fields-view";
import { FormEditor } from "./form-editor";
import { loadSheetPreview, markCells } from "./sheet-data";
import { SheetView } from "./sheet-view";
import styles from "../forms.module.css";

export default async function FormPage({ params, searchParams }: { params: Promise<{ formId: string }>; searchParams?: Promise<{ sheet?: string }> }) {
  const me = await requireUser();
  const { formId } = await params;
  if (!z.uuid().safeParse(formId).success) notFound();
  const db = await getDb();
  const form = await getFormById(db, { id: formId });
  const district = form ? await getOrgUnitById(db, { id: form.districtId }) : null;
  if (!form || !district || !can(me.principal, "form.view", { orgUnitPath: district.path })) notFound();
  const canManage = can(me.principal, "form.manage", { orgUnitPath: district.path, departmentId: form.departmentId });
  const admission = await getLatestRequestOfForm(db, { formId });
  // A draft is the uploading department's work in progress: nobody else learns it exists, except the district
  // deciding on it once it was submitted for admission.
  const admissionTarget = { orgUnitPath: district.path, departmentId: form.departmentId };
  if (form.status === "draft" && !canManage && !(admission && can(me.principal, "admission.view", admissionTarget))) notFound();
  const awaiting = admission?.status === "pending";
  const t = await getTranslations();
  // A form spanning several sheets shows one of them at a time (?sheet=表二), the main one by default.
  const parts = form.definition.parts && form.definition.parts.length > 1 ? form.definition.parts : null;
  const wanted = (await searchParams)?.sheet;
  const shown = parts?.find((p) => p.sheet === wanted)?.layoutInfo ?? form.definition.layoutInfo;
  const [fields, department, preview] = await Promise.all([listFormFieldsWithElements(db, { formId }), getDepartmentById(db, { id: form.departmentId }), loadSheetPreview(db, form, shown)]);
  const departments = canManage && me.user.role === "admin" ? (await listDepartmentsByDistrict(db, { districtId: form.districtId })).map((d) => ({ id: d.id, name: d.name })) : null;
  const warnings = form.status === "draft" ? form.definition.warnings : [];
  return (
    <>
      <p className="muted">
        <Link href="/forms">{t("forms.catalog.title")}</Link> › {department?.name}
      </p>
      <div className="row">
        <h1>{form.title}</h1>
        <span className={`badge${form.status === "active" ? "" : " off"}`} data-testid="form-status">
          {t(`forms.status.${form.status}`)}
        </span>
        <span className="spacer" />
        {canManage && form.status === "draft" && !awaiting ? <DeleteDraftButton id={form.id} title={form.title} /> : null}
        {form.status !== "draft" && can(me.principal, "form.export", { orgUnitPath: district.path, departmentId: form.departmentId }) ? (
          <Link className="btn secondary" href={`/forms/${form.id}/submissions`} data-testid="submissions-link">
            {t("submissions.link")}
          </Link>
        ) : null}
      </div>
      <p className="muted">
        {t("forms.detail.summary", { department: department?.name ?? "", frequency: t(`forms.frequency.${form.frequency}`), kind: t(`forms.kind.${form.kind}`), layout: t(`forms.layout.${form.layout}`), sheet: form.sheet })}
      </p>
      {parts ? (
        <p className={styles.sheetList} data-testid="form-sheets">
          {t("forms.detail.sheets", { count: parts.length })}
          {parts.map((p) => t("forms.detail.sheetPart", { sheet: p.sheet, fields: p.fieldCount, layout: t(`forms.layout.${p.layout}`) })).join("、")}
        </p>
      ) : null}
      {warnings.length ? (
        <div className="alert error" role="note">
          <strong>{t("forms.detail.warnings")}</strong>
          <ul>
            {warnings.map((w, i) => (
              <li key={i}>{w}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {admission && can(me.principal, "admission.view", admissionTarget) ? (
        <div className={`alert ${admission.status === "rejected" ? "error" : admission.status === "pending" ? "" : "ok"}`} style={admission.status === "pending" ? { background: "var(--brand-soft)", color: "var(--brand)" } : undefined} data-testid="admission-status">
          <strong>{t(`admission.status.${admission.status}`)}</strong>
          {admission.status === "pending" ? ` · ${t("admission.pendingHelp")}` : ""}
          {admission.status === "approved_with_changes" ? ` · ${t("admission.changesMade", { dropped: admission.droppedFieldIds.length, from: t(`forms.frequency.${admission.requestedFrequency}`), to: t(`forms.frequency.${admission.admittedFrequency ?? admission.requestedFrequency}`) })}` : ""}
          {admission.reason ? ` · ${t("admission.reason")}：${admission.reason}` : ""} ·{" "}
          <Link href={`/admission/${admission.id}`}>{t("admission.viewRequest")}</Link>
          {admission.status === "rejected" && canManage ? <div>{t("admission.resubmitHelp")}</div> : null}
        </div>
      ) : null}
      {form.status === "draft" && !awaiting ? <p className="muted">{t("forms.detail.draftHelp")}</p> : null}
      <h2>{t("forms.sheet.title")}</h2>
      {parts ? (
        <nav className={styles.sheetTabs} aria-label={t("forms.sheet.title")} data-testid="sheet-tabs">
          {parts.map((p) => (
            <Link key={p.sheet} href={`/forms/${form.id}?sheet=${encodeURIComponent(p.sheet)}`} aria-current={p.sheet === shown.sheet ? "page" : undefined}>
              {p.sheet}
            </Link>
          ))}
        </nav>
      ) : null}
      <SheetView preview={preview} marks={markCells(form, fields, shown)} />
      {canManage ? (
        <>
          <h2>{t("forms.detail.correct")}</h2>
          <FormEditor
            multiSheet={!!parts}
            form={{ id: form.id, version: form.version, status: form.status, title: form.title, departmentId: form.departmentId, frequency: form.frequency, kind: form.kind, targetLevels: form.targetLevels }}
            fields={fields.map((f) => ({ id: f.id, ref: f.ref, label: f.label, path: f.path, type: f.type, unit: f.unit, excluded: f.excluded, elementName: f.elementName, matchReason: f.matchReason }))}
            departments={departments}
            locked={awaiting}
          />
        </>
      ) : (
        <FieldsView fields={fields} multiSheet={!!parts} />
      )}
      {form.definition.notes.length ? (
        <details className="card">
          <summary>{t("forms.detail.notes")}</summary>
          <ul>
            {form.definition.notes.map((n, i) => (
              <li key={i}>{n}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </>
  );
}

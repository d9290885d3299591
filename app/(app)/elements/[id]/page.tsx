import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { entriesSavedPerYear } from "@/lib/elements/savings";
import { getElementById, getElementDistrictPath, listElements, listFieldsOfElement } from "@/db/queries/elements";
import { ConfirmForm } from "@/app/_components/confirm-form";
import { getDb } from "@/app/_lib/db";
import { requireUser } from "@/app/_lib/session";
import { splitField } from "../actions";
import { MergeForm, MoveFieldForm, RenameForm } from "../element-forms";

export default async function ElementPage({ params }: { params: Promise<{ id: string }> }) {
  const me = await requireUser();
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const db = await getDb();
  const element = await getElementById(db, { id });
  const districtPath = element ? await getElementDistrictPath(db, { id }) : null;
  if (!element || !districtPath || !can(me.principal, "element.review", { orgUnitPath: districtPath })) notFound();
  const t = await getTranslations("elements");
  const [fields, catalog] = await Promise.all([listFieldsOfElement(db, { elementId: id }), listElements(db, { districtId: element.districtId, limit: 2000 })]);
  const others = catalog.filter((c) => c.element.id !== id).map((c) => ({ id: c.element.id, name: c.element.name })).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  return (
    <>
      <p className="muted">
        <Link href="/elements">{t("title")}</Link> ›
      </p>
      <h1>{element.name}</h1>
      <p className="muted">
        {t(`types.${element.type}`)} · {element.unit ?? "—"} · {element.scope === "person" ? t("person") : t("unitScope")} · {t(element.aggregation)} · {t("saved")}{" "}
        {entriesSavedPerYear(fields.filter((f) => f.formStatus !== "retired").map((f) => f.frequency))}
      </p>
      <div className="card">
        <RenameForm id={element.id} name={element.name} />
      </div>
      <h2>
        {t("fieldsTitle")}（{fields.length}）
      </h2>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th>{t("path")}</th>
              <th>{t("form")}</th>
              <th className="hide-sm">{t("frequency")}</th>
              <th className="hide-sm">{t("score")}</th>
              <th className="hide-sm">{t("reason")}</th>
              <th>{t("actions")}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((f) => (
              <tr key={f.fieldId}>
                <td>{f.path.join(" › ")}</td>
                <td>
                  {f.formTitle}
                  <div className="muted">{f.departmentName}</div>
                </td>
                <td className="hide-sm">{t(`frequencies.${f.frequency}`)}</td>
                <td className="hide-sm">
                  {f.matchScore === null ? "—" : f.matchScore.toFixed(2)}
                  <div className="muted">{f.matchSource ? t(`sources.${f.matchSource}`) : ""}</div>
                </td>
                <td className="hide-sm" style={{ maxWidth: 320 }}>
                  {f.matchReason}
                </td>
                <td>
                  <MoveFieldForm fieldId={f.fieldId} options={others} />
                  {fields.length > 1 ? (
                    <ConfirmForm action={splitField} fields={{ fieldId: f.fieldId }} label={t("split")} question={t("splitQuestion", { label: f.label })} danger={false} />
                  ) : null}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="card" style={{ marginTop: "1rem" }}>
        <MergeForm sourceId={element.id} options={others} />
      </div>
    </>
  );
}

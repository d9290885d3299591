import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { entriesSavedPerYear } from "@/lib/elements/savings";
import { countReviewQueue, listElements } from "@/db/queries/elements";
import { getDb } from "@/app/_lib/db";
import { resolveDistrict } from "@/app/_lib/district";
import { requireUser } from "@/app/_lib/session";
import { RerunButton } from "./element-forms";

export default async function ElementsPage({ searchParams }: { searchParams: Promise<{ q?: string; district?: string }> }) {
  const me = await requireUser();
  const db = await getDb();
  const { q = "", district: requested } = await searchParams;
  const district = await resolveDistrict(db, me, requested);
  if (!district || !can(me.principal, "element.review", { orgUnitPath: district.path })) notFound();
  const t = await getTranslations("elements");
  const [items, reviewCount] = await Promise.all([listElements(db, { districtId: district.id, text: q.trim() || undefined }), countReviewQueue(db, { districtId: district.id })]);
  const totalSaved = items.reduce((sum, i) => sum + entriesSavedPerYear(i.frequencies), 0);
  return (
    <>
      <div className="row">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted">{t("subtitle")}</p>
        </div>
        <span className="spacer" />
        <Link className="btn" href="/elements/review">
          {t("reviewQueue")} · {reviewCount}
        </Link>
        <RerunButton districtId={district.id} />
      </div>
      <div className="grid">
        <div className="card">
          <div className="muted">{t("name")}</div>
          <div className="stat">{items.length}</div>
        </div>
        <div className="card">
          <div className="muted">{t("fields")}</div>
          <div className="stat">{items.reduce((s, i) => s + i.fieldCount, 0)}</div>
        </div>
        <div className="card">
          <div className="muted">{t("saved")}</div>
          <div className="stat">{totalSaved}</div>
        </div>
      </div>
      <form className="row" style={{ marginBottom: "0.75rem" }}>
        <input name="q" defaultValue={q} placeholder={t("search")} aria-label={t("search")} style={{ maxWidth: 320 }} />
        <button className="btn secondary" type="submit">
          {t("filter")}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="card muted">{t("empty")}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th>{t("name")}</th>
                <th className="hide-sm">{t("type")}</th>
                <th className="hide-sm">{t("unit")}</th>
                <th>{t("forms")}</th>
                <th className="hide-sm">{t("departments")}</th>
                <th>{t("saved")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map(({ element, formCount, departmentCount, frequencies }) => (
                <tr key={element.id}>
                  <td>
                    <Link href={`/elements/${element.id}`}>{element.name}</Link>
                  </td>
                  <td className="hide-sm">{t(`types.${element.type}`)}</td>
                  <td className="hide-sm">{element.unit ?? "—"}</td>
                  <td>{formCount}</td>
                  <td className="hide-sm">{departmentCount}</td>
                  <td>{entriesSavedPerYear(frequencies)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

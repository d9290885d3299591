import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { listReviewQueue, type FieldWithForm, type ReviewElement } from "@/db/queries/elements";
import { getDb } from "@/app/_lib/db";
import { resolveDistrict } from "@/app/_lib/district";
import { requireUser } from "@/app/_lib/session";
import { PairDecision } from "../element-forms";

export default async function ReviewPage({ searchParams }: { searchParams: Promise<{ district?: string; q?: string }> }) {
  const me = await requireUser();
  const db = await getDb();
  const { district: requested, q = "" } = await searchParams;
  const district = await resolveDistrict(db, me, requested);
  if (!district || !can(me.principal, "element.review", { orgUnitPath: district.path })) notFound();
  const t = await getTranslations("elements");
  const queue = await listReviewQueue(db, { districtId: district.id, limit: 30, text: q.trim().slice(0, 60) || undefined });
  return (
    <>
      <p className="muted">
        <Link href="/elements">{t("title")}</Link> ›
      </p>
      <h1>{t("reviewTitle")}</h1>
      <p className="muted">{t("reviewHelp")}</p>
      <form className="row" style={{ marginBottom: "0.75rem" }}>
        <input name="q" defaultValue={q} placeholder={t("reviewSearch")} aria-label={t("reviewSearch")} maxLength={60} style={{ maxWidth: 320 }} />
        <button className="btn secondary" type="submit">
          {t("filter")}
        </button>
      </form>
      {queue.length === 0 ? <p className="card muted">{t("reviewEmpty")}</p> : null}
      {queue.map((item) => (
        <section className="card" key={item.id} data-testid="review-pair">
          <div className="row">
            <span className="badge">{item.merged ? t("merged") : t("apart")}</span>
            <span className="badge">{item.merged ? t("suggestSplit") : t("suggestMerge")}</span>
            {item.pairs > 1 ? (
              <span className="badge" data-testid="review-group">
                {t("groupOf", { n: item.pairs })}
              </span>
            ) : null}
            <span className="muted">
              {t("score")} {item.score.toFixed(2)} · {t("weight")} {item.weight.toFixed(0)}
            </span>
          </div>
          <div className="grid" style={{ margin: "0.6rem 0" }}>
            <FieldCard field={item.a} element={item.elementA} />
            <FieldCard field={item.b} element={item.elementB} />
          </div>
          <p className="muted">
            {t("reason")}：{item.reason}
          </p>
          <PairDecision fieldA={item.a.fieldId} fieldB={item.b.fieldId} />
        </section>
      ))}
    </>
  );
}

async function FieldCard({ field, element }: { field: FieldWithForm; element: ReviewElement | null }) {
  const t = await getTranslations("elements");
  return (
    <div style={{ border: "1px solid var(--line)", borderRadius: 6, padding: "0.6rem" }}>
      <div style={{ fontWeight: 600 }} data-testid="pair-label">
        {field.path.join(" › ")}
      </div>
      <div className="muted" data-testid="pair-form">
        {field.formTitle} · {field.departmentName} · {t(`frequencies.${field.frequency}`)}
      </div>
      <div className="muted">
        {t(`types.${field.type}`)}
        {field.unit ? ` · ${field.unit}` : ""}
      </div>
      {element ? (
        <div className="muted" data-testid="pair-element">
          {t("inElement")}
          <Link href={`/elements/${element.id}`}>{element.name}</Link>
          {t("elementFields", { n: element.fieldCount })}
        </div>
      ) : null}
    </div>
  );
}

import { getTranslations } from "next-intl/server";
import { FREQUENCIES } from "@/lib/domain";
import type { RetirementAnalysisSnapshot } from "@/db/schema";
import styles from "../retirement.module.css";

interface EvidenceField {
  id: string;
  label: string;
  path: string[];
  elementId: string | null;
  isRemark: boolean;
}

/** Covering fields shown per item before the rest folds away (姓名 or 村名 may be in dozens of forms). */
const SHOWN = 3;

/** Side by side: each item of this form, and the fields of other forms that already collect it. */
export async function Evidence({ fields, analysis }: { fields: EvidenceField[]; analysis: RetirementAnalysisSnapshot }) {
  const t = await getTranslations("retirement");
  const byElement = new Map(analysis.evidence.map((e) => [e.elementId, e]));
  const forms = new Map(analysis.coveredBy.map((c) => [c.formId, c]));
  const rows = fields.filter((f) => !f.isRemark);
  const covering = (c: RetirementAnalysisSnapshot["evidence"][number]["coveredBy"][number]) => (
    <li key={c.fieldId}>
      {c.label} <span className={styles.form}>· {forms.get(c.formId)?.title}（{forms.get(c.formId)?.department}·{t(`frequencies.${c.frequency}`)}）</span>
    </li>
  );
  return (
    <div className={styles.compare} data-testid="evidence">
      <div className={styles.head}>{t("thisForm")}</div>
      <div className={styles.head}>{t("coveringFields")}</div>
      {rows.map((f) => {
        const found = byElement.get(f.elementId ?? `unmatched:${f.id}`);
        // Most frequent collectors first: those are the ones whose values the department will receive.
        const e = found && { ...found, coveredBy: [...found.coveredBy].sort((x, y) => FREQUENCIES.indexOf(x.frequency) - FREQUENCIES.indexOf(y.frequency)) };
        return [
          <div key={`${f.id}-mine`} className={`${styles.mine} ${e ? "" : styles.lost}`} data-element={e ? e.elementId : undefined}>
            {f.path.join(" › ")}
          </div>,
          <div key={`${f.id}-theirs`} className={`${styles.theirs} ${e ? "" : styles.lost}`}>
            {e ? (
              <>
                <ul className={styles.others}>
                  {e.coveredBy.slice(0, SHOWN).map(covering)}
                  {e.isDerivable ? <li className="muted">{t("derivable")}</li> : null}
                </ul>
                {(e.coveredByTotal ?? e.coveredBy.length) > SHOWN ? (
                  <details>
                    <summary className="muted">{t("moreForms", { n: (e.coveredByTotal ?? e.coveredBy.length) - SHOWN })}</summary>
                    <ul className={styles.others}>
                      {e.coveredBy.slice(SHOWN).map(covering)}
                      {(e.coveredByTotal ?? 0) > e.coveredBy.length ? <li className="muted">…</li> : null}
                    </ul>
                  </details>
                ) : null}
              </>
            ) : (
              <span className="field-error">{t("notCovered")}</span>
            )}
          </div>,
        ];
      })}
    </div>
  );
}

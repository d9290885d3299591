import { getTranslations } from "next-intl/server";
import type { FormFieldWithElement } from "@/db/queries/forms";
import styles from "../forms.module.css";

/** Read-only fields of a form, with the element each feeds and why it was matched. */
export async function FieldsView({ fields, multiSheet = false }: { fields: FormFieldWithElement[]; multiSheet?: boolean }) {
  const t = await getTranslations();
  const kept = fields.filter((f) => !f.excluded);
  return (
    <>
      <h2>{t("forms.fields.title", { count: kept.length })}</h2>
      <div className="table-wrap">
        <table className={styles.fields} data-testid="fields-table">
          <thead>
            <tr>
              <th>{t("forms.fields.cell")}</th>
              <th>{t("forms.fields.label")}</th>
              <th>{t("forms.fields.path")}</th>
              <th>{t("forms.fields.type")}</th>
              <th>{t("forms.fields.unit")}</th>
              <th>{t("forms.fields.element")}</th>
              <th>{t("forms.fields.reason")}</th>
            </tr>
          </thead>
          <tbody>
            {kept.map((f) => (
              <tr key={f.id}>
                <td className={styles.ref}>{multiSheet ? f.ref : f.ref.split("!").pop()}</td>
                <td>{f.label}</td>
                <td>{f.path.join(" › ")}</td>
                <td>{t(`forms.fieldType.${f.type}`)}</td>
                <td>{f.unit ?? ""}</td>
                <td>{f.elementName ?? <span className="muted">{t("forms.fields.unmatched")}</span>}</td>
                <td className="muted">{f.matchReason ?? ""}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

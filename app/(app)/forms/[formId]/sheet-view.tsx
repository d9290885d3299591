import { getTranslations } from "next-intl/server";
import { columnLetters, type SheetPreview } from "@/lib/forms/sheet-preview";
import styles from "../forms.module.css";
import type { CellMark } from "./sheet-data";

/** The original sheet as an HTML table: merges as spans, detected header and field cells highlighted. */
export async function SheetView({ preview, marks }: { preview: SheetPreview | null; marks: Record<string, CellMark> }) {
  const t = await getTranslations("forms.sheet");
  if (!preview) return <p className="card muted">{t("unavailable")}</p>;
  return (
    <>
      <div className={styles.legend}>
        <span>
          <span className={`${styles.swatch} ${styles.header}`} />
          {t("legendHeader")}
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.field}`} />
          {t("legendField")}
        </span>
        <span>
          <span className={`${styles.swatch} ${styles.excluded}`} />
          {t("legendExcluded")}
        </span>
      </div>
      <div className={styles.sheetWrap} data-testid="sheet-preview">
        <table className={styles.sheet}>
          <thead>
            <tr>
              <th className={styles.rowNo} />
              {Array.from({ length: preview.columns }, (_, i) => (
                <th key={i}>{columnLetters(i + 1)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((cells, i) => (
              <tr key={i}>
                <td className={styles.rowNo}>{i + 1}</td>
                {cells.map((cell) => {
                  const mark = marks[cell.address];
                  return (
                    <td
                      key={cell.address}
                      rowSpan={cell.rowSpan > 1 ? cell.rowSpan : undefined}
                      colSpan={cell.colSpan > 1 ? cell.colSpan : undefined}
                      className={mark ? styles[mark.kind] : undefined}
                      title={mark?.title ? `${cell.address}：${mark.title}` : undefined}
                      data-address={cell.address}
                    >
                      {cell.text}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {preview.truncatedRows || preview.truncatedCols ? <p className="muted">{t("truncated", { rows: preview.rows.length, cols: preview.columns })}</p> : null}
    </>
  );
}

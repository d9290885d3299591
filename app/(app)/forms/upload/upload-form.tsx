"use client";
import Link from "next/link";
import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { runQueue, UPLOAD_CONCURRENCY, type QueueProgress } from "@/lib/forms/upload-queue";
import { canonicalUnit } from "@/lib/templates/unit-lexicon";
import styles from "../forms.module.css";

type UploadedForm = {
  id: string;
  title: string;
  departmentName: string;
  fieldCount: number;
  warnings: string[];
  layout: "columns" | "indicator-rows" | "grid";
  sheets: { name: string; fieldCount: number }[];
  fields: { sheet: string; label: string; unit: string | null }[];
};

/** What the parser found in one saved form: its sheets and the field labels of each, to check before opening it. */
function FormPreview({ form }: { form: UploadedForm }) {
  const t = useTranslations("forms");
  const many = form.sheets.length > 1;
  return (
    <details className={styles.preview} data-testid="upload-preview" open={form.fieldCount <= 120}>
      <summary>
        {t(`layout.${form.layout}`)} · {many ? t("upload.previewSheets", { count: form.sheets.length, fields: form.fieldCount }) : t("upload.previewFields", { fields: form.fieldCount })}
      </summary>
      {form.sheets.map((sheet) => {
        const labels = form.fields.filter((f) => f.sheet === sheet.name);
        return (
          <section key={sheet.name} data-sheet={sheet.name}>
            <h3 className={styles.previewSheet}>
              {t("upload.previewSheet", { sheet: sheet.name, fields: sheet.fieldCount })}
            </h3>
            <ol className={styles.chips}>
              {labels.map((f, i) => (
                <li key={i}>
                  {f.label}
                  {f.unit && !statesUnit(f.label, f.unit) ? <span className="muted">（{f.unit}）</span> : null}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      {form.fields.length < form.fieldCount ? <p className="muted">{t("upload.previewMore", { count: form.fieldCount - form.fields.length })}</p> : null}
    </details>
  );
}
type Result = { file: string; ok: true; forms: UploadedForm[] } | { file: string; ok: false; message: string };

const SPREADSHEET = /\.(xlsx|xlsm|xls|et|csv)$/i;
/** A folder brings lock files and system files along; they are not templates. */
const isJunk = (name: string) => name.startsWith("~$") || name.startsWith(".") || /^thumbs\.db$/i.test(name);

/**
 * Sends templates one per request (so progress is real and a bad file fails alone), two at a time (one per parser
 * worker on the server), each with the optional catalog; shows which files are being parsed, n of N, and lists
 * every file's outcome (in the order chosen) with links to the saved drafts or the reason in Chinese.
 */
export function UploadForm({ districts, maxMb }: { districts: { id: string; name: string }[] | null; maxMb: number }) {
  const t = useTranslations("forms.upload");
  const [files, setFiles] = useState<File[]>([]);
  const [progress, setProgress] = useState<QueueProgress | null>(null);
  // By the file's place in the queue: two uploads run at once and may finish in either order.
  const [slots, setSlots] = useState<(Result | undefined)[]>([]);
  const results = slots.filter((r): r is Result => r !== undefined);
  const catalogRef = useRef<HTMLInputElement>(null);
  const districtRef = useRef<HTMLSelectElement>(null);
  const busy = progress !== null && progress.done < progress.total;

  function choose(list: FileList | null) {
    const picked = Array.from(list ?? []).filter((f) => !isJunk(f.name) && (SPREADSHEET.test(f.name) || !f.webkitRelativePath));
    setFiles(picked);
    setSlots([]);
    setProgress(null);
  }

  async function uploadOne(file: File, catalog: File | null): Promise<Result> {
    const label = file.webkitRelativePath || file.name;
    if (file.size > maxMb * 1024 * 1024) return { file: label, ok: false, message: t("tooLarge", { name: file.name, max: maxMb }) };
    const body = new FormData();
    body.append("file", file);
    body.append("relativePath", file.webkitRelativePath || file.name);
    if (catalog) body.append("catalog", catalog);
    if (districtRef.current) body.append("districtId", districtRef.current.value);
    try {
      const response = await fetch("/api/forms/upload", { method: "POST", body });
      const json = await response.json().catch(() => null);
      if (response.ok && json?.ok) return { file: label, ok: true, forms: json.forms };
      return { file: label, ok: false, message: json?.error?.message ?? t("failed", { status: response.status }) };
    } catch {
      return { file: label, ok: false, message: t("network", { name: file.name }) };
    }
  }

  async function start(event: React.FormEvent) {
    event.preventDefault();
    const catalog = catalogRef.current?.files?.[0] ?? null;
    const queue = files.filter((f) => !catalog || f.name !== catalog.name);
    if (queue.length === 0) return;
    setSlots([]);
    await runQueue(queue, (file) => uploadOne(file, catalog), {
      concurrency: UPLOAD_CONCURRENCY,
      name: (file) => file.webkitRelativePath || file.name,
      onProgress: setProgress,
      onResult: (result, index) =>
        setSlots((all) => {
          const next = [...all];
          next[index] = result;
          return next;
        }),
    });
  }

  const saved = results.filter((r) => r.ok);
  const formCount = saved.reduce((n, r) => n + (r.ok ? r.forms.length : 0), 0);
  return (
    <form onSubmit={start} className="card">
      {districts ? (
        <>
          <label htmlFor="district">{t("district")}</label>
          <select id="district" ref={districtRef} disabled={busy}>
            {districts.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <div className={styles.pick}>
        <div>
          <label htmlFor="templates">{t("files")}</label>
          <input id="templates" type="file" multiple accept=".xlsx,.xlsm,.xls,.et,.csv" disabled={busy} onChange={(e) => choose(e.target.files)} />
        </div>
        <div>
          <label htmlFor="folder">{t("folder")}</label>
          <input id="folder" type="file" multiple disabled={busy} onChange={(e) => choose(e.target.files)} {...{ webkitdirectory: "", directory: "" }} />
        </div>
        <div>
          <label htmlFor="catalog">{t("catalog")}</label>
          <input id="catalog" ref={catalogRef} type="file" accept=".xlsx" disabled={busy} />
        </div>
      </div>
      <p className="muted">{t("help", { max: maxMb })}</p>
      <div className="row">
        <button className="btn" type="submit" disabled={busy || files.length === 0} aria-busy={busy}>
          {busy ? t("uploading") : t("submit", { count: files.length })}
        </button>
      </div>
      {progress ? (
        <div aria-live="polite" style={{ marginTop: "0.75rem" }}>
          <progress className={styles.progress} max={progress.total} value={progress.done} data-testid="upload-progress" />
          <p className="muted" data-testid="upload-status">
            {busy
              ? t("progress", { index: progress.started, total: progress.total, name: progress.current.join("、") })
              : t("summary", { ok: saved.length, forms: formCount, failed: results.length - saved.length })}
          </p>
          {busy ? (
            <p className="muted" data-testid="upload-done">
              {t("progressDone", { done: progress.done, total: progress.total, failed: results.length - saved.length })}
            </p>
          ) : null}
        </div>
      ) : null}
      {results.length ? (
        <ul className={styles.results} data-testid="upload-results">
          {results.map((r, i) => (
            <li key={i} data-ok={r.ok}>
              <span className={r.ok ? styles.ok : styles.bad}>{r.ok ? "✓" : "✗"}</span> {r.file}
              {r.ok ? (
                <ul>
                  {r.forms.map((f) => (
                    <li key={f.id}>
                      <Link href={`/forms/${f.id}`}>{f.title}</Link> <span className="muted">{t("formLine", { department: f.departmentName, fields: f.fieldCount })}</span>
                      {f.warnings.map((w, j) => (
                        <div key={j} className={styles.hint}>
                          {w}
                        </div>
                      ))}
                      {f.sheets ? <FormPreview form={f} /> : null}
                    </li>
                  ))}
                </ul>
              ) : (
                <div className="alert error" role="alert">
                  {r.message}
                </div>
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </form>
  );
}

/** Whether a label already writes a unit in brackets (户籍人口（人）, 面积（平方米）): a grid cell's 种植面积（养殖规模） does not. */
function statesUnit(label: string, unit: string): boolean {
  return [...label.matchAll(/[（(]([^（()）]{1,12})[)）]/g)].some((m) => m[1] === unit || canonicalUnit(m[1]) !== null);
}

/**
 * The bench metrics (../shared/bench/README.md, "Scoring") reimplemented for tests: field detection, pairwise and
 * B-cubed clustering over gold refs, full/partial retirement F1. Small on purpose; refs are compared after the same
 * light normalisation as the bench scorer ($ signs, quotes around the sheet, letter case of the address). Checked
 * against score-dedup.mjs on a perturbed prediction (same numbers); unlike the bench scorer it reads predicted
 * refs from `forms[].fields` only, not from `elements[].fields` (our analyze output lists the same refs in both).
 */

export interface GoldFile {
  fields: { ref: string; element: string }[];
  retirement: { full: string[]; partial: string[] };
}

export interface PredFile {
  forms: { fields: { ref: string; element: string }[] }[];
  retirement: { file: string; level: "full" | "partial" }[];
}

export interface Scores {
  fieldPrecision: number;
  fieldRecall: number;
  pairwise: { precision: number; recall: number; f1: number };
  bcubed: { precision: number; recall: number; f1: number };
  retireFull: { precision: number; recall: number; f1: number };
  retirePartial: { precision: number; recall: number; f1: number };
}

const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const c2 = (n: number) => (n * (n - 1)) / 2;

export function normRef(ref: string): string {
  const s = ref.trim().replace(/\\/g, "/").replace(/^\.\//, "");
  const hash = s.search(/\.xls[xm]?#/i);
  const cut = hash >= 0 ? s.indexOf("#", hash) : s.indexOf("#");
  const file = s.slice(0, cut);
  const rest = s.slice(cut + 1);
  const bang = rest.lastIndexOf("!");
  let sheet = rest.slice(0, bang).trim();
  if (sheet.length >= 2 && sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const a1 = rest.slice(bang + 1).replace(/\$/g, "").toUpperCase().split(":")[0];
  return `${file.normalize("NFC")}#${sheet.normalize("NFC")}!${a1}`;
}

function setPRF(gold: Set<string>, pred: Set<string>) {
  let tp = 0;
  for (const x of pred) if (gold.has(x)) tp++;
  const precision = pred.size ? tp / pred.size : gold.size ? 0 : 1;
  const recall = gold.size ? tp / gold.size : pred.size ? 0 : 1;
  return { precision, recall, f1: f1(precision, recall) };
}

export function scoreDedup(gold: GoldFile, pred: PredFile): Scores {
  const goldEl = new Map(gold.fields.map((f) => [normRef(f.ref), f.element]));
  const predEl = new Map(pred.forms.flatMap((fm) => fm.fields.map((f) => [normRef(f.ref), f.element] as const)));
  let hit = 0;
  for (const k of predEl.keys()) if (goldEl.has(k)) hit++;

  const refs = [...goldEl.keys()];
  // A gold ref missing from the prediction is its own singleton cluster.
  const predOf = (k: string) => (predEl.has(k) && predEl.get(k) ? `p:${predEl.get(k)}` : `missing:${k}`);
  const nIJ = new Map<string, number>();
  const nI = new Map<string, number>();
  const nJ = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);
  for (const k of refs) {
    const i = goldEl.get(k)!;
    const j = predOf(k);
    bump(nIJ, `${i}\u0000${j}`);
    bump(nI, i);
    bump(nJ, j);
  }
  let tp = 0;
  let gp = 0;
  let pp = 0;
  for (const v of nIJ.values()) tp += c2(v);
  for (const v of nI.values()) gp += c2(v);
  for (const v of nJ.values()) pp += c2(v);
  const pwP = pp ? tp / pp : gp === 0 ? 1 : 0;
  const pwR = gp ? tp / gp : 1;
  let bp = 0;
  let br = 0;
  for (const k of refs) {
    const i = goldEl.get(k)!;
    const j = predOf(k);
    const inter = nIJ.get(`${i}\u0000${j}`)!;
    bp += inter / nJ.get(j)!;
    br += inter / nI.get(i)!;
  }
  const bcP = refs.length ? bp / refs.length : 0;
  const bcR = refs.length ? br / refs.length : 0;
  const level = (l: string) => new Set(pred.retirement.filter((r) => r.level === l).map((r) => r.file.replace(/\\/g, "/")));
  return {
    fieldPrecision: predEl.size ? hit / predEl.size : 0,
    fieldRecall: goldEl.size ? hit / goldEl.size : 0,
    pairwise: { precision: pwP, recall: pwR, f1: f1(pwP, pwR) },
    bcubed: { precision: bcP, recall: bcR, f1: f1(bcP, bcR) },
    retireFull: setPRF(new Set(gold.retirement.full), level("full")),
    retirePartial: setPRF(new Set(gold.retirement.partial), level("partial")),
  };
}

// ───────────── issue 10: what score-dedup.mjs does not report ─────────────

export type LayoutName = "columns" | "indicator-rows" | "grid";

export interface GenGoldFile extends GoldFile {
  forms: { file: string; department: string; frequency: string; layout: string }[];
  /** round-4 gold records each field's sheet layout (a workbook's sheets may differ); older gold has only the form's */
  fields: { ref: string; element: string; layout?: string }[];
}

export interface GenPredFile extends PredFile {
  forms: { file: string; department?: string | null; frequency?: string | null; layout?: string | null; fields: { ref: string; element: string }[] }[];
}

export interface PRCount { gold: number; pred: number; matched: number; precision: number; recall: number }

export interface GenScores {
  /** field detection per layout: a gold ref counts under its sheet's layout; a predicted ref under the layout of
   * the gold sheet it sits on, or of its gold form when the sheet holds no gold field (a 字典 / 填表说明 sheet) */
  fieldsByLayout: Record<string, PRCount>;
  /** form metadata over all gold forms and over the forms the 报表清单 does not list */
  meta: { forms: number; department: number; frequency: number; layout: number };
  /** null when every form is in the catalog */
  absent: { forms: number; department: number | null; frequency: number | null };
}

const baseName = (file: string) => file.replace(/\\/g, "/").split("/").pop()!.normalize("NFC");
const normFile = (file: string) => file.trim().replace(/\\/g, "/").replace(/^\.\//, "").normalize("NFC");
const squash = (s: string | null | undefined) => (s ?? "").replace(/\s+/g, "");

/**
 * Per-layout field precision and recall, and department / frequency accuracy on the forms absent from the catalog
 * (`catalogFiles`: the base names the 报表清单 lists). A gold form missing from the prediction counts as wrong.
 */
export function scoreGeneralization(gold: GenGoldFile, pred: GenPredFile, catalogFiles: ReadonlySet<string>): GenScores {
  const formLayout = new Map(gold.forms.map((f) => [normFile(f.file), f.layout]));
  const sheetOf = (k: string) => k.slice(0, k.lastIndexOf("!"));
  const goldLayout = new Map<string, string>();
  const sheetLayout = new Map<string, string>();
  for (const f of gold.fields) {
    const k = normRef(f.ref);
    const lay = f.layout ?? formLayout.get(k.split("#")[0]) ?? "?";
    goldLayout.set(k, lay);
    if (!sheetLayout.has(sheetOf(k))) sheetLayout.set(sheetOf(k), lay);
  }
  const predRefs = new Set(pred.forms.flatMap((fm) => fm.fields.map((f) => normRef(f.ref))));
  const by: Record<string, PRCount> = {};
  const slot = (lay: string) => (by[lay] ??= { gold: 0, pred: 0, matched: 0, precision: 0, recall: 0 });
  for (const [k, lay] of goldLayout) {
    slot(lay).gold++;
    if (predRefs.has(k)) slot(lay).matched++;
  }
  for (const k of predRefs) {
    const lay = sheetLayout.get(sheetOf(k)) ?? formLayout.get(k.split("#")[0]);
    if (lay) slot(lay).pred++;
  }
  for (const c of Object.values(by)) {
    c.precision = c.pred ? c.matched / c.pred : c.gold ? 0 : 1;
    c.recall = c.gold ? c.matched / c.gold : 1;
  }
  const predForm = new Map(pred.forms.map((f) => [normFile(f.file), f]));
  const meta = { forms: gold.forms.length, department: 0, frequency: 0, layout: 0 };
  const absent = { forms: 0, department: 0, frequency: 0 };
  for (const g of gold.forms) {
    const p = predForm.get(normFile(g.file));
    const dept = !!p && squash(p.department) === squash(g.department);
    const freq = !!p && (p.frequency ?? "").trim().toLowerCase() === g.frequency;
    meta.department += dept ? 1 : 0;
    meta.frequency += freq ? 1 : 0;
    meta.layout += p && (p.layout ?? "").trim().toLowerCase() === g.layout ? 1 : 0;
    if (!catalogFiles.has(baseName(g.file))) {
      absent.forms++;
      absent.department += dept ? 1 : 0;
      absent.frequency += freq ? 1 : 0;
    }
  }
  const share = (n: number, d: number) => (d ? n / d : 1);
  return {
    fieldsByLayout: by,
    meta: { forms: meta.forms, department: share(meta.department, meta.forms), frequency: share(meta.frequency, meta.forms), layout: share(meta.layout, meta.forms) },
    absent: {
      forms: absent.forms,
      department: absent.forms ? absent.department / absent.forms : null,
      frequency: absent.forms ? absent.frequency / absent.forms : null,
    },
  };
}

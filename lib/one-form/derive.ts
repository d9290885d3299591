import { ageOn } from "../id-number/gb11643";
import type { OneFormElement, OneFormField, Scalar } from "./types";

/** A total computed from its parts (户籍人口·合计 = 男 + 女). */
export interface DeriveRule {
  target: string;
  parts: string[];
}

const TOTAL_LABELS = /^(合计|小计|总计|总数|共计|合\s*计)$/;
const NUMERIC = new Set(["integer", "decimal"]);

/**
 * Totals found in the forms' header trees: a numeric field labelled 合计/小计/总计 whose siblings under
 * the same parent header are numeric fields of other elements. One rule per target; a target that is
 * itself a part of its own rule is skipped.
 */
export function deriveRules(fields: OneFormField[], elements: Map<string, OneFormElement>): DeriveRule[] {
  const groups = new Map<string, OneFormField[]>();
  for (const f of fields) {
    if (!f.elementId || f.excluded || f.isRemark) continue;
    const key = `${f.formId}\u0000${f.path.slice(0, -1).join("\u0000")}`;
    (groups.get(key) ?? groups.set(key, []).get(key)!).push(f);
  }
  const rules = new Map<string, DeriveRule>();
  for (const group of groups.values()) {
    const total = group.find((f) => TOTAL_LABELS.test(f.label.trim()) && NUMERIC.has(elements.get(f.elementId!)?.type ?? ""));
    if (!total || rules.has(total.elementId!)) continue;
    const parts = [...new Set(group.filter((f) => f !== total && NUMERIC.has(elements.get(f.elementId!)?.type ?? "")).map((f) => f.elementId!))].filter((id) => id !== total.elementId);
    if (parts.length >= 1 && total.path.length > 1) rules.set(total.elementId!, { target: total.elementId!, parts });
  }
  // A rule whose parts include another rule's target is fine (nested totals); cycles are not.
  return [...rules.values()].filter((r) => !r.parts.some((p) => rules.get(p)?.parts.includes(r.target)));
}

/** Applies the rules in dependency order; a total with no parts entered stays empty. */
export function applyDerived(values: Record<string, Scalar>, rules: DeriveRule[]): Record<string, Scalar> {
  const out = { ...values };
  const pending = [...rules];
  for (let guard = 0; pending.length && guard < rules.length + 1; guard++) {
    for (let i = pending.length - 1; i >= 0; i--) {
      const rule = pending[i];
      if (rule.parts.some((p) => pending.some((q) => q.target === p))) continue;
      const numbers = rule.parts.map((p) => out[p]).filter((v): v is number => typeof v === "number");
      out[rule.target] = numbers.length ? round(numbers.reduce((a, b) => a + b, 0)) : null;
      pending.splice(i, 1);
    }
  }
  return out;
}

function round(n: number): number {
  return Math.round(n * 1e6) / 1e6;
}

/** Person elements that are columns of the registry, never typed twice. */
export type PersonAttribute = "name" | "idNumber" | "sex" | "birthDate" | "age";

const PERSON_ATTRIBUTES: [PersonAttribute, RegExp][] = [
  ["idNumber", /^(公民身份号码|身份证号码?|居民身份证号码?)$/],
  ["name", /^(姓名|户主姓名)$/],
  ["sex", /^性别$/],
  ["birthDate", /^出生(日期|年月)$/],
  ["age", /^(年龄|周岁)$/],
];

export function personAttributeOf(element: Pick<OneFormElement, "name" | "scope">): PersonAttribute | null {
  if (element.scope !== "person") return null;
  return PERSON_ATTRIBUTES.find(([, re]) => re.test(element.name))?.[0] ?? null;
}

/** The value of a registry column as a roster shows it; age on the last day of the period. */
export function personAttributeValue(person: { name: string; idNumber: string; sex: "male" | "female"; birthDate: string }, attribute: PersonAttribute, periodEndDay: Date): Scalar {
  switch (attribute) {
    case "name":
      return person.name;
    case "idNumber":
      return person.idNumber;
    case "sex":
      return person.sex === "male" ? "男" : "女";
    case "birthDate":
      return person.birthDate;
    case "age":
      return ageOn(person.birthDate, periodEndDay);
  }
}

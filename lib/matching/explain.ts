import { lookupUnit } from "./units";
import type { PairScore } from "./score";
import type { Signature } from "./signature";

export interface ExplainSide {
  sig: Signature;
  path: string[];
  unit: string | null;
}

const clean = (s: string) => s.normalize("NFKC").replace(/\s+/g, "");

/** A reviewer-readable reason why two fields are (or are not) the same element, in Chinese. */
export function explainPair(a: ExplainSide, b: ExplainSide, ps: PairScore): string {
  if (ps.isHard) return ps.notes.join("；");
  const parts: string[] = [];
  if (a.sig.display === b.sig.display) {
    parts.push(`标签相同：${a.sig.display || clean(a.path.at(-1) ?? "")}`);
  } else {
    const synonyms: string[] = [];
    for (const t of [...a.sig.concepts, ...Object.entries(a.sig.quals).map(([d, v]) => `q:${d}=${v}`)]) {
      const sa = a.sig.surfaces[t];
      const sb = b.sig.surfaces[t];
      if (sa && sb && sa !== sb) synonyms.push(`${sa} ≈ ${sb}`);
    }
    if (synonyms.length) parts.push(`同义词：${synonyms.join("，")}`);
    for (const side of [a, b]) {
      if (side.sig.usedGroups.length > 0) {
        const other = side === a ? b : a;
        parts.push(`分组表头有含义：${side.path.map(clean).join(" > ")} = ${other.path.map(clean).join(" > ")}`);
        break;
      }
    }
    const ignored = [...new Set([...a.sig.ignoredGroups, ...b.sig.ignoredGroups])];
    if (ignored.length) parts.push(`忽略无含义分组：${ignored.join("、")}`);
    // A pair read alike by its characters or its dropdown says so in its notes (below), not as one normalized label.
    const byOtherEvidence = ps.notes.some((n) => n.startsWith("字面相近") || n.startsWith("下拉选项相同"));
    if (!synonyms.length && !a.sig.usedGroups.length && !b.sig.usedGroups.length && !byOtherEvidence) {
      parts.push(`规范化后相同：${a.sig.display} ≈ ${b.sig.display}`);
    }
  }
  const ua = lookupUnit(a.unit ?? a.sig.labelUnit);
  const ub = lookupUnit(b.unit ?? b.sig.labelUnit);
  if (ua && ub && ua.unit !== ub.unit && ua.dimension === ub.dimension) {
    parts.push(`单位换算：${ua.unit} → ${ub.unit} ×${+(ua.factor / ub.factor).toPrecision(6)}`);
  }
  parts.push(...ps.notes);
  if (!ps.notes.some((n) => n.startsWith("类型"))) parts.push("类型相同");
  return parts.join("；");
}

import type { Signature } from "./signature";
import type { MatchField } from "./types";

const SUB_ITEM = /^\s*其中[:：]?/;

/**
 * An indicator row's 其中 sub-item that names only a kind (四、畜牧业 > 年末牲畜存栏 | 其中：牛) is a part of the row above
 * it: its reading takes that indicator as its group (年末牲畜存栏 > 其中：牛 = 年末牲畜存栏 > 牛（头） of a columns table).
 * A sub-item that names its own measure or subject (其中：禁牧面积, 其中：女党员) or qualifies its parent (其中：女, 其中：60岁
 * 以上) keeps its own reading. Fields come in form order: the parent is the nearest earlier indicator of the sheet.
 */
export function withParentIndicators(fields: MatchField[], sigOf: (f: MatchField) => Signature): MatchField[] {
  let parent: MatchField | null = null;
  let sheet = "";
  return fields.map((f) => {
    if (f.layout !== "indicator-rows") return f;
    const key = `${f.formId}\u0000${f.part ?? ""}`;
    if (key !== sheet) [sheet, parent] = [key, null];
    const leaf = f.path.at(-1) ?? f.label;
    if (!SUB_ITEM.test(leaf)) {
      parent = f;
      return f;
    }
    if (!parent || parent.type !== f.type) return f;
    // The label alone, without the row's unit: 其中：牛 names a kind; 其中：禁牧面积 names its measure and stands alone.
    const own = sigOf({ ...f, path: [leaf], unit: null, subject: undefined });
    const bare = own.typeClass === "num" && own.measure === null && own.concepts.length > 0 && own.concepts.every((c) => c.startsWith("r:")) && Object.keys(own.quals).length === 0;
    if (!bare) return f;
    const parentLeaf = parent.path.at(-1) ?? parent.label;
    return { ...f, path: [...f.path.slice(0, -1), parentLeaf, leaf] };
  });
}

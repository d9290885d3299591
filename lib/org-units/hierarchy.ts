import type { OrgLevel } from "../domain";

/** Which level may stand under which: 市 > 区/县 > 乡镇/街道 > 村/社区. */
const CHILD_LEVELS: Record<OrgLevel, OrgLevel[]> = {
  city: ["district"],
  district: ["town"],
  town: ["village", "community"],
  village: [],
  community: [],
};

export function canBeChild(parent: OrgLevel | null, child: OrgLevel): boolean {
  return parent === null ? child === "city" || child === "district" : CHILD_LEVELS[parent].includes(child);
}

/**
 * 统计用区划代码 (12 digits): province 2 · city 2 · county 2 · town 3 · village 3. Each level owns a slice
 * that is not all zeros, and everything after it is zeros.
 */
const OWN_SLICE: Record<OrgLevel, [number, number]> = {
  city: [2, 4],
  district: [4, 6],
  town: [6, 9],
  village: [9, 12],
  community: [9, 12],
};

export function isDivisionCode(code: string): boolean {
  return /^\d{12}$/.test(code);
}

export function codeFitsLevel(code: string, level: OrgLevel): boolean {
  if (!isDivisionCode(code)) return false;
  const [from, to] = OWN_SLICE[level];
  return !/^0+$/.test(code.slice(from, to)) && /^0*$/.test(code.slice(to));
}

/** A child's code starts with its parent's own digits (a village of town 110101001 is 110101001xxx). */
export function codeFitsParent(code: string, parentCode: string, parentLevel: OrgLevel): boolean {
  const own = OWN_SLICE[parentLevel][1];
  return code.startsWith(parentCode.slice(0, own)) && code !== parentCode;
}

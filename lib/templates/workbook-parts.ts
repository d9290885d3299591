import type ExcelJS from "exceljs";
import type { SheetGrid } from "./sheet-grid";
import { norm } from "./text";

/**
 * Which sheets of one workbook belong together, and which sheets only hold dropdown lists.
 *
 * Rule (documented in docs/generalization.md, round 4): the visible form sheets of a workbook are PARTS OF ONE FORM
 * when the evidence says so —
 *  - part numbering: two or more sheets are numbered as parts in their name or title (表一/表二, 表1, 附表2,
 *    第一部分, 一、…), or
 *  - a shared survey name: their titles, without year/period words, 附件, part numbers and the generic suffix
 *    (…登记表/情况表/汇总表), begin with the same name of at least 4 characters (人口变动抽样调查小区情况表 and
 *    人口变动抽样调查按户登记表), or
 *  - the sheet has no title of its own (a continuation of the sheet before it).
 * Otherwise the sheets are unrelated forms that happen to share a file (低保花名册 and 特困人员花名册).
 */

const NUM = "[一二三四五六七八九十]{1,3}|\\d{1,2}";
/** A part number at the start (表一、附表2、第一部分、一、), or 表N written as a label anywhere (（表一）, 表二：). */
const PART_AT_START = new RegExp(`^(?:附?表(?:${NUM})(?![\\d])|第(?:${NUM})(?:部分|张|表)|[一二三四五六七八九十]{1,2}[、.．]|[（(](?:${NUM})[)）])`);
const PART_INSIDE = new RegExp(`[（(]附?表(?:${NUM})[)）]|附?表(?:${NUM})[:：]|附?表(?:${NUM})$`);
/** The period a title is dated with (2025年度, 第三季度, 11月份, 上半年) and blanks to fill one in (____): not its name. */
export const PERIOD_WORDS = /(?:\d{4}|[〇零一二三四五六七八九十]{4})年度?|第?[一二三四1-4]季度|\d{1,2}月份?|[上下]半年|[_＿]{2,}/g;
const GENERIC_SUFFIX = /(?:基本)?(?:情况|信息|基础信息)?(?:登记|统计|汇总|调查|摸底|花名|明细|台账)?(?:表|册|簿)$/;

/** Sheets that hold Excel's default names with nothing else to go on. */
const DEFAULT_SHEET_NAME = /^(sheet|工作表)\d+$/i;

/** Whether a sheet name or title numbers the sheet as a part (表一, 表2, 附表3, 第一部分, （表二）). */
export function isNumberedPart(text: string): boolean {
  const t = withoutAttachment(text);
  if (!t || DEFAULT_SHEET_NAME.test(t)) return false;
  return PART_AT_START.test(t) || PART_INSIDE.test(t);
}

/** Whether a title opens with its part number (表一  家庭成员基本情况): it names the part, not the form. */
export function opensWithPartNumber(text: string): boolean {
  return PART_AT_START.test(withoutAttachment(text));
}

const withoutAttachment = (text: string) => norm(text).replace(/^附件\d*[:：]?/, "");

/** The survey name a title carries: no period words, 附件, part numbers or the generic …登记表 suffix. */
export function surveyStem(title: string): string {
  let t = norm(title).replace(/^附件\s*\d*[:：]?/, "").replace(PLACE_BLANK, "");
  t = t.replace(/^(?:附?表[一二三四五六七八九十\d]{1,3}|第[一二三四五六七八九十\d]{1,3}(?:部分|张|表))[:：、.．-]*/, "").replace(/[（(]?附?表[一二三四五六七八九十\d]{1,3}[)）]?[:：]?$/, "");
  t = t.replace(/^[_＿]+/, "").replace(PERIOD_WORDS, "");
  t = t.replace(/[(（][^()（）]*[)）]$/, "");
  return t.replace(/^[^\p{Script=Han}A-Za-z]+/u, "").replace(GENERIC_SUFFIX, "");
}

/** A blank place to fill in before a title (`______镇（街道）`, `XX村`): shared by unrelated forms, not a survey name. */
const PLACE_BLANK = /^(?:[_＿\s]*(?:XX|××|xx)?(?:省|市|县|区)?)?(?:[_＿\s]*(?:XX|××|xx)?(?:乡镇|乡|镇|街道)(?:[(（](?:街道|乡|镇|乡镇)[)）])?)?(?:[_＿\s]*(?:XX|××|xx)?(?:村|社区)(?:[(（](?:社区|居)[)）])?)?(?:[_＿\s]+)?/;
/** Words many unrelated county forms begin with. */
const GENERIC_PREFIX = /^(?:全[区县市镇]|村级|农村|城乡|各村|村\(社区\)|村社区)/;

function commonPrefixLength(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

export interface PartCandidate {
  sheet: string;
  title: string;
}

/** Two sheets' titles name one survey (a shared name of ≥ 4 characters, or one title's stem holds the other). */
export function sharesSurveyName(a: string, b: string): boolean {
  const sa = surveyStem(a);
  const sb = surveyStem(b);
  if (sa.length < 2 || sb.length < 2) return false;
  if (sa === sb) return true;
  const ga = sa.replace(GENERIC_PREFIX, "");
  const gb = sb.replace(GENERIC_PREFIX, "");
  const shared = commonPrefixLength(ga, gb);
  return shared >= 6 || (shared >= 4 && shared * 5 >= Math.min(ga.length, gb.length) * 3);
}

/**
 * Groups the parsed sheets of a workbook into forms (indexes into `parts`, in sheet order, each group in sheet
 * order). Deterministic: depends only on the sheets' order, names and titles.
 */
export function groupParts(parts: PartCandidate[]): number[][] {
  const numbered = parts.map((p) => isNumberedPart(p.sheet) || isNumberedPart(p.title));
  const numberedCount = numbered.filter(Boolean).length;
  const groups: number[][] = [];
  parts.forEach((p, i) => {
    const home = groups.find((g) => {
      if (numberedCount >= 2 && numbered[i] && g.some((j) => numbered[j])) return true;
      return g.some((j) => sharesSurveyName(parts[j].title, p.title));
    });
    if (home) home.push(i);
    else if (!norm(p.title) && groups.length > 0) groups[groups.length - 1].push(i);
    else groups.push([i]);
  });
  return groups;
}

/** The sheet a list formula reads its options from (`'选项'!$A$2:$A$9`, `字典!A1:A5`, or a defined name's range). */
function listTargetSheet(workbook: ExcelJS.Workbook, formula: string): string | null {
  const f = formula.trim().replace(/^=/, "");
  if (f.startsWith('"')) return null;
  const direct = /^(?:'((?:[^']|'')+)'|([^!'"]+))!/.exec(f);
  if (direct) return (direct[1]?.replace(/''/g, "'") ?? direct[2]).trim();
  const named = (workbook.definedNames as unknown as { getRanges?: (n: string) => { ranges?: string[] } }).getRanges?.(f);
  const first = named?.ranges?.[0];
  if (!first) return null;
  const m = /^(?:'((?:[^']|'')+)'|([^!'"]+))!/.exec(first);
  return m ? (m[1]?.replace(/''/g, "'") ?? m[2]).trim() : null;
}

/**
 * Sheets that other sheets' dropdowns read their options from: they are lists (选项/字典), not forms, whether
 * visible or hidden and whatever they are called.
 */
export function dropdownSourceSheets(workbook: ExcelJS.Workbook, grids: SheetGrid[]): Set<string> {
  const out = new Set<string>();
  for (const grid of grids) {
    for (const formula of new Set(grid.validations.values())) {
      const target = listTargetSheet(workbook, formula);
      if (target && target !== grid.name) out.add(target);
    }
  }
  return out;
}

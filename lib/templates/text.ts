import { toHalfWidth } from "./cell-value";

/** Comparable form of a label: half-width, no whitespace at all (`姓  名` → `姓名`, line breaks removed). */
export function norm(text: string): string {
  return toHalfWidth(text).replace(/[\s\u00a0\u3000]+/g, "");
}

/** A label as written, without its spacing (姓  名 → 姓名): for labels put together from two cells (a grid's row and column). */
export function unspaced(text: string): string {
  return text.replace(/[\s\u00a0\u3000]+/g, "");
}

const BRACKET_GROUP = /[（(]([^（()）]*)[)）]/g;

/** Bracketed parts of a label: `年龄（周岁）（岁）` → ['周岁', '岁']. */
export function bracketParts(text: string): string[] {
  return [...norm(text).matchAll(BRACKET_GROUP)].map((m) => m[1]);
}

/** Label without bracketed parts and numbering: `（1）新增就业（人）` → `新增就业`. */
export function coreLabel(text: string): string {
  return stripNumbering(norm(text)).replace(BRACKET_GROUP, "").replace(/^其中[:：]?/, "");
}

const NUMBERING = /^(?:[一二三四五六七八九十]+[、.．]|\d{1,2}(?:\.\d{1,2})*[、.．](?!\d)|[（(]\s*[0-9一二三四五六七八九十]{1,3}\s*[)）]|[①-⑳])/;

/** Removes a leading `一、` / `1.` / `（1）` / `①`. */
export function stripNumbering(text: string): string {
  return text.replace(NUMBERING, "");
}

/**
 * Outline level from a label's numbering, in the order Chinese documents nest them:
 * 一、 → 1, （一） → 2, 1. → 3, （1） → 4, ① → 5, none → 0.
 */
export function numberingLevel(text: string): number {
  const t = norm(text);
  if (/^[一二三四五六七八九十]+[、.．]/.test(t)) return 1;
  if (/^[（(][一二三四五六七八九十]{1,3}[)）]/.test(t)) return 2;
  if (/^\d{1,2}[、.．](?!\d)/.test(t)) return 3;
  if (/^[（(]\d{1,3}[)）]/.test(t)) return 4;
  if (/^[①-⑳]/.test(t)) return 5;
  return 0;
}

/** `key：value` cells of meta rows and the statistical block. Returns null for ordinary text. */
export function splitKeyValue(text: string): { key: string; value: string } | null {
  const m = /^([^：:]{1,12})[：:](.*)$/s.exec(text.trim());
  if (!m) return null;
  const key = norm(m[1]);
  if (key === "" || key === "其中" || /^\d+$/.test(key)) return null;
  return { key, value: m[2].trim() };
}

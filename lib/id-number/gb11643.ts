/**
 * 公民身份号码 (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for men,
 * even for women) and an ISO 7064 MOD 11-2 check character (0–9 or X).
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = "10X98765432";

export type IdNumberProblem = "length" | "characters" | "birthDate" | "checkDigit";

export interface IdNumberInfo {
  idNumber: string;
  birthDate: string; // yyyy-MM-dd
  sex: "male" | "female";
  regionCode: string;
}

/** Upper-cases x, drops spaces and full-width digits, as people type them. */
export function normalizeIdNumber(raw: string): string {
  return raw
    .normalize("NFKC")
    .replace(/\s+/g, "")
    .toUpperCase();
}

export function checkCharacter(first17: string): string {
  const sum = WEIGHTS.reduce((acc, w, i) => acc + w * Number(first17[i]), 0);
  return CHECK[sum % 11];
}

/** Validates a number and derives birth date and sex from it; `problem` says what is wrong otherwise. */
export function parseIdNumber(raw: string, today: Date = new Date()): { ok: true; info: IdNumberInfo } | { ok: false; problem: IdNumberProblem } {
  const id = normalizeIdNumber(raw);
  if (id.length !== 18) return { ok: false, problem: "length" };
  if (!/^\d{17}[\dX]$/.test(id)) return { ok: false, problem: "characters" };
  const [y, m, d] = [Number(id.slice(6, 10)), Number(id.slice(10, 12)), Number(id.slice(12, 14))];
  const birth = new Date(Date.UTC(y, m - 1, d));
  const valid = birth.getUTCFullYear() === y && birth.getUTCMonth() === m - 1 && birth.getUTCDate() === d && y >= 1900 && birth.getTime() <= today.getTime();
  if (!valid) return { ok: false, problem: "birthDate" };
  if (checkCharacter(id.slice(0, 17)) !== id[17]) return { ok: false, problem: "checkDigit" };
  return {
    ok: true,
    info: { idNumber: id, birthDate: `${id.slice(6, 10)}-${id.slice(10, 12)}-${id.slice(12, 14)}`, sex: Number(id[16]) % 2 === 1 ? "male" : "female", regionCode: id.slice(0, 6) },
  };
}

/** Age in whole years on a given day. */
export function ageOn(birthDate: string, day: Date): number {
  const [y, m, d] = birthDate.split("-").map(Number);
  let age = day.getFullYear() - y;
  if (day.getMonth() + 1 < m || (day.getMonth() + 1 === m && day.getDate() < d)) age--;
  return age;
}

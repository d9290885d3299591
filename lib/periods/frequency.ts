import { FREQUENCIES, type Frequency } from "../domain";

/** How many times a year a form of each frequency is filled (ad hoc counted once). */
export const TIMES_PER_YEAR: Record<Frequency, number> = {
  daily: 365,
  weekly: 52,
  monthly: 12,
  quarterly: 4,
  semiannual: 2,
  annual: 1,
  adhoc: 1,
};

/** daily > weekly > monthly > quarterly > semiannual > annual > ad hoc. */
export function isAtLeastAsFrequent(a: Frequency, b: Frequency): boolean {
  return FREQUENCIES.indexOf(a) <= FREQUENCIES.indexOf(b);
}

/** The most frequent of several frequencies. */
export function mostFrequent(frequencies: Frequency[]): Frequency | null {
  return frequencies.reduce<Frequency | null>((best, f) => (best === null || isAtLeastAsFrequent(f, best) ? f : best), null);
}

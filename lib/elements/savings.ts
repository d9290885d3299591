import type { Frequency } from "../domain";
import { TIMES_PER_YEAR } from "../periods";

/**
 * Field entries a village no longer types per year once an element is filled once: before, every form
 * asked for it at its own frequency; after, it is typed once per period of the most frequent form.
 */
export function entriesSavedPerYear(frequencies: Frequency[]): number {
  if (frequencies.length < 2) return 0;
  const times = frequencies.map((f) => TIMES_PER_YEAR[f]);
  return times.reduce((a, b) => a + b, 0) - Math.max(...times);
}

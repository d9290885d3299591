/** Share of a progress, 0–100, for bars (an empty total counts as done). */
export function percent(progress: { filled: number; total: number }): number {
  return progress.total === 0 ? 100 : Math.round((progress.filled / progress.total) * 100);
}

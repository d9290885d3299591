import type { OneFormView } from "./build";

/** 「本期需填 N 项（合并前 M 项），已预填 K 项」 as message parameters. */
export function burdenLine(view: Pick<OneFormView, "burden">): { due: number; before: number; prefilled: number } {
  return view.burden;
}

/** Share of a progress, 0–100, for bars (an empty total counts as done). */
export function percent(progress: { filled: number; total: number }): number {
  return progress.total === 0 ? 100 : Math.round((progress.filled / progress.total) * 100);
}

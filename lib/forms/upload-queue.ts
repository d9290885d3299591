/** Uploads sent at once by the upload page: one per parser worker on the server (lib/forms/parse-pool, size 2). */
export const UPLOAD_CONCURRENCY = 2;

export interface QueueProgress {
  /** Files finished (saved or refused). */
  done: number;
  total: number;
  /** Files being sent and parsed right now, in the order they were started. */
  current: string[];
  /** How many have been started so far (the n of "n of N"). */
  started: number;
}

/**
 * Runs `work` over the items with at most `concurrency` at a time, in order of the list, and reports progress after
 * every start and every finish. Results come back in the order of the items, whatever order they finished in. `work`
 * must not throw (an upload turns its failure into a result); if it does, the error is passed on after the others.
 */
export async function runQueue<T, R>(
  items: T[],
  work: (item: T, index: number) => Promise<R>,
  options: { concurrency?: number; name: (item: T) => string; onProgress?: (progress: QueueProgress) => void; onResult?: (result: R, index: number) => void },
): Promise<R[]> {
  const concurrency = Math.max(1, options.concurrency ?? UPLOAD_CONCURRENCY);
  const results: R[] = new Array(items.length);
  const current: { index: number; name: string }[] = [];
  let next = 0;
  let done = 0;
  let failure: unknown = null;
  const report = () => options.onProgress?.({ done, total: items.length, current: current.map((c) => c.name), started: next });
  async function lane() {
    while (next < items.length) {
      const index = next++;
      current.push({ index, name: options.name(items[index]) });
      report();
      try {
        results[index] = await work(items[index], index);
        options.onResult?.(results[index], index);
      } catch (error) {
        failure ??= error;
      }
      current.splice(current.findIndex((c) => c.index === index), 1);
      done++;
      report();
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, lane));
  if (failure) throw failure;
  return results;
}

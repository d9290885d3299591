import { describe, expect, it } from "vitest";
import { runQueue, type QueueProgress } from "./upload-queue";

/** A job that finishes when the test says so. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

describe("runQueue", () => {
  it("keeps at most `concurrency` running, reports every start and finish, returns results in item order", async () => {
    const names = ["a.xlsx", "b.xlsx", "c.xlsx", "d.xlsx"];
    const gates = names.map(gate);
    const seen: QueueProgress[] = [];
    const finished: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const all = runQueue(
      names,
      async (name, i) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await gates[i].opened;
        running--;
        return `${name}:ok`;
      },
      { concurrency: 2, name: (n) => n, onProgress: (p) => seen.push(structuredClone(p)), onResult: (_, i) => finished.push(i) },
    );
    await Promise.resolve();
    expect(seen.at(-1)).toEqual({ done: 0, total: 4, current: ["a.xlsx", "b.xlsx"], started: 2 });
    // The second finishes first: the third starts in its lane.
    gates[1].open();
    await new Promise((r) => setTimeout(r, 0));
    expect(seen.at(-1)).toEqual({ done: 1, total: 4, current: ["a.xlsx", "c.xlsx"], started: 3 });
    for (const g of [gates[0], gates[2], gates[3]]) {
      g.open();
      await new Promise((r) => setTimeout(r, 0));
    }
    expect(await all).toEqual(names.map((n) => `${n}:ok`));
    expect(maxRunning).toBe(2);
    expect(finished).toEqual([1, 0, 2, 3]);
    expect(seen.at(-1)).toEqual({ done: 4, total: 4, current: [], started: 4 });
    // One report per start and one per finish.
    expect(seen).toHaveLength(8);
  });

  it("with concurrency 1 runs one after another; an empty list reports nothing", async () => {
    const order: string[] = [];
    await runQueue(["x", "y"], async (n) => void order.push(n), { concurrency: 1, name: (n) => n });
    expect(order).toEqual(["x", "y"]);
    const seen: QueueProgress[] = [];
    expect(await runQueue([], async () => 1, { name: String, onProgress: (p) => seen.push(p) })).toEqual([]);
    expect(seen).toEqual([]);
  });

  it("finishes the other items when one throws, then throws", async () => {
    const ran: number[] = [];
    await expect(
      runQueue([1, 2, 3], async (n) => {
        ran.push(n);
        if (n === 1) throw new Error("坏了");
        return n;
      }, { concurrency: 2, name: String }),
    ).rejects.toThrow("坏了");
    expect(ran.sort()).toEqual([1, 2, 3]);
  });
});

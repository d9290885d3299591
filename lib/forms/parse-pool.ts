import path from "node:path";
import { pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import { TemplateError, type TemplateProblem } from "@/lib/templates/errors";
import type { ParseOptions } from "@/lib/templates/parse-workbook";
import type { FormDefinition } from "@/lib/templates/types";

/**
 * Long-lived parser workers. Each template is still parsed in a worker thread with a heap cap and a time
 * limit (DESIGN "Reading untrusted workbooks"), but a worker is reused for many files: starting one costs
 * ~0.5 s (module loading), parsing a template ~30 ms. A worker that times out, runs out of memory or
 * crashes is thrown away and replaced; only its own file fails. A catalog (报表清单) is sent to each worker once and
 * jobs refer to it by id: cloning a 3,000-row catalog into every job cost more than parsing the small template.
 */
/** Catalogs a worker keeps (the slot mirrors the same insertion-ordered eviction). */
const CATALOGS_KEPT = 4;

const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
let loading;
const catalogs = new Map();
const load = () => (loading ??= (async () => {
  if (workerData.moduleUrl.endsWith(".ts")) (await import("tsx/esm/api")).register();
  return import(workerData.moduleUrl);
})());
parentPort.on("message", async (job) => {
  if (job.warm) return void load().catch(() => {});
  if (job.catalog) {
    catalogs.set(job.catalog.id, job.catalog.entries);
    for (const id of catalogs.keys()) if (catalogs.size > ${CATALOGS_KEPT}) catalogs.delete(id);
    return;
  }
  try {
    const mod = await load();
    const options = job.catalogId ? { ...job.options, catalog: catalogs.get(job.catalogId) } : job.options;
    const forms = await mod.parseTemplate(Buffer.from(job.buffer), job.fileName, options);
    parentPort.postMessage({ ok: true, forms });
  } catch (e) {
    parentPort.postMessage({ ok: false, problem: e && e.problem, detail: e && e.params && e.params.detail, message: String(e && e.message) });
  }
});
`;

type Reply = { ok: true; forms: FormDefinition[] } | { ok: false; problem?: TemplateProblem; detail?: string; message: string };

interface Job {
  buffer: Buffer;
  fileName: string;
  options: ParseOptions;
  resolve: (forms: FormDefinition[]) => void;
  reject: (error: TemplateError) => void;
}

interface Slot {
  worker: Worker | null;
  job: Job | null;
  done: number;
  /** Ids of the catalogs this slot's worker holds, oldest first. */
  catalogs: Set<number>;
}

export interface ParsePoolOptions {
  size?: number;
  timeoutMs?: number;
  maxOldGenMb?: number;
  /** Replace a worker after this many files, so nothing it leaks lives forever. */
  recycleAfter?: number;
  /** URL of the parser module (default: lib/templates/parse-template.ts under the working directory). */
  parserUrl?: string;
}

/**
 * The parser's source file, loaded in the worker through tsx. Resolved from the project root, not with
 * `new URL(…, import.meta.url)`: Turbopack treats that pattern as an asset and would copy the bare .ts
 * file (without its imports) into the build, so the worker could not load it in production.
 */
function parserModuleUrl(): string {
  return pathToFileURL(path.join(/*turbopackIgnore: true*/ process.cwd(), "lib", "templates", "parse-template.ts")).href;
}

export class ParsePool {
  private readonly slots: Slot[];
  private readonly queue: Job[] = [];
  private readonly options: Required<ParsePoolOptions>;
  private readonly catalogIds = new WeakMap<object, number>();
  private nextCatalogId = 1;

  constructor(options: ParsePoolOptions = {}) {
    this.options = { size: 2, timeoutMs: 20_000, maxOldGenMb: 2048, recycleAfter: 1000, parserUrl: "", ...options };
    this.slots = Array.from({ length: this.options.size }, () => ({ worker: null, job: null, done: 0, catalogs: new Set<number>() }));
  }

  /** Parses one template; rejects with a TemplateError (Chinese message naming the file) on any failure. */
  parse(buffer: Buffer, fileName: string, options: ParseOptions = {}): Promise<FormDefinition[]> {
    return new Promise((resolve, reject) => {
      this.queue.push({ buffer, fileName, options, resolve, reject });
      this.dispatch();
    });
  }

  /** Starts every worker now (module loading takes ~0.5 s), so they are ready when the first files arrive. */
  warm(): void {
    for (const slot of this.slots) {
      if (slot.worker) continue;
      slot.worker = this.spawn();
      slot.worker.postMessage({ warm: true });
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker?.terminate()));
    for (const slot of this.slots) slot.worker = null;
  }

  private dispatch() {
    for (const slot of this.slots) {
      if (slot.job || this.queue.length === 0) continue;
      this.run(slot, this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    const { maxOldGenMb } = this.options;
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { moduleUrl: this.options.parserUrl || parserModuleUrl() },
      // Only the old generation is capped: V8 sizes the young generation and its heap growth from this cap, and below
      // ~2 GB it grows the heap so cautiously that parsing took ~1.6x the CPU (bench:analyze; 512 MB: 14 ms a file,
      // 2,048 MB: 9 ms). The cap still stops a runaway file; safe-load's limits (20 MB, 200 MB inflated) come first.
      resourceLimits: { maxOldGenerationSizeMb: maxOldGenMb },
    });
    worker.unref(); // an idle pool never keeps the process alive; a running job's timer does
    return worker;
  }

  private run(slot: Slot, job: Job) {
    if (slot.worker && slot.done >= this.options.recycleAfter) this.discard(slot);
    const worker = (slot.worker ??= this.spawn());
    slot.job = job;
    const finish = (outcome: () => void, keepWorker: boolean) => {
      if (slot.job !== job) return;
      clearTimeout(timer);
      worker.off("message", onMessage).off("error", onError).off("exit", onExit);
      slot.job = null;
      slot.done++;
      if (!keepWorker) this.discard(slot);
      outcome();
      this.dispatch();
    };
    const onMessage = (reply: Reply) =>
      finish(() => (reply.ok ? job.resolve(reply.forms) : job.reject(toTemplateError(reply, job.fileName))), true);
    const onError = (error: Error & { code?: string }) =>
      finish(() => job.reject(new TemplateError(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "outOfMemory" : "loadFailed", job.fileName, error.message.slice(0, 120))), false);
    const onExit = (code: number) => finish(() => job.reject(new TemplateError("loadFailed", job.fileName, `worker exited ${code}`)), false);
    const timer = setTimeout(() => finish(() => job.reject(new TemplateError("timeout", job.fileName)), false), this.options.timeoutMs);
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    const { catalog, ...options } = job.options;
    let catalogId: number | undefined;
    if (catalog?.length) {
      catalogId = this.catalogIds.get(catalog) ?? this.nextCatalogId++;
      this.catalogIds.set(catalog, catalogId);
      if (!slot.catalogs.has(catalogId)) {
        worker.postMessage({ catalog: { id: catalogId, entries: catalog } });
        slot.catalogs.add(catalogId);
        for (const id of slot.catalogs) if (slot.catalogs.size > CATALOGS_KEPT) slot.catalogs.delete(id);
      }
    }
    const copy = new Uint8Array(job.buffer.byteLength);
    copy.set(job.buffer);
    worker.postMessage({ buffer: copy, fileName: job.fileName, options, catalogId }, [copy.buffer]);
  }

  private discard(slot: Slot) {
    void slot.worker?.terminate();
    slot.worker = null;
    slot.done = 0;
    slot.catalogs.clear();
  }
}

function toTemplateError(reply: Extract<Reply, { ok: false }>, fileName: string): TemplateError {
  return reply.problem ? new TemplateError(reply.problem, fileName, reply.detail ?? "") : new TemplateError("loadFailed", fileName, reply.message.slice(0, 120));
}

/** The process-wide pool (kept on globalThis so dev-server reloads do not start new workers each time). */
export function sharedParsePool(): ParsePool {
  const g = globalThis as unknown as { __oneformParsePool?: ParsePool };
  return (g.__oneformParsePool ??= new ParsePool());
}

import { Worker } from "node:worker_threads";
import { TemplateError, type TemplateProblem } from "./errors";
import type { ParseTemplateOptions } from "./parse-template";
import type { FormDefinition } from "./types";

export interface WorkerParseOptions extends Omit<ParseTemplateOptions, "limits"> {
  timeoutMs?: number;
  maxOldGenMb?: number;
}

/** Worker body: loads the parser once (registering tsx when it is TypeScript), then parses jobs one by one. */
const WORKER_SOURCE = `
const { parentPort, workerData } = require("node:worker_threads");
const ready = (async () => {
  if (workerData.moduleUrl.endsWith(".ts")) (await import("tsx/esm/api")).register();
  return import(workerData.moduleUrl);
})();
parentPort.on("message", async (job) => {
  try {
    const mod = await ready;
    const forms = await mod.parseTemplate(Buffer.from(job.buffer), job.fileName, job.options);
    parentPort.postMessage({ id: job.id, ok: true, forms });
  } catch (e) {
    parentPort.postMessage({ id: job.id, ok: false, problem: e && e.problem, detail: e && e.params && e.params.detail, message: String(e && e.message) });
  }
});
`;

function parserModuleUrl(): string {
  const self = import.meta.url;
  const ext = /\.(ts|js|mjs)$/.exec(self)?.[1] ?? "js";
  return new URL(`./parse-template.${ext}`, self).href;
}

type WorkerReply = { id: number; ok: true; forms: FormDefinition[] } | { id: number; ok: false; problem?: TemplateProblem; detail?: string; message: string };

/** One long-lived worker per heap cap; a job that times out or crashes it takes only that worker down. */
class ParseWorker {
  private worker: Worker | null = null;
  private chain: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(private readonly maxOldGenMb: number) {}

  run(buffer: Buffer, fileName: string, options: object, timeoutMs: number): Promise<FormDefinition[]> {
    const job = this.chain.then(() => this.runNow(buffer, fileName, options, timeoutMs));
    this.chain = job.catch(() => undefined);
    return job;
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { moduleUrl: parserModuleUrl() },
      resourceLimits: { maxOldGenerationSizeMb: this.maxOldGenMb, maxYoungGenerationSizeMb: Math.min(64, Math.ceil(this.maxOldGenMb / 4)) },
    });
    worker.unref();
    return worker;
  }

  private runNow(buffer: Buffer, fileName: string, options: object, timeoutMs: number): Promise<FormDefinition[]> {
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    const copy = new Uint8Array(buffer.byteLength);
    copy.set(buffer);
    return new Promise((resolve, reject) => {
      const done = (fn: () => void, kill: boolean) => {
        clearTimeout(timer);
        worker.off("message", onMessage).off("error", onError).off("exit", onExit);
        worker.unref();
        if (kill) {
          this.worker = null;
          void worker.terminate();
        }
        fn();
      };
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        if (reply.ok) done(() => resolve(reply.forms), false);
        else done(() => reject(new TemplateError(reply.problem ?? "loadFailed", fileName, reply.detail ?? reply.message.slice(0, 120))), false);
      };
      const onError = (error: Error & { code?: string }) =>
        done(() => reject(new TemplateError(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? "outOfMemory" : "loadFailed", fileName, error.message.slice(0, 120))), true);
      const onExit = (code: number) => done(() => reject(new TemplateError("loadFailed", fileName, `worker exited ${code}`)), true);
      const timer = setTimeout(() => done(() => reject(new TemplateError("timeout", fileName)), true), timeoutMs);
      worker.on("message", onMessage).on("error", onError).on("exit", onExit);
      worker.ref();
      worker.postMessage({ id, buffer: copy, fileName, options }, [copy.buffer]);
    });
  }
}

const workers = new Map<number, ParseWorker>();

/**
 * Parses a template in a worker thread with a heap cap and a time limit, so a hostile or broken file fails
 * alone (TemplateError "timeout" / "outOfMemory") and the calling process stays up. Jobs run one at a time
 * per heap cap on a reused worker; a failed worker is replaced on the next call.
 */
export function parseWorkbookInWorker(buffer: Buffer, fileName: string, options: WorkerParseOptions = {}): Promise<FormDefinition[]> {
  const { timeoutMs = 20_000, maxOldGenMb = 512, ...parseOptions } = options;
  let worker = workers.get(maxOldGenMb);
  if (!worker) workers.set(maxOldGenMb, (worker = new ParseWorker(maxOldGenMb)));
  return worker.run(buffer, fileName, parseOptions, timeoutMs);
}

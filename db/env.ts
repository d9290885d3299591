import path from "node:path";
import { z } from "zod";

/**
 * The one place that reads process.env (for db/, scripts and the app alike). Empty strings count as unset,
 * so `DATABASE_URL=` means "use the embedded PGlite".
 */
const emptyAsUndefined = (v: unknown) => (v === "" ? undefined : v);

const envSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.string().startsWith("postgres").optional()),
  /** Connections to the PostgreSQL server per app process (see docs/benchmarks.md, saving one-form sections). */
  DATABASE_POOL_MAX: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(100).default(10)),
  PGLITE_DIR: z.preprocess(emptyAsUndefined, z.string().optional()),
  SESSION_SECRET: z.preprocess(emptyAsUndefined, z.string().min(16).optional()),
  UPLOAD_MAX_MB: z.preprocess(emptyAsUndefined, z.coerce.number().positive().max(200).default(20)),
  /** Requests one department API token may make per minute (counted in the database, see docs/api.md). */
  API_RATE_PER_MINUTE: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(10_000).default(60)),
  NODE_ENV: z.string().optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;
export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
      throw new Error(`环境变量配置有误 (invalid environment):\n${lines}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function pgliteDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ env().PGLITE_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), ".data", "pglite"));
}

export const MIGRATIONS_FOLDER = path.join(/*turbopackIgnore: true*/ process.cwd(), "db", "migrations");

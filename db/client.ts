import fs from "node:fs";
import path from "node:path";
import * as schema from "./schema";
import { env, MIGRATIONS_FOLDER, pgliteDir } from "./env";
import { acquirePgliteLock } from "./pglite-lock";
import type { Db } from "./types";

export interface DbHandle {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
}

/** Opens PostgreSQL (DATABASE_URL) or PGlite (data folder, or memory) and applies migrations. */
export async function openDb(options: { url?: string; dataDir?: string | "memory"; migrate?: boolean } = {}): Promise<DbHandle> {
  const handle = options.url ? await openPostgres(options.url) : await openPglite(options.dataDir ?? pgliteDir());
  if (options.migrate !== false) await migrateDb(handle);
  return handle;
}

async function openPostgres(url: string): Promise<DbHandle> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const client = postgres(url, { max: env().DATABASE_POOL_MAX, onnotice: () => {} });
  const db = drizzle(client, { schema }) as unknown as Db;
  return { db, kind: "postgres", close: () => client.end() };
}

async function openPglite(dataDir: string): Promise<DbHandle> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let release = () => {};
  let client;
  if (dataDir === "memory") {
    client = await PGlite.create();
  } else {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true }); // PGlite's mkdir is not recursive
    release = acquirePgliteLock(dataDir);
    try {
      client = await PGlite.create(dataDir);
    } catch (error) {
      release();
      throw error;
    }
  }
  const db = drizzle(client, { schema }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    close: async () => {
      await client.close();
      release();
    },
  };
}

/** Applies the committed drizzle-kit migrations with the migrator that matches the driver. */
export async function migrateDb(handle: DbHandle): Promise<void> {
  if (handle.kind === "postgres") {
    const { migrate } = await import("drizzle-orm/postgres-js/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  } else {
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    await migrate(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
  }
}

const globalForDb = globalThis as unknown as { __oneformDb?: Promise<DbHandle> };

/**
 * The app's one database, opened lazily once per process (never at import: `next build` and HMR would
 * otherwise open PGlite twice). Nothing else knows which kind it got.
 */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.__oneformDb ??= openDb({ url: env().DATABASE_URL }).catch((error) => {
    globalForDb.__oneformDb = undefined;
    throw error;
  });
  return globalForDb.__oneformDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}

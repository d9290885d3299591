import fs from "node:fs";
import { afterAll, beforeAll, inject } from "vitest";
import * as schema from "@/db/schema";
import type { Db } from "@/db/types";
import { withDatabase } from "./global-setup";

export interface TestDb {
  db: Db;
  kind: "pglite" | "postgres";
  close: () => Promise<void>;
}

/** A fresh, migrated database for one test file: a PGlite loaded from the run's dump, or a server copy. */
export async function createTestDb(): Promise<TestDb> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) return createServerCopy(url);
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const dump = fs.readFileSync(inject("pgliteTemplate"));
  const client = await PGlite.create({ loadDataDir: new Blob([dump]) });
  return { db: drizzle(client, { schema }) as unknown as Db, kind: "pglite", close: () => client.close() };
}

async function createServerCopy(url: string): Promise<TestDb> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const name = `oneform_t_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`CREATE DATABASE ${name} TEMPLATE ${inject("pgTemplateDb")}`);
  const client = postgres(withDatabase(url, name), { max: 4, onnotice: () => {} });
  return {
    db: drizzle(client, { schema }) as unknown as Db,
    kind: "postgres",
    close: async () => {
      await client.end();
      await admin.unsafe(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** Registers a fresh database for the current test file; read `.db` inside tests. */
export function useTestDb(): { readonly db: Db; readonly kind: "pglite" | "postgres" } {
  let handle: TestDb | undefined;
  beforeAll(async () => {
    handle = await createTestDb();
  });
  afterAll(async () => {
    await handle?.close();
  });
  return {
    get db() {
      if (!handle) throw new Error("test database not ready");
      return handle.db;
    },
    get kind() {
      return handle?.kind ?? "pglite";
    },
  };
}

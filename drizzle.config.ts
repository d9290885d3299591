import { defineConfig } from "drizzle-kit";

// drizzle-kit is only used to generate and check migrations; the app and `npm run db:migrate` apply them
// through db/client.ts, which holds the PGlite lock (drizzle-kit takes none, STACK.md P2).
const url = process.env.DATABASE_URL;

export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  migrations: { prefix: "timestamp" },
  strict: true,
  ...(url ? { dbCredentials: { url } } : { driver: "pglite", dbCredentials: { url: "./.data/pglite-kit" } }),
});

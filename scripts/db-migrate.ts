import { env } from "@/db/env";
import { openDb } from "@/db/client";

/** `npm run db:migrate`: applies the committed migrations (through the app's own migrator and PGlite lock). */
const handle = await openDb({ url: env().DATABASE_URL });
await handle.close();
console.error(`数据库迁移完成 (migrations applied) [${handle.kind}]`);

import { env } from "@/db/env";
import { openDb } from "@/db/client";
import { seedDemo } from "@/db/seed/demo";
import { seedDemoExport } from "@/db/seed/demo-export";

/** `npm run db:seed`: migrates and loads the demo district into the configured database. */
const handle = await openDb({ url: env().DATABASE_URL });
try {
  const counts = await seedDemo(handle.db);
  // Two 区民政局 forms with a month of values, residents and submissions, for the department export.
  await seedDemoExport(handle.db);
  console.error(`演示数据已就绪 (demo data ready): ${counts.orgUnits} 个组织, ${counts.departments} 个部门, ${counts.users} 个账号 [${handle.kind}]`);
} finally {
  await handle.close();
}

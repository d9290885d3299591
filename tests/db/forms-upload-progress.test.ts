import fs from "node:fs";
import path from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { forms, type User } from "@/db/schema";
import { seedDepartment, seedOrgTree, seedUser } from "@/db/seed/factories";
import { runQueue, UPLOAD_CONCURRENCY, type QueueProgress } from "@/lib/forms/upload-queue";
import { POST as upload } from "@/app/api/forms/upload/route";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/xlsx/forms");
const t = useTestDb();
let staff: User;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  const tree = await seedOrgTree(t.db, { towns: 1, villages: 1 });
  const minzheng = await seedDepartment(t.db, { district: tree.district, name: "区民政局" });
  staff = await seedUser(t.db, { role: "department_staff", orgUnit: tree.district, department: minzheng });
});

/** A folder as the browser sends it: the fixtures, twice, the second time under a subfolder and other names. */
function folder(): { relativePath: string; file: File }[] {
  const names = ["临时救助对象登记表.xlsx", "2026年特殊困难老年人探访关爱台账.xlsx", "损坏的表样.xlsx", "区民政局城乡低保及特困供养情况统计表.xlsx"];
  return [0, 1].flatMap((copy) =>
    names.map((name) => {
      const relativePath = copy === 0 ? `表样/${name}` : `表样/乔口镇/${name.replace(".xlsx", "-乔口镇.xlsx")}`;
      return { relativePath, file: new File([fs.readFileSync(path.join(FIXTURES, name))], path.basename(relativePath)) };
    }),
  );
}

// The upload page's own queue (two uploads at a time) over the real route: progress names the files being parsed,
// counts n of N, and every file's outcome comes back in the order chosen, refusals with their Chinese reason.
describe("folder upload progress", () => {
  it("reports each file as it is parsed, n of N, and each file's outcome; two at a time; saves the good ones", async () => {
    await signInAs(t.db, staff);
    const catalog = new File([fs.readFileSync(path.join(FIXTURES, "报表清单.xlsx"))], "报表清单.xlsx");
    const items = folder();
    const seen: QueueProgress[] = [];
    const outcomes = await runQueue(
      items,
      async ({ file, relativePath }) => {
        const body = new FormData();
        body.append("file", file);
        body.append("relativePath", relativePath);
        body.append("catalog", catalog);
        const response = await upload(new Request("http://localhost/api/forms/upload", { method: "POST", body }));
        return { status: response.status, body: await response.json() };
      },
      { concurrency: UPLOAD_CONCURRENCY, name: (i) => i.relativePath, onProgress: (p) => seen.push(structuredClone(p)) },
    );

    // Progress: every file named while in flight, never more than two at once, n of N counted up to N.
    expect(UPLOAD_CONCURRENCY).toBe(2);
    for (const { relativePath } of items) expect(seen.some((p) => p.current.includes(relativePath))).toBe(true);
    expect(Math.max(...seen.map((p) => p.current.length))).toBe(2);
    expect(seen.map((p) => p.started)).toEqual([...seen.map((p) => p.started)].sort((a, b) => a - b));
    expect(seen.map((p) => p.done)).toEqual([...seen.map((p) => p.done)].sort((a, b) => a - b));
    expect(new Set(seen.map((p) => p.started))).toEqual(new Set(items.map((_, i) => i + 1)));
    expect(seen.every((p) => p.total === items.length)).toBe(true);
    expect(seen.at(-1)).toEqual({ done: items.length, total: items.length, current: [], started: items.length });

    // Outcomes in the order chosen: the broken file (both copies) refused with a Chinese reason naming it.
    expect(outcomes.map((o) => o.body.file)).toEqual(items.map((i) => i.file.name));
    const refused = outcomes.filter((o) => !o.body.ok);
    expect(refused.map((o) => o.body.file)).toEqual(["损坏的表样.xlsx", "损坏的表样-乔口镇.xlsx"]);
    for (const o of refused) {
      expect(o.status).toBe(422);
      expect(o.body.error.message).toContain(`「${o.body.file}」文件已损坏`);
    }
    const saved = outcomes.filter((o) => o.body.ok);
    expect(saved).toHaveLength(6);
    for (const o of saved) expect(o.status).toBe(201);
    const ids = saved.flatMap((o) => o.body.forms.map((f: { id: string }) => f.id));
    const [{ n }] = await t.db.select({ n: count() }).from(forms).where(eq(forms.status, "draft"));
    expect(n).toBe(ids.length);
    // The catalog sent with every file was applied to each (frequency from 报表清单 for the listed file).
    const [listed] = await t.db.select().from(forms).where(eq(forms.id, saved[1].body.forms[0].id));
    expect(listed.frequency).toBe("monthly");
  });
});

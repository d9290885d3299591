import { beforeAll, describe, expect, it } from "vitest";
import { outcomeOf, signInAs, useAppDb } from "@/tests/helpers/app-context";
import { useTestDb } from "@/tests/helpers/test-db";
import { seedDepartment, seedForm, seedOrgTree, seedUser, type OrgTree } from "@/db/seed/factories";
import type { User } from "@/db/schema";
import UnitDashboardPage from "@/app/(app)/dashboard/[orgUnitId]/page";
import DashboardPage from "@/app/(app)/dashboard/page";
import { GET as exportTable } from "@/app/api/dashboard/export/route";

const t = useTestDb();
let tree: OrgTree;
let district: User;
let town: User;
let cadre: User;

beforeAll(async () => {
  useAppDb(t.db, t.kind);
  tree = await seedOrgTree(t.db, { towns: 2, villages: 2 });
  const dept = await seedDepartment(t.db, { district: tree.district });
  await seedForm(t.db, { district: tree.district, department: dept, title: "月报", fields: [{ label: "户籍人口", type: "integer" }] });
  district = await seedUser(t.db, { role: "district_official", orgUnit: tree.district });
  town = await seedUser(t.db, { role: "town_official", orgUnit: tree.towns[0] });
  cadre = await seedUser(t.db, { role: "village_cadre", orgUnit: tree.villages[0][0] });
});

const open = (id: string) => outcomeOf(() => UnitDashboardPage({ params: Promise.resolve({ orgUnitId: id }), searchParams: Promise.resolve({}) }));
const download = (unit: string) => exportTable(new Request(`http://x/api/dashboard/export?unit=${unit}&table=months`));

describe("who sees whose load", () => {
  it("shows a district official the district, every town and every village", async () => {
    await signInAs(t.db, district);
    expect(await outcomeOf(() => DashboardPage({ searchParams: Promise.resolve({}) }))).toBe("rendered");
    for (const id of [tree.district.id, tree.towns[1].id, tree.villages[1][1].id]) expect(await open(id)).toBe("rendered");
    expect((await download(tree.towns[1].id)).status).toBe(200);
  });

  it("keeps a town official to their own town: another town's numbers look missing", async () => {
    await signInAs(t.db, town);
    expect(await open(tree.towns[0].id)).toBe("rendered");
    expect(await open(tree.villages[0][1].id)).toBe("rendered");
    expect(await open(tree.towns[1].id)).toBe("notFound");
    expect(await open(tree.villages[1][0].id)).toBe("notFound");
    expect(await open(tree.district.id)).toBe("notFound");
    expect((await download(tree.towns[1].id)).status).toBe(404);
  });

  it("keeps a cadre to their own village", async () => {
    await signInAs(t.db, cadre);
    expect(await outcomeOf(() => DashboardPage({ searchParams: Promise.resolve({}) }))).toBe("rendered");
    expect(await open(tree.villages[0][0].id)).toBe("rendered");
    expect(await open(tree.villages[0][1].id)).toBe("notFound");
    expect(await open(tree.towns[0].id)).toBe("notFound");
    expect((await download(tree.villages[0][1].id)).status).toBe(404);
    const own = await download(tree.villages[0][0].id);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toContain("spreadsheetml");
  });

  it("answers 401 to a visitor without a session", async () => {
    await signInAs(t.db, null);
    expect((await download(tree.villages[0][0].id)).status).toBe(401);
  });
});

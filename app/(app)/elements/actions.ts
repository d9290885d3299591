"use server";
import { eq } from "drizzle-orm";
import { revalidatePath } from "next/cache";
import { AppError } from "@/lib/errors";
import { z } from "zod";
import { mergeElementsInput, moveFieldInput, pairDecisionInput, renameElementInput, splitFieldInput } from "@/lib/schemas/elements";
import { mutate, type Actor } from "@/db/queries/audit";
import { getElementById, getElementDistrictPath, getFieldsWithForms, listFieldsOfElement, takeReview } from "@/db/queries/elements";
import { recordDecision, rematchDistrict } from "@/db/queries/matching";
import { getOrgUnitById } from "@/db/queries/org-units";
import { elements } from "@/db/schema";
import type { Db, Tx } from "@/db/types";
import { defineAction } from "@/app/_lib/action";

/** The district of a set of fields, all of which must exist and lie in one district. */
async function districtOfFields(db: Db, ids: string[]) {
  const fields = await getFieldsWithForms(db, { ids });
  const districts = new Set(fields.map((f) => f.districtId));
  if (fields.length !== new Set(ids).size || districts.size !== 1) return null;
  const district = await getOrgUnitById(db, { id: [...districts][0] });
  return district ? { districtId: district.id, orgUnitPath: district.path } : null;
}

async function districtOfElement(db: Db, id: string) {
  const element = await getElementById(db, { id });
  const path = element ? await getElementDistrictPath(db, { id }) : null;
  return element && path ? { districtId: element.districtId, orgUnitPath: path } : null;
}

/** Records decisions in one audited transaction, then re-runs the analysis so they take effect at once. */
async function decide(db: Db, actor: Actor, districtId: string, action: string, record: (tx: Tx) => Promise<unknown>) {
  await mutate(db, actor, { action, entity: "match_decision" }, async (tx) => ({ result: null, districtId, after: await record(tx) }));
  const stats = await rematchDistrict(db, { districtId, actor });
  revalidatePath("/elements");
  return stats;
}

export const confirmPair = defineAction(
  { input: pairDecisionInput, permission: "element.review", target: ({ fieldA, fieldB }, { db }) => districtOfFields(db, [fieldA, fieldB]) },
  async ({ fieldA, fieldB }, { db, actor }) => {
    const { districtId } = (await districtOfFields(db, [fieldA, fieldB]))!;
    // A group suggestion is answered once for all its pairs (takeReview returns them).
    return decide(db, actor, districtId, "confirm", async (tx) => {
      const pairs = await takeReview(tx, { districtId, fieldA, fieldB });
      const rows = [];
      for (const [a, b] of pairs) rows.push(await recordDecision(tx, { districtId, kind: "confirm", fieldA: a, fieldB: b, decidedBy: actor.userId }));
      return rows;
    });
  },
);

export const rejectPair = defineAction(
  { input: pairDecisionInput, permission: "element.review", target: ({ fieldA, fieldB }, { db }) => districtOfFields(db, [fieldA, fieldB]) },
  async ({ fieldA, fieldB }, { db, actor }) => {
    const { districtId } = (await districtOfFields(db, [fieldA, fieldB]))!;
    // A group suggestion is answered once for all its pairs (takeReview returns them).
    return decide(db, actor, districtId, "reject", async (tx) => {
      const pairs = await takeReview(tx, { districtId, fieldA, fieldB });
      const rows = [];
      for (const [a, b] of pairs) rows.push(await recordDecision(tx, { districtId, kind: "reject", fieldA: a, fieldB: b, decidedBy: actor.userId }));
      return rows;
    });
  },
);

export const moveField = defineAction(
  { input: moveFieldInput, permission: "element.review", target: ({ fieldId }, { db }) => districtOfFields(db, [fieldId]) },
  async ({ fieldId, elementId }, { db, actor }) => {
    const { districtId } = (await districtOfFields(db, [fieldId]))!;
    if ((await districtOfElement(db, elementId))?.districtId !== districtId) throw new AppError("notFound");
    return decide(db, actor, districtId, "assign", (tx) => recordDecision(tx, { districtId, kind: "assign", fieldA: fieldId, elementId, decidedBy: actor.userId }));
  },
);

/** Takes a field out of its element into a new element of its own. */
export const splitField = defineAction(
  { input: splitFieldInput, permission: "element.review", target: ({ fieldId }, { db }) => districtOfFields(db, [fieldId]) },
  async ({ fieldId }, { db, actor }) => {
    const [field] = await getFieldsWithForms(db, { ids: [fieldId] });
    const current = field.elementId ? await getElementById(db, { id: field.elementId }) : null;
    return decide(db, actor, field.districtId, "split", async (tx) => {
      const [created] = await tx
        .insert(elements)
        .values({ districtId: field.districtId, name: field.label.replace(/\s+/g, ""), type: field.type as never, unit: field.unit, scope: current?.scope ?? "unit", aggregation: current?.aggregation ?? "stock" })
        .returning();
      return recordDecision(tx, { districtId: field.districtId, kind: "assign", fieldA: fieldId, elementId: created.id, decidedBy: actor.userId });
    });
  },
);

/** Merges one element into another: every field of the source is assigned to the target. */
export const mergeElements = defineAction(
  { input: mergeElementsInput, permission: "element.review", target: ({ sourceId }, { db }) => districtOfElement(db, sourceId) },
  async ({ sourceId, targetId }, { db, actor }) => {
    const source = (await districtOfElement(db, sourceId))!;
    if ((await districtOfElement(db, targetId))?.districtId !== source.districtId) throw new AppError("notFound");
    const fields = await listFieldsOfElement(db, { elementId: sourceId });
    return decide(db, actor, source.districtId, "merge", async (tx) => {
      for (const f of fields) await recordDecision(tx, { districtId: source.districtId, kind: "assign", fieldA: f.fieldId, elementId: targetId, decidedBy: actor.userId });
      return { sourceId, targetId, fields: fields.length };
    });
  },
);

export const renameElement = defineAction(
  { input: renameElementInput, permission: "element.review", target: ({ id }, { db }) => districtOfElement(db, id) },
  async ({ id, name }, { db, actor }) => {
    const element = (await getElementById(db, { id }))!;
    await mutate(db, actor, { action: "rename", entity: "element" }, async (tx) => {
      await recordDecision(tx, { districtId: element.districtId, kind: "rename", elementId: id, name, decidedBy: actor.userId });
      const [after] = await tx.update(elements).set({ name, updatedAt: new Date() }).where(eq(elements.id, id)).returning();
      return { result: after, entityId: id, districtId: element.districtId, before: { name: element.name }, after: { name } };
    });
    revalidatePath("/elements");
    return { name };
  },
);

/** Re-runs the analysis of the caller's district (after lexicon updates or many new forms). */
export const rerunAnalysis = defineAction(
  { input: z.object({ districtId: z.uuid("uuid") }), permission: "element.review", target: async ({ districtId }, { db }) => {
    const district = await getOrgUnitById(db, { id: districtId });
    return district?.level === "district" ? { orgUnitPath: district.path } : null;
  } },
  async ({ districtId }, { db, actor }) => {
    const stats = await rematchDistrict(db, { districtId, actor });
    revalidatePath("/elements");
    return stats;
  },
);

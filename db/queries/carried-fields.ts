import { aliasedTable, and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import { elements, formFields, forms, retirementReviews } from "../schema";
import type { DbOrTx } from "../types";

const merged = aliasedTable(forms, "carried_merged");
const origin = aliasedTable(forms, "carried_origin");

/**
 * A field of a merged (并入) form that no other active form collected when the merge was decided: it moved
 * to the target form, whose villages keep being asked for it (see lib/redundancy/merge.ts).
 */
export interface CarriedField {
  /** The form it moved to (the decision's target). */
  targetFormId: string;
  /** The field as registered, in the form it came from. */
  id: string;
  formId: string;
  formTitle: string;
  elementId: string;
  label: string;
  path: string[];
  position: number;
  element: { id: string; name: string; type: (typeof elements.$inferSelect)["type"]; unit: string | null; scope: "person" | "unit"; aggregation: "stock" | "flow"; options: string[] | null; section: string | null };
}

/**
 * Fields moved by merge decisions in force in a district: the decision's `analysis.uncovered` (what the
 * official was shown and confirmed), read against the fields as they are now. A decision reverted, or a
 * form active again (it asks for its fields itself), moves nothing. Chains work: when a target is merged in
 * turn, the fields it carried are among its uncovered items and move on with it.
 */
export async function listCarriedFields(db: DbOrTx, { districtId }: { districtId: string }): Promise<CarriedField[]> {
  const decisions = await db
    .select({ targetFormId: retirementReviews.mergedIntoFormId, uncovered: sql<unknown>`${retirementReviews.analysis} -> 'uncovered'` })
    .from(retirementReviews)
    .innerJoin(merged, eq(merged.id, retirementReviews.formId))
    .where(
      and(
        eq(retirementReviews.districtId, districtId),
        eq(retirementReviews.decision, "merge"),
        isNull(retirementReviews.revertedAt),
        isNotNull(retirementReviews.mergedIntoFormId),
        eq(merged.status, "retired"),
      ),
    )
    .orderBy(retirementReviews.decidedAt, retirementReviews.id);
  const moved = decisions.flatMap((d) => uncoveredFieldIds(d.uncovered).map((fieldId) => ({ fieldId, targetFormId: d.targetFormId! })));
  if (!moved.length) return [];
  const rows = await db
    .select({
      id: formFields.id,
      formId: formFields.formId,
      formTitle: origin.title,
      elementId: formFields.elementId,
      label: formFields.label,
      path: formFields.path,
      position: formFields.position,
      element: { id: elements.id, name: elements.name, type: elements.type, unit: elements.unit, scope: elements.scope, aggregation: elements.aggregation, options: elements.options, section: elements.section },
    })
    .from(formFields)
    .innerJoin(origin, eq(origin.id, formFields.formId))
    .innerJoin(elements, eq(elements.id, formFields.elementId))
    .where(and(inArray(formFields.id, [...new Set(moved.map((m) => m.fieldId))]), eq(origin.status, "retired"), eq(formFields.excluded, false), eq(formFields.isRemark, false)));
  const byId = new Map(rows.map((r) => [r.id, r]));
  return moved.flatMap(({ fieldId, targetFormId }) => {
    const r = byId.get(fieldId);
    return r ? [{ ...r, targetFormId, elementId: r.elementId! }] : [];
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Field ids of a snapshot's `uncovered` list (jsonb as the driver returns it: parsed, or text). */
function uncoveredFieldIds(raw: unknown): string[] {
  const list = typeof raw === "string" ? (JSON.parse(raw) as unknown) : raw;
  if (!Array.isArray(list)) return [];
  return list.map((u) => (u as { fieldId?: unknown })?.fieldId).filter((id): id is string => typeof id === "string" && UUID.test(id));
}

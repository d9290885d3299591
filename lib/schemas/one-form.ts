import { z } from "zod";
import { isPeriodKey } from "../periods";
import { id } from "./common";

const periodKey = z.string().trim().refine(isPeriodKey, "periodKey");
const rawValue = z.union([z.string().max(300), z.number(), z.boolean(), z.null()]);
const rawValues = z.record(z.uuid("uuid"), rawValue).refine((v) => Object.keys(v).length <= 1000, "tooMany");
const versions = z.record(z.uuid("uuid"), z.number().int().min(0)).refine((v) => Object.keys(v).length <= 1000, "tooMany");
const optionalId = z.preprocess((v) => (v === "" || v === null ? undefined : v), z.uuid("uuid").optional());

export const saveSectionInput = z.object({
  orgUnitId: id,
  periodKey,
  section: z.string().trim().min(1).max(40),
  values: rawValues,
  versions,
  confirmed: z.array(z.uuid("uuid")).max(1000).default([]),
});
export type SaveSectionInput = z.infer<typeof saveSectionInput>;

export const confirmUnchangedInput = z.object({ orgUnitId: id, periodKey, section: z.string().trim().min(1).max(40), versions });

export const addToRosterInput = z.object({
  orgUnitId: id,
  periodKey,
  formId: id,
  personId: optionalId,
  idNumber: z.string().max(40).optional(),
  name: z.string().max(60).optional(),
  values: rawValues,
  versions,
});

export const editResidentInput = z.object({
  orgUnitId: id,
  periodKey,
  formId: id,
  personId: id,
  name: z.string().max(60),
  version: z.number().int().min(1),
  values: rawValues,
  versions,
});

export const rosterEntryInput = z.object({ orgUnitId: id, periodKey, formId: id, personId: id });
export const revealPersonInput = z.object({ orgUnitId: id, personId: id });
export const submitPeriodInput = z.object({ orgUnitId: id, periodKey });

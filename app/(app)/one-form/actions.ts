"use server";
import { addToRosterInput, confirmUnchangedInput, editResidentInput, revealPersonInput, rosterEntryInput, saveSectionInput, submitPeriodInput } from "@/lib/schemas/one-form";
import { addToRoster, editResident, getOneFormScope, revealPersonalData, saveOneFormSection, submitOneForm, takeOffRoster, type OneFormScope } from "@/db/queries/one-form";
import type { DbOrTx } from "@/db/types";
import { defineAction } from "@/app/_lib/action";

/** The village an action lands in, looked up once per call and reused by its handler. */
const scopes = new WeakMap<object, OneFormScope>();
async function target(data: { orgUnitId: string }, { db }: { db: DbOrTx }) {
  const scope = await getOneFormScope(db, { orgUnitId: data.orgUnitId });
  if (!scope) return null;
  scopes.set(data, scope);
  return { orgUnitPath: scope.orgUnit.path };
}
const scopeOf = (data: object) => scopes.get(data)!;

export const saveSection = defineAction({ input: saveSectionInput, permission: "oneForm.fill", target }, (data, { db, actor }) =>
  saveOneFormSection(db, actor, { scope: scopeOf(data), periodKey: data.periodKey, section: data.section, values: data.values, versions: data.versions, confirmed: data.confirmed }),
);

export const confirmSectionUnchanged = defineAction({ input: confirmUnchangedInput, permission: "oneForm.fill", target }, (data, { db, actor }) =>
  saveOneFormSection(db, actor, { scope: scopeOf(data), periodKey: data.periodKey, section: data.section, values: {}, versions: data.versions, confirmed: [], unchanged: true }),
);

export const addResidentToRoster = defineAction({ input: addToRosterInput, permission: "oneForm.fill", target }, (data, { db, actor }) =>
  addToRoster(db, actor, { scope: scopeOf(data), periodKey: data.periodKey, formId: data.formId, personId: data.personId, idNumber: data.idNumber, name: data.name, values: data.values, versions: data.versions }),
);

export const updateResident = defineAction({ input: editResidentInput, permission: "oneForm.fill", target }, (data, { db, actor }) =>
  editResident(db, actor, { scope: scopeOf(data), periodKey: data.periodKey, formId: data.formId, personId: data.personId, name: data.name, version: data.version, values: data.values, versions: data.versions }),
);

export const removeFromRoster = defineAction({ input: rosterEntryInput, permission: "oneForm.fill", target }, (data, { db, actor }) =>
  takeOffRoster(db, actor, { scope: scopeOf(data), periodKey: data.periodKey, formId: data.formId, personId: data.personId }),
);

export const showPersonInFull = defineAction({ input: revealPersonInput, permission: "personalData.view", target }, (data, { db, actor }) =>
  revealPersonalData(db, actor, { scope: scopeOf(data), personId: data.personId }),
);

export const submitPeriod = defineAction({ input: submitPeriodInput, permission: "oneForm.fill", target }, (data, { db, actor }) =>
  submitOneForm(db, actor, { scope: scopeOf(data), periodKey: data.periodKey }),
);

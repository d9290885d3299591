import { z } from "zod";
import { id, text } from "./common";

export const pairDecisionInput = z.object({ fieldA: id, fieldB: id });
export const moveFieldInput = z.object({ fieldId: id, elementId: id });
export const splitFieldInput = z.object({ fieldId: id });
export const mergeElementsInput = z.object({ sourceId: id, targetId: id }).refine((v) => v.sourceId !== v.targetId, { message: "sameElement", path: ["targetId"] });
export const renameElementInput = z.object({ id, name: text(60) });

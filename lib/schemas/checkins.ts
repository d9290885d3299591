import { z } from "zod";
import { CHECKIN_FORBIDDEN_KINDS } from "../burden/types";
import { FREQUENCIES } from "../domain";
import { id, text } from "./common";

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const createCheckinTaskInput = z.object({
  departmentId: id,
  app: text(60),
  name: text(100),
  frequency: z.enum(FREQUENCIES),
  requiredCount: z.coerce.number().int().min(1).max(1000),
  levels: z.enum(["all", "village", "community"]),
  forbiddenKind: z.preprocess(blankToUndefined, z.enum(CHECKIN_FORBIDDEN_KINDS).optional()),
  minutesEach: z.preprocess(blankToUndefined, z.coerce.number().min(0).max(600).optional()),
});
export type CreateCheckinTaskInput = z.infer<typeof createCheckinTaskInput>;

export const cancelCheckinTaskInput = z.object({
  id,
  version: z.coerce.number().int().min(1),
  reason: z.preprocess(blankToUndefined, z.string().trim().max(500).optional()),
});

export const logCheckinInput = z.object({ taskId: id });

import { z } from "zod";
import { isPeriodKey } from "@/lib/periods";
import { optionalId } from "./common";

/** Query of POST /api/data-push: preview (a dry run) or apply, for a period, a roster push naming its roster form. */
export const dataPushUploadInput = z.object({
  step: z.enum(["preview", "apply"]),
  periodKey: z.string().trim().refine(isPeriodKey, "periodKey"),
  formId: optionalId,
});
export type DataPushUploadInput = z.infer<typeof dataPushUploadInput>;

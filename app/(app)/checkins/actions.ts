"use server";
import { revalidatePath } from "next/cache";
import { format } from "date-fns";
import { lastMonths } from "@/lib/burden";
import { AppError } from "@/lib/errors";
import { cancelCheckinTaskInput, createCheckinTaskInput, logCheckinInput } from "@/lib/schemas/checkins";
import { mutate } from "@/db/queries/audit";
import { refreshBurden } from "@/db/queries/burden";
import { cancelCheckinTask, getCheckinTaskById, insertCheckinTasks, logCheckin, taskAppliesTo } from "@/db/queries/checkins";
import { getDistrictOf, getOrgUnitById } from "@/db/queries/org-units";
import { defineAction } from "@/app/_lib/action";

const year = () => lastMonths(new Date(), 12);

export const createTask = defineAction(
  {
    input: createCheckinTaskInput,
    permission: "checkin.manage",
    target: async (data, { db, user }) => {
      const district = await getDistrictOf(db, { path: user.principal.orgUnitPath });
      return district ? { orgUnitPath: district.path, departmentId: data.departmentId } : null;
    },
  },
  async (data, { db, user, actor }) => {
    const district = (await getDistrictOf(db, { path: user.principal.orgUnitPath }))!;
    await mutate(db, actor, { action: "create", entity: "checkin_task" }, async (tx) => {
      const [task] = await insertCheckinTasks(tx, [
        {
          districtId: district.id,
          departmentId: data.departmentId,
          app: data.app,
          name: data.name,
          frequency: data.frequency,
          requiredCount: data.requiredCount,
          targetLevels: data.levels === "all" ? ["village", "community"] : [data.levels],
          forbiddenKind: data.forbiddenKind ?? null,
          minutesEach: data.minutesEach ?? null,
          startMonth: format(new Date(), "yyyy-MM"),
          createdBy: user.user.id,
        },
      ]);
      return { result: task, entityId: task.id, districtId: district.id, after: task };
    });
    await refreshBurden(db, { districtId: district.id, ...year() });
    revalidatePath("/checkins");
    return null;
  },
);

export const cancelTask = defineAction(
  {
    input: cancelCheckinTaskInput,
    permission: "checkin.manage",
    target: async (data, { db }) => {
      const task = await getCheckinTaskById(db, { id: data.id });
      const district = task ? await getOrgUnitById(db, { id: task.districtId }) : null;
      return task && district ? { orgUnitPath: district.path, departmentId: task.departmentId } : null;
    },
  },
  async (data, { db, user, actor }) => {
    const task = await mutate(db, actor, { action: "cancel", entity: "checkin_task" }, async (tx) => {
      const { before, after } = await cancelCheckinTask(tx, { id: data.id, version: data.version, month: format(new Date(), "yyyy-MM"), reason: data.reason ?? null, userId: user.user.id });
      return { result: after, entityId: after.id, districtId: after.districtId, before, after };
    });
    await refreshBurden(db, { districtId: task.districtId, ...year() });
    revalidatePath("/checkins");
    return null;
  },
);

export const recordCheckin = defineAction(
  {
    input: logCheckinInput,
    permission: "checkin.record",
    target: async (_data, { user }) => ({ orgUnitPath: user.principal.orgUnitPath }),
  },
  async (data, { db, user, actor }) => {
    const task = await getCheckinTaskById(db, { id: data.taskId });
    const unit = await getOrgUnitById(db, { id: user.user.orgUnitId });
    if (!task || !unit || task.status !== "active" || !(await taskAppliesTo(db, { task, orgUnitId: unit.id, level: unit.level }))) throw new AppError("notFound");
    const month = format(new Date(), "yyyy-MM");
    await mutate(db, actor, { action: "log", entity: "checkin" }, async (tx) => {
      const row = await logCheckin(tx, { taskId: task.id, orgUnitId: unit.id, districtId: task.districtId, month, userId: user.user.id });
      return { result: row, entityId: task.id, districtId: task.districtId, after: { orgUnitId: unit.id, month, count: row.count } };
    });
    await refreshBurden(db, { districtId: task.districtId, from: month, to: month, orgUnitIds: [unit.id] });
    revalidatePath("/checkins");
    return null;
  },
);

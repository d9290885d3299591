import type { Frequency } from "../domain";
import { TIMES_PER_YEAR } from "../periods";
import type { MinutesModel } from "./minutes";

/** The yearly load a check-in task puts on its targets: check-ins and minutes. */
export function checkinLoadPerYear(task: { frequency: Frequency; requiredCount: number; minutesEach: number | null }, targetCount: number, minutes: MinutesModel) {
  const checkins = task.requiredCount * TIMES_PER_YEAR[task.frequency] * targetCount;
  return { checkins, minutes: checkins * (task.minutesEach ?? minutes.checkin), hours: (checkins * (task.minutesEach ?? minutes.checkin)) / 60 };
}

/** Whether a task applies in a month: from its start month up to (not including) its cancellation month. */
export function isTaskActiveIn(task: { startMonth: string; cancelledMonth: string | null }, month: string): boolean {
  return month >= task.startMonth && (task.cancelledMonth === null || month < task.cancelledMonth);
}

import { and, asc, count, eq, inArray, like, ne } from "drizzle-orm";
import { dueCalendar, lastMonths, monthsBetween, occurrencesInMonth } from "@/lib/burden";
import type { Frequency, TargetLevel } from "@/lib/domain";
import { refreshBurden } from "../queries/burden";
import { insertCheckinTasks } from "../queries/checkins";
import { checkinCounts, checkinTasks, departments, forms, orgUnits, submissions, users } from "../schema";
import type { CheckinForbiddenKind } from "@/lib/burden/types";
import type { Db, Tx } from "../types";

/** Deterministic pseudo-random numbers (mulberry32), so every demo seed tells the same story. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface TaskSpec {
  department: string;
  app: string;
  name: string;
  frequency: Frequency;
  requiredCount: number;
  levels?: TargetLevel[];
  /** Share of units targeted explicitly (e.g. villages on a river); all units of the levels when absent. */
  share?: number;
  forbiddenKind?: CheckinForbiddenKind;
  /** Months before the current one it was cancelled (the rules forbid it). */
  cancelledMonthsAgo?: number;
}

/** Check-in tasks the demo district's villages carry: 11 apps, weekly river patrols, forbidden kinds cancelled. */
const TASKS: TaskSpec[] = [
  { department: "区农业农村局", app: "河长制APP", name: "村级河长巡河打卡", frequency: "weekly", requiredCount: 1, share: 0.7 },
  { department: "区农业农村局", app: "河长制APP", name: "河道保洁巡查拍照", frequency: "weekly", requiredCount: 1, share: 0.7 },
  { department: "区委政法委", app: "网格通", name: "网格员日常巡查打卡", frequency: "daily", requiredCount: 1 },
  { department: "区委政法委", app: "网格通", name: "重点人员走访打卡", frequency: "weekly", requiredCount: 3 },
  { department: "区委宣传部", app: "学习强国", name: "每日学习积分排名", frequency: "daily", requiredCount: 1, forbiddenKind: "points_ranking", cancelledMonthsAgo: 5 },
  { department: "区委宣传部", app: "文明实践", name: "志愿服务活动签到", frequency: "weekly", requiredCount: 1 },
  { department: "区乡村振兴局", app: "防返贫监测", name: "监测户走访定位打卡", frequency: "monthly", requiredCount: 8, levels: ["village"] },
  { department: "区林业局", app: "林长通", name: "护林员巡山打卡", frequency: "daily", requiredCount: 1, levels: ["village"], share: 0.8 },
  { department: "区应急管理局", app: "应急管理", name: "安全隐患排查打卡", frequency: "weekly", requiredCount: 2 },
  { department: "区应急管理局", app: "应急管理", name: "值班在线时长", frequency: "daily", requiredCount: 1, forbiddenKind: "online_time", cancelledMonthsAgo: 6 },
  { department: "区委组织部", app: "智慧党建", name: "党员活动签到", frequency: "monthly", requiredCount: 2 },
  { department: "区委组织部", app: "智慧党建", name: "在线学习时长达标", frequency: "weekly", requiredCount: 1, forbiddenKind: "online_time", cancelledMonthsAgo: 7 },
  { department: "区卫健委", app: "家医签约", name: "签约居民随访打卡", frequency: "weekly", requiredCount: 3 },
  { department: "区公安分局", app: "平安乡村", name: "每日定位签到", frequency: "daily", requiredCount: 1, forbiddenKind: "forced_checkin", cancelledMonthsAgo: 8 },
  { department: "区公安分局", app: "平安乡村", name: "反诈宣传入户打卡", frequency: "monthly", requiredCount: 4, share: 0.6 },
  { department: "区民政局", app: "民政通", name: "特困老人探访打卡", frequency: "monthly", requiredCount: 4 },
];

/**
 * A year of history for the demo district: every village's submissions of every active form for each
 * period whose deadline has passed (most on time, some late, a few missing, each village with its own
 * habits), the check-in tasks above with monthly counts, then the burden rollup. Idempotent: skipped
 * when the district already has submissions or check-in tasks. Bulk inserts keep it to a few seconds.
 */
export async function seedDemoHistory(db: Db, { districtId, today = new Date() }: { districtId: string; today?: Date }) {
  const [{ n: existing }] = await db.select({ n: count() }).from(checkinTasks).where(eq(checkinTasks.districtId, districtId));
  const [{ n: submitted }] = await db.select({ n: count() }).from(submissions).where(eq(submissions.districtId, districtId));
  if (Number(existing) > 0 || Number(submitted) > 0) return { submissions: 0, checkinCounts: 0 };
  const [district] = await db.select().from(orgUnits).where(eq(orgUnits.id, districtId));
  const units = await db
    .select({ id: orgUnits.id, level: orgUnits.level, code: orgUnits.divisionCode })
    .from(orgUnits)
    .where(and(like(orgUnits.path, `${district.path}%`), inArray(orgUnits.level, ["village", "community"])))
    .orderBy(asc(orgUnits.divisionCode));
  const cadres = await db.select({ id: users.id, orgUnitId: users.orgUnitId }).from(users).where(eq(users.role, "village_cadre"));
  const cadreOf = new Map(cadres.map((c) => [c.orgUnitId, c.id]));
  const activeForms = await db
    .select({ id: forms.id, frequency: forms.frequency, targetLevels: forms.targetLevels })
    .from(forms)
    .where(and(eq(forms.districtId, districtId), ne(forms.status, "draft"), ne(forms.status, "retired")))
    .orderBy(asc(forms.title));
  const range = lastMonths(today, 12);
  const months = monthsBetween(range.from, range.to);
  const todayIso = today.toISOString().slice(0, 10);
  const due = dueCalendar(months).filter((r) => r.deadline < todayIso);
  const dueByFrequency = new Map<Frequency, typeof due>();
  for (const r of due) (dueByFrequency.get(r.frequency) ?? dueByFrequency.set(r.frequency, []).get(r.frequency)!).push(r);
  const random = prng(20261122);

  const submissionRows: (typeof submissions.$inferInsert)[] = [];
  for (const unit of units) {
    const diligence = 0.78 + random() * 0.2; // share of reports sent on time
    for (const form of activeForms) {
      if (!form.targetLevels.includes(unit.level as TargetLevel)) continue;
      for (const period of dueByFrequency.get(form.frequency) ?? []) {
        const roll = random();
        if (roll > diligence + (1 - diligence) * 0.7) continue; // missing
        const deadline = new Date(`${period.deadline}T10:00:00+08:00`);
        const late = roll > diligence;
        const offsetDays = late ? 1 + Math.floor(random() * 12) : -Math.floor(random() * 4);
        submissionRows.push({
          orgUnitId: unit.id,
          formId: form.id,
          periodKey: period.periodKey,
          districtId,
          status: "submitted",
          submittedBy: cadreOf.get(unit.id) ?? null,
          submittedAt: new Date(deadline.getTime() + offsetDays * 86_400_000),
        });
      }
    }
  }

  const departmentIds = new Map((await db.select().from(departments).where(eq(departments.districtId, districtId))).map((d) => [d.name, d.id]));
  const monthAgo = (k: number) => months[Math.max(0, months.length - 1 - k)];
  const planned = TASKS.filter((t) => departmentIds.has(t.department)).map((t) => {
    const levels = t.levels ?? ["village", "community"];
    const eligible = units.filter((u) => levels.includes(u.level as TargetLevel));
    const targetIds = t.share ? eligible.filter(() => random() < t.share!).map((u) => u.id) : undefined;
    return {
      spec: t,
      targets: targetIds ? eligible.filter((u) => targetIds.includes(u.id)) : eligible,
      row: {
        districtId,
        departmentId: departmentIds.get(t.department)!,
        app: t.app,
        name: t.name,
        frequency: t.frequency,
        requiredCount: t.requiredCount,
        targetLevels: levels,
        forbiddenKind: t.forbiddenKind ?? null,
        startMonth: "2024-01",
        status: t.cancelledMonthsAgo ? ("cancelled" as const) : ("active" as const),
        cancelledMonth: t.cancelledMonthsAgo ? monthAgo(t.cancelledMonthsAgo) : null,
        cancelledAt: t.cancelledMonthsAgo ? new Date(`${monthAgo(t.cancelledMonthsAgo)}-01T09:00:00+08:00`) : null,
        cancelReason: t.cancelledMonthsAgo ? "属于整治形式主义为基层减负明令禁止的打卡类型，予以取消" : null,
        targetIds,
      },
    };
  });

  const dayOfMonth = today.getDate();
  const daysInMonth = new Date(today.getFullYear(), today.getMonth() + 1, 0).getDate();
  await db.transaction(async (tx) => {
    for (let i = 0; i < submissionRows.length; i += 2000) await tx.insert(submissions).values(submissionRows.slice(i, i + 2000));
    const stored = await insertCheckinTasks(tx as Tx, planned.map((p) => p.row));
    const countRows: (typeof checkinCounts.$inferInsert)[] = [];
    stored.forEach((task, i) => {
      for (const unit of planned[i].targets) {
        const compliance = 0.82 + random() * 0.2;
        for (const month of months) {
          if (task.cancelledMonth && month >= task.cancelledMonth) continue;
          let required = task.requiredCount * occurrencesInMonth(task.frequency, month);
          if (month === range.to) required = Math.round((required * dayOfMonth) / daysInMonth);
          const done = Math.min(required + 2, Math.round(required * compliance));
          if (done > 0) countRows.push({ taskId: task.id, orgUnitId: unit.id, month, districtId, count: done, source: random() < 0.3 ? "logged" : "imported" });
        }
      }
    });
    for (let i = 0; i < countRows.length; i += 2000) await tx.insert(checkinCounts).values(countRows.slice(i, i + 2000));
    return countRows.length;
  });
  const [{ n: counts }] = await db.select({ n: count() }).from(checkinCounts).where(eq(checkinCounts.districtId, districtId));
  await refreshBurden(db, { districtId, from: range.from, to: range.to, today });
  return { submissions: submissionRows.length, checkinCounts: Number(counts) };
}

import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql, type SQL } from "drizzle-orm";
import { dueCalendar, dueMonthOf, minutesModelFrom, monthsBetween, type BurdenTotals, type MinutesModel } from "@/lib/burden";
import { burdenFacts, burdenRefreshes, burdenRollup, burdenSettings, departments, orgUnits } from "../schema";
import { rowsOf } from "../raw-rows";
import { listCarriedFields } from "./carried-fields";
import type { Db, DbOrTx, Tx } from "../types";

export async function getMinutesModel(db: DbOrTx, { districtId }: { districtId: string }): Promise<MinutesModel> {
  const [row] = await db.select({ minutes: burdenSettings.minutes }).from(burdenSettings).where(eq(burdenSettings.districtId, districtId));
  return minutesModelFrom(row?.minutes);
}

export interface RefreshInput {
  districtId: string;
  from: string;
  to: string;
  /** Only these villages (after a check-in or a submission); all of the district when absent. */
  orgUnitIds?: string[];
  /** Reports whose deadline is before this day count as due (on time, late or missing). */
  today?: Date;
}

/**
 * Rebuilds the burden rollup of a district (or of some of its villages) for a range of months, in one
 * INSERT … SELECT: forms due and field entries by level (before: every field of every form; after: each
 * element once per period of its most frequent active form, stock elements prefilled), submissions
 * against deadlines, forms a reviewer returned (one more round each, at a report's minutes), check-ins required, done and removed by cancellation, and minutes. The arithmetic
 * matches lib/burden/consolidation.ts; a db test checks both give the same numbers.
 */
export async function refreshBurden(db: Db, input: RefreshInput): Promise<{ rows: number; ms: number }> {
  const started = performance.now();
  const months = monthsBetween(input.from, input.to);
  if (months.length === 0) return { rows: 0, ms: 0 };
  const [district] = await db.select({ path: orgUnits.path }).from(orgUnits).where(eq(orgUnits.id, input.districtId));
  if (!district) return { rows: 0, ms: 0 };
  const minutes = await getMinutesModel(db, { districtId: input.districtId });
  const today = (input.today ?? new Date()).toISOString().slice(0, 10);
  const cal = JSON.stringify(dueCalendar(months).map((r) => ({ frequency: r.frequency, period_key: r.periodKey, month: r.month, deadline: r.deadline })));
  const m = JSON.stringify(minutes);
  const d = input.districtId;
  const onlyUnits = input.orgUnitIds?.length ? sql`and id = any(${`{${input.orgUnitIds.join(",")}}`}::uuid[])` : sql``;
  const onlyFacts = input.orgUnitIds?.length ? sql`and org_unit_id = any(${`{${input.orgUnitIds.join(",")}}`}::uuid[])` : sql``;
  const { from, to } = { from: months[0], to: months[months.length - 1] };
  const inserted = await db.transaction(async (tx) => {
    // Two refreshes of the same rows at once would both delete, then both insert (a primary-key violation on
    // PostgreSQL): a district rebuild waits for every other refresh of the district, a village refresh only
    // for one of the same village (after a submission) or a rebuild. Later statements see what they committed.
    const lock = (key: string, shared = false) =>
      shared ? tx.execute(sql`select pg_advisory_xact_lock_shared(hashtextextended(${key}, 0))`) : tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    if (input.orgUnitIds?.length) {
      await lock(`burden:${d}`, true);
      for (const id of [...new Set(input.orgUnitIds)].sort()) await lock(`burden:${d}:${id}`);
    } else {
      await lock(`burden:${d}`);
    }
    await tx.execute(sql`delete from burden_facts where district_id = ${d} and month between ${from} and ${to} ${onlyFacts}`);
    // The planner cannot estimate the jsonb calendar or the CTEs (it guesses one row each) and would pick
    // nested loops that rerun whole aggregates per village (15 s for 31 villages); hash joins take ~100 ms.
    // With nested loops off the cost estimates soar and PostgreSQL would JIT-compile the query (3.5 s).
    const carried = JSON.stringify((await listCarriedFields(tx, { districtId: d })).map((c) => ({ form_id: c.targetFormId, field_id: c.id })));
    await tx.execute(sql`set local enable_nestloop = off`);
    await tx.execute(sql`set local jit = off`);
    const result = await tx.execute(sql`
      with cal as materialized (
        select * from jsonb_to_recordset(${cal}::jsonb) as c(frequency text, period_key text, month text, deadline date)
      ),
      mins as materialized (select ${m}::jsonb as m),
      occ as materialized (
        select frequency, month, count(*)::int as n, (count(*) filter (where deadline < ${today}::date))::int as n_due from cal group by frequency, month
      ),
      units as materialized (
        select id, level, path from org_units
        where path like ${`${district.path}%`} and level in ('village', 'community') ${onlyUnits}
      ),
      fm as materialized (
        select f.id as form_id, f.department_id, f.frequency, f.status = 'retired' as retired, f.target_levels,
          count(fld.id)::int as n_fields,
          coalesce(sum(((select m from mins) -> 'field' ->> fld.type)::float8), 0) as field_minutes
        from forms f
        left join form_fields fld on fld.form_id = f.id and not fld.excluded and not fld.is_remark
        where f.district_id = ${d} and f.status <> 'draft'
        group by f.id
      ),
      form_month as materialized (
        select lv.level, o.month, o.n, o.n_due, fm.*
        from fm join occ o on o.frequency = fm.frequency
        cross join (values ('village'), ('community')) as lv(level)
        where fm.target_levels ? lv.level
      ),
      before_rows as materialized (
        select level, month, department_id,
          sum(n)::int as forms_before,
          (coalesce(sum(n) filter (where not retired), 0))::int as forms_after,
          sum(n * n_fields)::int as entries_before,
          (coalesce(sum(n_due) filter (where not retired), 0))::int as reports_due,
          sum(n * (((select m from mins) ->> 'report')::float8 + field_minutes)) as minutes_before,
          coalesce(sum(n * ((select m from mins) ->> 'report')::float8) filter (where not retired), 0) as minutes_after
        from form_month group by level, month, department_id
      ),
      carried as materialized (
        -- fields a merge moved to its target form (listCarriedFields): asked with the target from then on
        select * from jsonb_to_recordset(${carried}::jsonb) as c(form_id uuid, field_id uuid)
      ),
      asked as materialized (
        select form_id, id, element_id, type from form_fields where form_id in (select form_id from fm) and not excluded and not is_remark
        union all
        select c.form_id, f.id, f.element_id, f.type from carried c join form_fields f on f.id = c.field_id
      ),
      drivers as materialized (
        select distinct on (fmn.level, fmn.month, ekey) fmn.level, fmn.month, fmn.department_id, fmn.n,
          coalesce(fld.element_id::text, fld.id::text) as ekey, fld.type, coalesce(e.aggregation = 'stock', false) as stock
        from form_month fmn
        join asked fld on fld.form_id = fmn.form_id
        left join elements e on e.id = fld.element_id
        where not fmn.retired
        order by fmn.level, fmn.month, ekey, fmn.n desc, fmn.form_id
      ),
      after_rows as materialized (
        select level, month, department_id,
          sum(n)::int as entries_after,
          (coalesce(sum(n) filter (where stock), 0))::int as entries_prefilled,
          sum(case when stock then n * ((select m from mins) ->> 'prefilled')::float8 else n * ((select m from mins) -> 'field' ->> type)::float8 end) as minutes_after
        from drivers group by level, month, department_id
      ),
      level_rows as materialized (
        select level, month, department_id, forms_before, forms_after, entries_before, 0 as entries_after, 0 as entries_prefilled,
          reports_due, minutes_before, minutes_after from before_rows
        union all
        select level, month, department_id, 0, 0, 0, entries_after, entries_prefilled, 0, 0, minutes_after from after_rows
      ),
      sub_rows as materialized (
        select s.org_unit_id, c.month, f.department_id,
          count(*) filter (where s.submitted_at::date <= c.deadline)::int as on_time,
          count(*) filter (where s.submitted_at::date > c.deadline)::int as late
        from submissions s
        join forms f on f.id = s.form_id
        join cal c on c.frequency = f.frequency and c.period_key = s.period_key and c.deadline < ${today}::date
        join units u on u.id = s.org_unit_id
        where s.district_id = ${d} and s.status in ('submitted', 'approved') and f.status not in ('draft', 'retired') and f.target_levels ? u.level
        group by s.org_unit_id, c.month, f.department_id
      ),
      returned_rows as materialized (
        -- each form of a one form a reviewer returned is reported once more (db/queries/reviews.ts; lib/burden/returns.ts)
        select r.org_unit_id, c.month, f.department_id, sum(r.returned_count)::int as returned
        from one_form_reviews r
        cross join lateral jsonb_to_recordset(r.forms) as rf("formId" uuid, "periodKey" text)
        join forms f on f.id = rf."formId"
        join cal c on c.frequency = f.frequency and c.period_key = rf."periodKey"
        join units u on u.id = r.org_unit_id
        where r.district_id = ${d} and r.returned_count > 0 and f.status <> 'draft'
        group by r.org_unit_id, c.month, f.department_id
      ),
      targeted as materialized (select distinct task_id from checkin_targets where district_id = ${d}),
      task_units as materialized (
        select t.id, t.department_id, t.frequency, t.required_count, t.start_month, t.cancelled_month,
          coalesce(t.minutes_each::float8, ((select m from mins) ->> 'checkin')::float8) as minutes_each, u.id as org_unit_id
        from checkin_tasks t join checkin_targets ct on ct.task_id = t.id join units u on u.id = ct.org_unit_id
        where t.district_id = ${d}
        union all
        select t.id, t.department_id, t.frequency, t.required_count, t.start_month, t.cancelled_month,
          coalesce(t.minutes_each::float8, ((select m from mins) ->> 'checkin')::float8), u.id
        from checkin_tasks t join units u on t.target_levels ? u.level
        where t.district_id = ${d} and t.id not in (select task_id from targeted)
      ),
      checkin_rows as materialized (
        select tu.org_unit_id, o.month, tu.department_id,
          (coalesce(sum(tu.required_count * o.n) filter (where o.month >= tu.start_month and (tu.cancelled_month is null or o.month < tu.cancelled_month)), 0))::int as required,
          (coalesce(sum(tu.required_count * o.n) filter (where o.month >= tu.start_month and o.month >= tu.cancelled_month), 0))::int as removed,
          coalesce(sum(tu.required_count * o.n * tu.minutes_each) filter (where o.month >= tu.start_month), 0) as minutes_before,
          coalesce(sum(tu.required_count * o.n * tu.minutes_each) filter (where o.month >= tu.start_month and (tu.cancelled_month is null or o.month < tu.cancelled_month)), 0) as minutes_after
        from task_units tu join occ o on o.frequency = tu.frequency
        group by tu.org_unit_id, o.month, tu.department_id
      ),
      done_rows as materialized (
        select c.org_unit_id, c.month, t.department_id, sum(c.count)::int as done
        from checkin_counts c join checkin_tasks t on t.id = c.task_id join units u on u.id = c.org_unit_id
        where c.district_id = ${d} and c.month between ${from} and ${to}
        group by c.org_unit_id, c.month, t.department_id
      ),
      parts as (
        select u.id as org_unit_id, lr.month, lr.department_id, lr.forms_before, lr.forms_after, lr.entries_before, lr.entries_after,
          lr.entries_prefilled, 0 as checkins_required, 0 as checkins_done, 0 as checkins_removed, lr.reports_due, 0 as on_time, 0 as late,
          0 as returned, lr.minutes_before, lr.minutes_after
        from units u join level_rows lr on lr.level = u.level
        union all
        select org_unit_id, month, department_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, on_time, late, 0, 0, 0 from sub_rows
        union all
        select org_unit_id, month, department_id, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, returned, 0, returned * ((select m from mins) ->> 'report')::float8 from returned_rows
        union all
        select org_unit_id, month, department_id, 0, 0, 0, 0, 0, required, 0, removed, 0, 0, 0, 0, minutes_before, minutes_after from checkin_rows
        union all
        select org_unit_id, month, department_id, 0, 0, 0, 0, 0, 0, done, 0, 0, 0, 0, 0, 0, 0 from done_rows
      )
      insert into burden_facts (district_id, org_unit_id, path, month, department_id, forms_before, forms_after, entries_before,
        entries_after, entries_prefilled, checkins_required, checkins_done, checkins_removed, reports_due, reports_on_time,
        reports_late, reports_missing, reports_returned, minutes_before, minutes_after)
      select ${d}, p.org_unit_id, u.path, p.month, p.department_id, sum(forms_before), sum(forms_after), sum(entries_before),
        sum(entries_after), sum(entries_prefilled), sum(checkins_required), sum(checkins_done), sum(checkins_removed), sum(reports_due),
        sum(on_time), sum(late), greatest(0, sum(reports_due) - sum(on_time) - sum(late)), sum(returned), sum(minutes_before), sum(minutes_after)
      from parts p join units u on u.id = p.org_unit_id
      group by p.org_unit_id, u.path, p.month, p.department_id
      returning 1 as one`);
    const rows = rowsOf(result).length;
    // Village refreshes of one town (and any two, for the district's rows) rewrite the same rollup rows: one
    // at a time, each summing the facts the others committed before it got the lock, plus its own.
    await lock(`burden-rollup:${d}`);
    await refreshBurdenRollup(tx, { districtId: d, from, to, orgUnitIds: input.orgUnitIds });
    const ms = Math.round(performance.now() - started);
    if (!input.orgUnitIds?.length) {
      await tx
        .insert(burdenRefreshes)
        .values({ districtId: d, fromMonth: from, toMonth: to, ms })
        .onConflictDoUpdate({ target: burdenRefreshes.districtId, set: { fromMonth: from, toMonth: to, refreshedAt: new Date(), ms } });
    }
    return rows;
  });
  return { rows: inserted, ms: Math.round(performance.now() - started) };
}

/**
 * Brings one village's rollup up to date after a one-form write that changes what the rollup counts (a
 * submission; a save that puts a submitted form back to draft): the months its form periods fall due in,
 * as far as the district's last full rebuild covers them (other months are rebuilt whole when a dashboard
 * first asks for them). Call it after the write has committed: a failure is logged, never thrown, so it
 * cannot undo or fail the cadre's write; the next rebuild of the district corrects the rollup.
 */
export async function refreshVillageBurden(db: Db, { districtId, orgUnitId, periodKeys }: { districtId: string; orgUnitId: string; periodKeys: string[] }): Promise<void> {
  try {
    const covered = await getBurdenRefresh(db, { districtId });
    if (!covered) return;
    const months = [...new Set(periodKeys.map(dueMonthOf))].filter((m) => m >= covered.fromMonth && m <= covered.toMonth).sort();
    for (const month of months) await refreshBurden(db, { districtId, from: month, to: month, orgUnitIds: [orgUnitId] });
  } catch (error) {
    console.error("[burden] village refresh failed", { districtId, orgUnitId, periodKeys }, error);
  }
}

const METRICS = ["forms_before", "forms_after", "entries_before", "entries_after", "entries_prefilled", "checkins_required", "checkins_done", "checkins_removed", "reports_due", "reports_on_time", "reports_late", "reports_missing", "reports_returned", "minutes_before", "minutes_after"];
const metricColumns = sql.raw(METRICS.join(", "));
const metricSums = sql.raw(METRICS.map((m) => `sum(${m})`).join(", "));

/**
 * Sums burden_facts (villages × month × department) into burden_rollup for a district's months: each
 * village's months over all departments, each town's months per department and over all departments, then
 * the district's from its towns' rows. With `orgUnitIds` (villages), only those villages' towns and the
 * district are summed again. refreshBurden calls it in its transaction; the bench calls it after writing
 * burden_facts directly.
 */
export async function refreshBurdenRollup(db: DbOrTx, { districtId: d, from, to, orgUnitIds }: { districtId: string; from: string; to: string; orgUnitIds?: string[] }) {
  const [district] = await db.select({ parentId: orgUnits.parentId }).from(orgUnits).where(eq(orgUnits.id, d));
  if (!district) return;
  const some = orgUnitIds?.length ? `{${orgUnitIds.join(",")}}` : null;
  const towns = some ? sql`(select parent_id from org_units where id = any(${some}::uuid[]))` : null;
  await db.execute(sql`
    delete from burden_rollup where district_id = ${d} and month between ${from} and ${to}
    ${towns ? sql`and (org_unit_id = ${d} or org_unit_id in ${towns} or parent_id in ${towns})` : sql``}`);
  // Villages (all departments) and towns (per department and all departments) in one pass over the facts;
  // for some villages, the facts of every village of their towns, by primary key (district_id = … would
  // make the planner, without statistics on PGlite, read the whole district's facts through its index).
  await db.execute(sql`
    insert into burden_rollup (district_id, org_unit_id, parent_id, level, month, department_id, ${metricColumns})
    select ${d}, case when grouping(f.org_unit_id) = 0 then f.org_unit_id else u.parent_id end,
      case when grouping(f.org_unit_id) = 0 then u.parent_id else ${d}::uuid end,
      case when grouping(f.org_unit_id) = 0 then u.level else 'town' end,
      f.month, f.department_id, ${metricSums}
    from burden_facts f join org_units u on u.id = f.org_unit_id
    where f.month between ${from} and ${to}
      and ${towns ? sql`f.org_unit_id = any(array(select id from org_units where parent_id in ${towns}))` : sql`f.district_id = ${d}`}
    group by grouping sets ((f.month, f.org_unit_id, u.parent_id, u.level), (f.month, u.parent_id, f.department_id), (f.month, u.parent_id))`);
  await db.execute(sql`
    insert into burden_rollup (district_id, org_unit_id, parent_id, level, month, department_id, ${metricColumns})
    select ${d}, ${d}, ${district.parentId}, 'district', month, department_id, ${metricSums}
    from burden_rollup where district_id = ${d} and level = 'town' and month between ${from} and ${to}
    group by month, department_id`);
}

export async function getBurdenRefresh(db: DbOrTx, { districtId }: { districtId: string }) {
  const [row] = await db.select().from(burdenRefreshes).where(eq(burdenRefreshes.districtId, districtId));
  return row ?? null;
}

export interface BurdenScope {
  districtId: string;
  /** Materialized path of the subtree to sum (the district, a town, a village). */
  path: string;
  from: string;
  to: string;
  departmentId?: string;
}

type BurdenTable = typeof burdenFacts | typeof burdenRollup;

function totalsOf(t: BurdenTable) {
  return {
    formsBefore: sql<number>`coalesce(sum(${t.formsBefore}), 0)`.mapWith(Number),
    formsAfter: sql<number>`coalesce(sum(${t.formsAfter}), 0)`.mapWith(Number),
    entriesBefore: sql<number>`coalesce(sum(${t.entriesBefore}), 0)`.mapWith(Number),
    entriesAfter: sql<number>`coalesce(sum(${t.entriesAfter}), 0)`.mapWith(Number),
    entriesPrefilled: sql<number>`coalesce(sum(${t.entriesPrefilled}), 0)`.mapWith(Number),
    checkinsRequired: sql<number>`coalesce(sum(${t.checkinsRequired}), 0)`.mapWith(Number),
    checkinsDone: sql<number>`coalesce(sum(${t.checkinsDone}), 0)`.mapWith(Number),
    checkinsRemoved: sql<number>`coalesce(sum(${t.checkinsRemoved}), 0)`.mapWith(Number),
    reportsDue: sql<number>`coalesce(sum(${t.reportsDue}), 0)`.mapWith(Number),
    reportsOnTime: sql<number>`coalesce(sum(${t.reportsOnTime}), 0)`.mapWith(Number),
    reportsLate: sql<number>`coalesce(sum(${t.reportsLate}), 0)`.mapWith(Number),
    reportsMissing: sql<number>`coalesce(sum(${t.reportsMissing}), 0)`.mapWith(Number),
    reportsReturned: sql<number>`coalesce(sum(${t.reportsReturned}), 0)`.mapWith(Number),
    minutesBefore: sql<number>`round(coalesce(sum(${t.minutesBefore}), 0)::numeric, 1)`.mapWith(Number),
    minutesAfter: sql<number>`round(coalesce(sum(${t.minutesAfter}), 0)::numeric, 1)`.mapWith(Number),
  };
}

/** The ids of a unit's children (org_units.parent_id). */
const childIds = (id: string) => sql`(select ${orgUnits.id} from ${orgUnits} where ${orgUnits.parentId} = ${id})`;

/**
 * The rows a view of a scope sums, and the table they are in. `self`: the scope's unit; `children`: its
 * towns or villages (a village has none: its own row, as the path-prefix grouping gave); `villages`: the
 * villages of its subtree. Rows over all departments are burden_rollup's (department_id null, every
 * level). Rows per department (the department view, or a department filter) are burden_rollup's for the
 * district and towns and burden_facts' for villages. Units are picked by equality on their id, parent or
 * district, never by path prefix; the scope's depth below the district comes from its path
 * ("/…/<district>/<town>/<village>/").
 */
function cellsOf(scope: BurdenScope, of: "self" | "children" | "villages", perDepartment = false): { table: BurdenTable; where: SQL } {
  const ids = scope.path.split("/").filter(Boolean);
  const at = ids.indexOf(scope.districtId);
  const unit = ids[ids.length - 1];
  const depth = at < 0 ? -1 : ids.length - 1 - at; // 0 district, 1 town, 2 village or community
  if (depth < 0 || depth > 2) return { table: burdenRollup, where: sql`false` };
  const dept = scope.departmentId;
  const common = (t: BurdenTable, department: SQL | undefined) => [eq(t.districtId, scope.districtId), department, gte(t.month, scope.from), lte(t.month, scope.to)];
  if (!perDepartment && !dept) {
    const t = burdenRollup;
    const units =
      of === "self" || depth === 2
        ? eq(t.orgUnitId, unit)
        : of === "children" || depth === 1
          ? eq(t.parentId, unit) // the district's towns, a town's villages
          : inArray(t.level, ["village", "community"]); // the district's villages
    return { table: t, where: and(units, ...common(t, isNull(t.departmentId)))! };
  }
  if (depth === 2 || of === "villages" || (of === "children" && depth === 1)) {
    const t = burdenFacts;
    const units =
      depth === 2
        ? eq(t.orgUnitId, unit)
        : depth === 1
          ? inArray(t.orgUnitId, childIds(unit)) // a town's villages
          : undefined; // the district's villages
    return { table: t, where: and(units, ...common(t, dept ? eq(t.departmentId, dept) : undefined))! };
  }
  const t = burdenRollup;
  const units = of === "self" ? eq(t.orgUnitId, unit) : eq(t.parentId, unit);
  return { table: t, where: and(units, ...common(t, dept ? eq(t.departmentId, dept) : isNotNull(t.departmentId)))! };
}

/** The totals of a subtree over the months. */
export async function getBurdenTotals(db: DbOrTx, scope: BurdenScope): Promise<BurdenTotals> {
  const { table, where } = cellsOf(scope, "self");
  const [row] = await db.select(totalsOf(table)).from(table).where(where);
  return row;
}

/** Month by month, for the trend chart. */
export async function listBurdenByMonth(db: DbOrTx, scope: BurdenScope): Promise<(BurdenTotals & { month: string })[]> {
  const { table, where } = cellsOf(scope, "self");
  return db.select({ month: table.month, ...totalsOf(table) }).from(table).where(where).groupBy(table.month).orderBy(asc(table.month));
}

/** By department: who asks the most. */
export async function listBurdenByDepartment(db: DbOrTx, scope: BurdenScope): Promise<(BurdenTotals & { departmentId: string; departmentName: string })[]> {
  const { table, where } = cellsOf(scope, "self", true);
  const rows = await db
    .select({ departmentId: sql<string>`${table.departmentId}`, ...totalsOf(table) })
    .from(table)
    .where(where)
    .groupBy(table.departmentId);
  const names = await db.select({ id: departments.id, name: departments.name }).from(departments).where(eq(departments.districtId, scope.districtId));
  const nameOf = new Map(names.map((n) => [n.id, n.name]));
  return rows.map((r) => ({ ...r, departmentName: nameOf.get(r.departmentId) ?? "" })).sort((a, b) => b.minutesAfter - a.minutesAfter || b.entriesBefore - a.entriesBefore);
}

/** By child of the scope (the district's towns, a town's villages). */
export async function listBurdenByChild(db: DbOrTx, scope: BurdenScope): Promise<(BurdenTotals & { orgUnitId: string; name: string; level: string })[]> {
  const { table, where } = cellsOf(scope, "children");
  const grouped = db.select({ orgUnitId: table.orgUnitId, ...aliasedTotals(table) }).from(table).where(where).groupBy(table.orgUnitId).as("g");
  const rows = await db
    .select({ orgUnitId: orgUnits.id, name: orgUnits.name, level: orgUnits.level, ...outerTotals(grouped) })
    .from(grouped)
    .innerJoin(orgUnits, eq(orgUnits.id, grouped.orgUnitId))
    .orderBy(desc(grouped.minutesAfter), asc(orgUnits.divisionCode));
  return rows.map((r) => ({ ...r, level: r.level as string }));
}

/** The most burdened villages of a subtree (by minutes after consolidation), with their town. */
export async function listMostBurdenedUnits(db: DbOrTx, scope: BurdenScope & { limit?: number }): Promise<(BurdenTotals & { orgUnitId: string; name: string; townName: string })[]> {
  const { table, where } = cellsOf(scope, "villages");
  const grouped = db
    .select({ orgUnitId: table.orgUnitId, ...aliasedTotals(table) })
    .from(table)
    .where(where)
    .groupBy(table.orgUnitId)
    .orderBy(desc(sql`sum(${table.minutesAfter})`))
    .limit(scope.limit ?? 10)
    .as("g");
  const town = sql<string>`(select p.name from org_units p where p.id = ${orgUnits.parentId})`;
  return db
    .select({ orgUnitId: grouped.orgUnitId, name: orgUnits.name, townName: town, ...outerTotals(grouped) })
    .from(grouped)
    .innerJoin(orgUnits, eq(orgUnits.id, grouped.orgUnitId))
    .orderBy(desc(grouped.minutesAfter));
}

type Totals = ReturnType<typeof totalsOf>;

function aliasedTotals(t: BurdenTable) {
  return Object.fromEntries(Object.entries(totalsOf(t)).map(([k, v]) => [k, v.as(k)])) as { [K in keyof Totals]: SQL.Aliased<number> };
}

function outerTotals(grouped: Record<keyof Totals, unknown>) {
  return Object.fromEntries(Object.keys(totalsOf(burdenFacts)).map((k) => [k, sql<number>`${grouped[k as keyof Totals]}`.mapWith(Number)])) as { [K in keyof Totals]: SQL<number> };
}

/** Writes a district's minutes model (flat keys, see lib/burden/minutes.ts). */
export async function saveMinutesModel(tx: Tx, { districtId, minutes, userId }: { districtId: string; minutes: Record<string, number>; userId: string | null }) {
  await tx
    .insert(burdenSettings)
    .values({ districtId, minutes, updatedBy: userId })
    .onConflictDoUpdate({ target: burdenSettings.districtId, set: { minutes, updatedBy: userId, updatedAt: new Date() } });
}

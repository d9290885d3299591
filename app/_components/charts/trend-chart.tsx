"use client";
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS, ChartBox, COLORS, shortNumber } from "./chart-box";

export interface TrendPoint {
  month: string;
  before: number;
  after: number;
  checkins: number;
}

/** Month by month: field entries before and after consolidation (bars) and check-ins required (line). */
export function TrendChart({ data, labels }: { data: TrendPoint[]; labels: { title: string; before: string; after: string; checkins: string; empty: string } }) {
  return (
    <ChartBox height={300} label={labels.title} empty={data.length === 0} emptyText={labels.empty}>
      <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="month" tick={AXIS} tickFormatter={(m: string) => `${Number(m.slice(5))}月`} interval="preserveStartEnd" />
        <YAxis tick={AXIS} tickFormatter={shortNumber} width={44} />
        <Tooltip formatter={(v) => Number(v).toLocaleString("zh-CN")} labelFormatter={(m) => `${String(m).slice(0, 4)}年${Number(String(m).slice(5))}月`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="before" name={labels.before} fill={COLORS.before} radius={[3, 3, 0, 0]} />
        <Bar dataKey="after" name={labels.after} fill={COLORS.after} radius={[3, 3, 0, 0]} />
        {/* Drawn at once: the default animation draws the line over 1.5 s, so a quick look (or a screenshot) saw a third of it. */}
        <Line dataKey="checkins" name={labels.checkins} stroke={COLORS.checkins} strokeWidth={2} dot={false} type="monotone" isAnimationActive={false} />
      </ComposedChart>
    </ChartBox>
  );
}

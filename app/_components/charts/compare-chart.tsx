"use client";
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from "recharts";
import { AXIS, ChartBox, COLORS, shortNumber } from "./chart-box";

export interface CompareRow {
  name: string;
  before: number;
  after: number;
}

/**
 * Before/after per category as horizontal bars, so long Chinese names (村, 部门) stay readable on a phone;
 * the box grows with the number of rows.
 */
export function CompareChart({ data, labels, unit }: { data: CompareRow[]; labels: { title: string; before: string; after: string; empty: string }; unit?: string }) {
  const height = Math.max(200, 46 + data.length * 34);
  const width = Math.min(110, 14 + Math.max(4, ...data.map((d) => d.name.length)) * 13);
  return (
    <ChartBox height={height} label={labels.title} empty={data.length === 0} emptyText={labels.empty}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 12, bottom: 0, left: 0 }} barGap={1}>
        <CartesianGrid strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tick={AXIS} tickFormatter={shortNumber} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={width} interval={0} />
        <Tooltip formatter={(v) => `${Number(v).toLocaleString("zh-CN")}${unit ?? ""}`} />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar dataKey="before" name={labels.before} fill={COLORS.before} barSize={11} />
        <Bar dataKey="after" name={labels.after} fill={COLORS.after} barSize={11} />
      </BarChart>
    </ChartBox>
  );
}

"use client";
import { ResponsiveContainer } from "recharts";

/**
 * A fixed-height box for a chart: ResponsiveContainer renders nothing on the server and warns about
 * width(-1) inside an unsized parent (STYLE 3.7), so every chart gets a height and an initial size.
 */
export function ChartBox({ height, children, label, empty, emptyText }: { height: number; children: React.ReactElement; label: string; empty?: boolean; emptyText: string }) {
  if (empty) {
    return (
      <div className="chart-empty muted" style={{ height: Math.min(height, 160), display: "grid", placeItems: "center", border: "1px dashed var(--line)", borderRadius: 8 }} role="img" aria-label={label}>
        {emptyText}
      </div>
    );
  }
  return (
    <div style={{ width: "100%", height }} role="img" aria-label={label} data-chart>
      <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
        {children}
      </ResponsiveContainer>
    </div>
  );
}

export const COLORS = { before: "#9fb3c8", after: "#1e4f8a", checkins: "#d9822b", done: "#1a7f37", line: "#b42318" };
export const AXIS = { fontSize: 12, fill: "#5b6877" };

/** 12345 → "1.2万" for axis ticks in Chinese; plain below ten thousand. */
export function shortNumber(n: number): string {
  if (Math.abs(n) >= 10_000) return `${(n / 10_000).toFixed(n >= 100_000 ? 0 : 1)}万`;
  return String(Math.round(n));
}

"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";

export type ChartSeries = { key: string; name: string; color: string };
export type ChartRow = { label: string } & Record<string, number | string>;

/**
 * A bar chart of a report table (recharts, SVG). It is a picture of the table printed right
 * after it, so screen readers skip it (the table carries the same figures). Horizontal bars
 * for named items, so long city and category names stay readable on a phone.
 */
export function ResultsBarChart({
  rows,
  series,
  layout = "horizontal",
  locale,
}: {
  rows: ChartRow[];
  series: ChartSeries[];
  layout?: "horizontal" | "vertical";
  locale: string;
}) {
  const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const vertical = layout === "vertical";
  const height = vertical ? Math.max(160, rows.length * (18 * series.length + 14) + 60) : 260;
  return (
    <div aria-hidden="true" className="w-full" style={{ height }} data-testid="results-chart">
      <ResponsiveContainer width="100%" height="100%">
        <BarChart
          data={rows}
          layout={vertical ? "vertical" : "horizontal"}
          margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          {vertical ? (
            <>
              <XAxis
                type="number"
                allowDecimals={false}
                tickFormatter={(v: number) => number.format(v)}
                fontSize={12}
              />
              <YAxis type="category" dataKey="label" width={140} fontSize={12} interval={0} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" fontSize={12} />
              <YAxis allowDecimals={false} tickFormatter={(v: number) => number.format(v)} fontSize={12} width={48} />
            </>
          )}
          <Tooltip formatter={(value) => number.format(Number(value))} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          {series.map((s) => (
            <Bar key={s.key} dataKey={s.key} name={s.name} fill={s.color} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

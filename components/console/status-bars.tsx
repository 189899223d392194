/** A labelled horizontal bar chart in plain HTML (no chart library): each row's share of the largest. */
export function StatusBars({
  rows,
  testId,
}: {
  rows: { key: string; label: string; value: number; tone?: "brand" | "emerald" | "amber" | "slate" | "red" }[];
  testId?: string;
}) {
  const max = Math.max(1, ...rows.map((row) => row.value));
  const colour = {
    brand: "bg-brand-600",
    emerald: "bg-emerald-600",
    amber: "bg-amber-500",
    slate: "bg-slate-400",
    red: "bg-red-500",
  };
  return (
    <dl className="space-y-2" data-testid={testId}>
      {rows.map((row) => (
        <div key={row.key} className="grid grid-cols-[minmax(7rem,13rem)_1fr_3rem] items-center gap-2 text-sm">
          <dt className="break-words text-slate-700">{row.label}</dt>
          <div className="h-3 rounded bg-slate-100" aria-hidden>
            <div
              className={`h-3 rounded ${colour[row.tone ?? "brand"]}`}
              style={{ width: `${(row.value / max) * 100}%` }}
            />
          </div>
          <dd className="text-right font-medium tabular-nums" data-testid={testId ? `${testId}-${row.key}` : undefined}>
            {row.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}

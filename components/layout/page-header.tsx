import type { ReactNode } from "react";

/** A page's h1 with its one-paragraph introduction and, on the right, its main actions. */
export function PageHeader({ title, intro, actions }: { title: ReactNode; intro?: ReactNode; actions?: ReactNode }) {
  return (
    <header className="flex flex-wrap items-end justify-between gap-3">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{title}</h1>
        {intro ? <p className="max-w-3xl text-slate-600">{intro}</p> : null}
      </div>
      {actions}
    </header>
  );
}

import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";

/** Title, intro and a way back, the same on every console page. */
export function ConsoleHeader({
  title,
  intro,
  back,
  actions,
}: {
  title: string;
  intro?: ReactNode;
  back?: { href: string; label: string };
  actions?: ReactNode;
}) {
  return (
    <header className="space-y-2">
      {back ? (
        <Link href={back.href} className="text-sm text-brand-700 hover:underline">
          ← {back.label}
        </Link>
      ) : null}
      <div className="flex flex-wrap items-start justify-between gap-3">
        <h1 className="text-2xl font-semibold break-words">{title}</h1>
        {actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
      </div>
      {intro ? <p className="max-w-3xl text-slate-600">{intro}</p> : null}
    </header>
  );
}

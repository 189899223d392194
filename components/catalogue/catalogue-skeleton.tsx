import { useTranslations } from "next-intl";

/** Placeholder blocks while the catalogue loads; announced once to screen readers. */
export function CatalogueSkeleton({ cards = 6 }: { cards?: number }) {
  const t = useTranslations("catalogue");
  return (
    <div role="status" aria-busy="true" className="animate-pulse space-y-6">
      <span className="sr-only">{t("loading")}</span>
      <div className="h-4 w-64 max-w-full rounded bg-slate-200" />
      <div className="h-8 w-3/4 max-w-xl rounded bg-slate-200" />
      <div className="h-9 w-56 rounded bg-slate-200" />
      <div className="flex flex-col gap-3 sm:flex-row">
        <div className="h-10 flex-1 rounded bg-slate-200" />
        <div className="h-10 w-full rounded bg-slate-200 sm:w-48" />
      </div>
      <div className="h-12 rounded-lg border border-slate-200 bg-white" />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {Array.from({ length: cards }, (_, i) => (
          <div key={i} className="overflow-hidden rounded-lg border border-slate-200 bg-white">
            <div className="aspect-[4/3] bg-slate-200" />
            <div className="space-y-2 p-4">
              <div className="h-4 w-3/4 rounded bg-slate-200" />
              <div className="h-3 w-1/2 rounded bg-slate-200" />
              <div className="h-4 w-1/3 rounded bg-slate-200" />
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}

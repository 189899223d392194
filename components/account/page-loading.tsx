"use client";

import { useTranslations } from "next-intl";

/** Placeholder while a signed-in page loads its data (used by loading.tsx files). */
export function PageLoading({ rows = 3 }: { rows?: number }) {
  const t = useTranslations("account");
  return (
    <div aria-busy="true" className="space-y-6">
      <p role="status" className="sr-only">
        {t("loading")}
      </p>
      <div className="h-8 w-56 max-w-full animate-pulse rounded bg-slate-200" />
      {Array.from({ length: rows }, (_, index) => (
        <div key={index} className="h-24 animate-pulse rounded-lg border border-slate-200 bg-white" />
      ))}
    </div>
  );
}

"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

// Any failure while rendering (the database being down, typically) lands here:
// a calm explanation, never a stack trace.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations();
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("public.error.title")}</h1>
      <p className="text-slate-600">{t("errors.databaseDown")}</p>
      {error.digest ? <p className="text-xs text-slate-400">#{error.digest}</p> : null}
      <Button onClick={reset}>{t("public.error.retry")}</Button>
    </div>
  );
}

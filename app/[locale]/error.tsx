"use client";

import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Link } from "@/lib/i18n/navigation";
import { Button } from "@/components/ui/button";

// Any failure while rendering a page (typically the database being down) lands
// here: a calm explanation and a way to retry, never the error's message or stack.
// The digest is the "Reference": instrumentation.ts logs it with the request id, so
// support finds the server-side log line from what the user reads.
export default function LocaleError({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("public.error");
  useEffect(() => {
    console.error(error);
  }, [error]);
  return (
    <div role="alert" className="mx-auto max-w-lg space-y-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="text-slate-600">{t("text")}</p>
      {error.digest ? <p className="text-xs text-slate-500">{t("reference", { digest: error.digest })}</p> : null}
      <div className="flex flex-wrap justify-center gap-3">
        <Button onClick={reset}>{t("retry")}</Button>
        <Button asChild variant="secondary">
          <Link href="/">{t("home")}</Link>
        </Button>
      </div>
    </div>
  );
}

"use client";

import { useTransition } from "react";
import { useParams } from "next/navigation";
import { usePathname, useRouter } from "@/lib/i18n/navigation";
import { idleFormState } from "@/lib/actions/form-state";
import { queryOf } from "@/lib/i18n/query-of";
import { locales, type AppLocale } from "@/lib/i18n/routing";
import { rememberLocaleAction } from "./remember-locale-action";

const labels: Record<AppLocale, string> = { en: "English", zh: "简体中文", ru: "Русский" };

/**
 * Switches the URL prefix, keeping the query string (?q= and the filters); for
 * signed-in people the choice is also stored in their profile.
 */
export function LanguageSwitcher({ current, signedIn }: { current: AppLocale; signedIn: boolean }) {
  const router = useRouter();
  const pathname = usePathname();
  const params = useParams();
  const [pending, startTransition] = useTransition();

  function switchTo(locale: AppLocale) {
    // Read at the moment of the switch (not with useSearchParams, which would make every
    // statically rendered page's header wait for a Suspense boundary).
    const query = queryOf(window.location.search);
    startTransition(async () => {
      if (signedIn) {
        const form = new FormData();
        form.set("locale", locale);
        await rememberLocaleAction(idleFormState, form);
      }
      // @ts-expect-error -- the current route's params are valid for the same pathname
      router.replace(Object.keys(query).length > 0 ? { pathname, params, query } : { pathname, params }, { locale });
    });
  }

  return (
    <label className="flex items-center gap-1 text-sm">
      <span className="sr-only">Language / 语言 / Язык</span>
      <select
        value={current}
        disabled={pending}
        onChange={(event) => switchTo(event.target.value as AppLocale)}
        className="rounded-md border border-slate-300 bg-white px-2 py-1 text-sm"
        data-testid="language-switcher"
      >
        {locales.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {labels[locale]}
          </option>
        ))}
      </select>
    </label>
  );
}

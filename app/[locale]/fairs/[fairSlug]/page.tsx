import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { getPublishedFair } from "@/lib/fairs/queries";
import { toLifecycleInput } from "@/lib/fairs/lifecycle";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { utcOffsetLabel } from "@/lib/time/format-window";
import { zoneCityName } from "@/lib/time/zone-city";
import { Card } from "@/components/ui/card";
import { Breadcrumb } from "@/components/fairs/breadcrumb";
import { SessionCard } from "@/components/fairs/session-card";

type Params = { params: Promise<{ locale: AppLocale; fairSlug: string }> };

// Metadata and page share one query per request.
const loadFair = cache(getPublishedFair);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, fairSlug } = await params;
  const fair = await loadFair(fairSlug);
  if (!fair) return { title: (await getTranslations({ locale, namespace: "public.notFound" }))("title") }; // the page answers with the 404
  return { title: localized(fair, "name", locale) };
}

export default async function FairPage({ params }: Params) {
  const { locale, fairSlug } = await params;
  setRequestLocale(locale);
  const fair = await loadFair(fairSlug);
  if (!fair) notFound();
  const t = await getTranslations("public");
  const name = localized(fair, "name", locale);
  const description = localized(fair, "description", locale);
  const now = new Date();

  return (
    <div className="space-y-8">
      <Breadcrumb
        label={t("session.breadcrumb")}
        crumbs={[{ label: t("session.fairs"), href: "/" }, { label: name }]}
      />
      <header className="space-y-3">
        <h1 className="text-2xl font-semibold break-words sm:text-3xl">{name}</h1>
        <div className="space-y-1 text-slate-700">
          <p>{t("fair.host", { host: localized(fair.hostOrganization, "name", locale) })}</p>
          <p>{formatDateRange(fair.startDate, fair.endDate, locale)}</p>
          <p className="text-sm text-slate-600">
            {t("fair.timeZone", {
              zone: fair.timeZone,
              city: zoneCityName(fair.timeZone, locale),
              offset: utcOffsetLabel(fair.timeZone, fair.startDate),
            })}
          </p>
        </div>
        {description ? <p className="max-w-3xl leading-relaxed text-slate-700">{description}</p> : null}
      </header>

      <section aria-labelledby="sessions-heading" className="space-y-4">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("fair.sessionsHeading", { count: fair.sessions.length })}
        </h2>
        {fair.sessions.length === 0 ? (
          <Card>
            <p className="text-slate-600">{t("fair.noSessions")}</p>
          </Card>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {fair.sessions.map((session) => (
              <li key={session.id}>
                <SessionCard
                  session={session}
                  fairSlug={fair.slug}
                  fairZone={fair.timeZone}
                  lifecycle={toLifecycleInput({ ...session, fair })}
                  now={now}
                  locale={locale}
                />
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getPublishedFair } from "@/lib/fairs/queries";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { formatMinuteOfDay } from "@/lib/time/session-window";
import { Card } from "@/components/ui/card";

type Params = { params: Promise<{ locale: AppLocale; fairSlug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, fairSlug } = await params;
  const fair = await getPublishedFair(fairSlug);
  return { title: fair ? localized(fair, "name", locale) : undefined };
}

export default async function FairPage({ params }: Params) {
  const { locale, fairSlug } = await params;
  setRequestLocale(locale);
  const fair = await getPublishedFair(fairSlug);
  if (!fair) notFound();
  const t = await getTranslations("public");

  return (
    <div className="space-y-8">
      <header className="space-y-2">
        <p className="text-sm text-slate-500">{t("fair.host", { host: localized(fair.hostOrganization, "name", locale) })}</p>
        <h1 className="text-2xl font-semibold sm:text-3xl">{localized(fair, "name", locale)}</h1>
        <p className="text-slate-600">
          {formatDateRange(fair.startDate, fair.endDate, locale)} · {t("fair.timeZone", { zone: fair.timeZone })}
        </p>
        {localized(fair, "description", locale) ? <p className="max-w-3xl text-slate-700">{localized(fair, "description", locale)}</p> : null}
      </header>

      <section aria-labelledby="sessions-heading" className="space-y-4">
        <h2 id="sessions-heading" className="text-xl font-semibold">
          {t("fair.sessionsHeading", { count: fair.sessions.length })}
        </h2>
        <ol className="grid gap-4 md:grid-cols-2">
          {fair.sessions.map((session) => (
            <li key={session.id}>
              <Card className="h-full space-y-2">
                <h3 className="text-lg font-semibold">
                  <Link href={`/fairs/${fair.slug}/${session.slug}`} className="text-brand-800 hover:underline">
                    {localized(session, "title", locale)}
                  </Link>
                </h3>
                <p className="text-sm text-slate-600">{formatDateRange(session.startDate, session.endDate, locale)}</p>
                <p className="text-sm text-slate-600">
                  {t("fair.dailyHours", {
                    start: formatMinuteOfDay(session.dailyStartMinute),
                    end: formatMinuteOfDay(session.dailyEndMinute),
                    zone: fair.timeZone,
                  })}
                </p>
                <p className="text-sm text-slate-600">
                  {session.categories.map((c) => localized(c.category, "name", locale)).join(" · ")}
                </p>
                <p className="text-sm font-medium text-slate-800">{t("fair.participants", { count: session._count.registrations })}</p>
              </Card>
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

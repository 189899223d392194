import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { getPublishedSession } from "@/lib/fairs/queries";
import { getActor } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { dailyIntervals, formatMinuteOfDay } from "@/lib/time/session-window";
import { Card } from "@/components/ui/card";
import { Badge } from "@/components/ui/badge";
import { ViewerWindow } from "@/components/time/viewer-window";
import { ParticipantList } from "@/components/fairs/participant-list";

type Params = { params: Promise<{ locale: AppLocale; fairSlug: string; sessionSlug: string }> };

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { locale, fairSlug, sessionSlug } = await params;
  const session = await getPublishedSession(fairSlug, sessionSlug);
  return { title: session ? localized(session, "title", locale) : undefined };
}

export default async function SessionPage({ params }: Params) {
  const { locale, fairSlug, sessionSlug } = await params;
  setRequestLocale(locale);
  const [session, actor] = await Promise.all([getPublishedSession(fairSlug, sessionSlug), getActor()]);
  if (!session) notFound();
  const t = await getTranslations("public");
  const fairZone = session.fair.timeZone;
  const intervals = dailyIntervals({ ...session, timeZone: fairZone }).map((i) => ({
    day: i.day,
    start: i.start.toISOString(),
    end: i.end.toISOString(),
  }));

  return (
    <div className="space-y-6">
      <nav aria-label={t("session.breadcrumb")} className="text-sm text-slate-500">
        <Link href={`/fairs/${session.fair.slug}`} className="hover:underline">
          {localized(session.fair, "name", locale)}
        </Link>
      </nav>
      <header className="space-y-2">
        <h1 className="text-2xl font-semibold sm:text-3xl">{localized(session, "title", locale)}</h1>
        <p className="text-slate-600">{formatDateRange(session.startDate, session.endDate, locale)}</p>
        <ul className="flex flex-wrap gap-2" aria-label={t("session.categories")}>
          {session.categories.map(({ category }) => (
            <li key={category.id}>
              <Badge tone="info">{localized(category, "name", locale)}</Badge>
            </li>
          ))}
        </ul>
      </header>

      <Card className="grid gap-6 md:grid-cols-2">
        <div>
          <p className="text-sm font-medium text-slate-800">{t("session.fairTime", { zone: fairZone })}</p>
          <p className="mt-1 text-sm text-slate-700 tabular-nums" data-testid="fair-window">
            {formatMinuteOfDay(session.dailyStartMinute)}–{formatMinuteOfDay(session.dailyEndMinute)}
          </p>
          {session.breaks.map((b) => (
            <p key={b.id} className="text-sm text-slate-600">
              {t("session.break", { start: formatMinuteOfDay(b.startMinute), end: formatMinuteOfDay(b.endMinute) })}
            </p>
          ))}
          <p className="text-sm text-slate-600">{t("session.slotLength", { minutes: session.slotMinutes })}</p>
        </div>
        <ViewerWindow intervals={intervals} timeZone={actor?.timeZone} />
      </Card>

      <div className="grid gap-6 md:grid-cols-2">
        <ParticipantList title={t("session.suppliers")} participants={session.suppliers} locale={locale} testId="session-suppliers" />
        <ParticipantList title={t("session.buyers")} participants={session.buyers} locale={locale} testId="session-buyers" />
      </div>
    </div>
  );
}

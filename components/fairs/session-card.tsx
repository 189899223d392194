import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { formatMinuteOfDay, type SessionDates } from "@/lib/time/session-window";
import { zoneCityName } from "@/lib/time/zone-city";
import { Card } from "@/components/ui/card";
import type { SessionLifecycleInput } from "@/lib/fairs/lifecycle";
import { CategoryBadges } from "./category-badges";
import { SessionPhaseBadge } from "./session-phase-badge";

type Session = {
  slug: string;
  titleEn: string;
  titleZh: string;
  titleRu: string;
  categories: { category: { id: string; nameEn: string; nameZh: string; nameRu: string } }[];
  _count: { registrations: number };
} & SessionDates;

/** One industry session on the fair page; the whole card opens the session. */
export async function SessionCard({
  session,
  fairSlug,
  fairZone,
  lifecycle,
  now,
  locale,
}: {
  session: Session;
  fairSlug: string;
  fairZone: string;
  lifecycle: SessionLifecycleInput;
  now: Date;
  locale: AppLocale;
}) {
  const t = await getTranslations("public.fair");
  return (
    <Card className="relative flex h-full flex-col gap-3 transition-shadow focus-within:ring-2 focus-within:ring-brand-500 hover:border-brand-200 hover:shadow-md">
      <h3 className="text-lg font-semibold break-words">
        {/* The link stretches over the card (after:absolute) so the card is one large target. */}
        <Link
          href={`/fairs/${fairSlug}/${session.slug}`}
          className="text-brand-800 after:absolute after:inset-0 focus:outline-none"
        >
          {localized(session, "title", locale)}
        </Link>
      </h3>
      <div>
        <SessionPhaseBadge session={lifecycle} now={now} />
      </div>
      <dl className="space-y-1 text-sm text-slate-700">
        <div>
          <dt className="sr-only">{t("dates")}</dt>
          <dd>{formatDateRange(session.startDate, session.endDate, locale)}</dd>
        </div>
        <div>
          <dt className="sr-only">{t("hours")}</dt>
          <dd className="tabular-nums">
            {t("dailyHours", {
              start: formatMinuteOfDay(session.dailyStartMinute),
              end: formatMinuteOfDay(session.dailyEndMinute),
              city: zoneCityName(fairZone, locale),
            })}
          </dd>
        </div>
      </dl>
      <CategoryBadges categories={session.categories.map((c) => c.category)} label={t("categories")} locale={locale} />
      <p className="mt-auto border-t border-slate-100 pt-3 text-sm font-medium text-slate-800">
        {t("participants", { count: session._count.registrations })}
      </p>
    </Card>
  );
}

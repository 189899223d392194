import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { utcOffsetLabel } from "@/lib/time/format-window";
import { zoneCityName } from "@/lib/time/zone-city";
import type { listPublishedFairs } from "@/lib/fairs/queries";
import { Card } from "@/components/ui/card";

type Fair = Awaited<ReturnType<typeof listPublishedFairs>>[number];

/** A published fair on the home page: who runs it, when, and its sessions. */
export async function FairSummaryCard({ fair, locale }: { fair: Fair; locale: AppLocale }) {
  const t = await getTranslations("public");
  const name = localized(fair, "name", locale);
  const description = localized(fair, "description", locale);
  const headingId = `fair-${fair.id}`;

  return (
    <Card aria-labelledby={headingId} className="space-y-4">
      <div className="space-y-1">
        <h3 id={headingId} className="text-xl font-semibold break-words">
          <Link href={`/fairs/${fair.slug}`} className="text-brand-800 hover:text-brand-900 hover:underline">
            {name}
          </Link>
        </h3>
        <p className="text-sm text-slate-700">
          {t("fair.host", { host: localized(fair.hostOrganization, "name", locale) })}
        </p>
        <p className="text-sm text-slate-700">
          {formatDateRange(fair.startDate, fair.endDate, locale)}
          <span className="text-slate-500">
            {" · "}
            {t("fair.timeZone", {
              zone: fair.timeZone,
              city: zoneCityName(fair.timeZone, locale),
              offset: utcOffsetLabel(fair.timeZone, fair.startDate),
            })}
          </span>
        </p>
      </div>
      {description ? (
        <p className="line-clamp-3 max-w-3xl text-sm leading-relaxed text-slate-700">{description}</p>
      ) : null}

      <div className="space-y-2">
        <h4 className="text-sm font-semibold text-slate-800">
          {t("fair.sessionsHeading", { count: fair.sessions.length })}
        </h4>
        <ul
          aria-label={t("home.sessionsOf", { fair: name })}
          className="divide-y divide-slate-100 rounded-md border border-slate-200"
        >
          {fair.sessions.map((session) => (
            <li key={session.id}>
              <Link
                href={`/fairs/${fair.slug}/${session.slug}`}
                className="flex flex-col gap-0.5 px-3 py-2.5 hover:bg-brand-50 focus-visible:bg-brand-50 sm:flex-row sm:items-center sm:justify-between sm:gap-4"
              >
                <span className="font-medium break-words text-brand-800">{localized(session, "title", locale)}</span>
                <span className="shrink-0 text-sm text-slate-600">
                  {formatDateRange(session.startDate, session.endDate, locale)}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </div>
      <Link
        href={`/fairs/${fair.slug}`}
        className="inline-block text-sm font-medium text-brand-700 hover:text-brand-900 hover:underline"
      >
        {t("home.viewFair")} <span aria-hidden>→</span>
      </Link>
    </Card>
  );
}

import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import { Card } from "@/components/ui/card";
import { Link } from "@/lib/i18n/navigation";

type Participant = {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  city: string;
  country: string;
  timeZone: string;
};

const intlLocale: Record<AppLocale, string> = { en: "en-GB", zh: "zh-CN", ru: "ru-RU" };

// Building an Intl.DisplayNames costs far more than asking one: one per language, kept.
const regionNames = new Map<AppLocale, Intl.DisplayNames>();

function countryName(code: string, locale: AppLocale): string {
  let names = regionNames.get(locale);
  if (!names) regionNames.set(locale, (names = new Intl.DisplayNames([intlLocale[locale]], { type: "region" })));
  try {
    return names.of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows: show it as stored
  }
}

/**
 * Approved suppliers or buyers of a session: name, where they are and their time zone; the
 * first of them (`participants`) out of `total`, the rest counted and, with `moreHref`, a link
 * to where all of them can be searched.
 */
export async function ParticipantList({
  title,
  emptyText,
  participants,
  total,
  moreHref,
  locale,
  testId,
}: {
  title: string;
  emptyText: string;
  participants: Participant[];
  total: number;
  moreHref?: string;
  locale: AppLocale;
  testId: string;
}) {
  const t = await getTranslations("public.session");
  const headingId = `${testId}-heading`;
  return (
    <Card aria-labelledby={headingId} className="min-w-0 space-y-3" data-testid={testId}>
      <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-2 text-lg font-semibold">
        {title}
        <span className="text-sm font-normal text-slate-500">{t("count", { count: total })}</span>
      </h2>
      {participants.length === 0 ? (
        <p className="rounded-md bg-slate-50 px-3 py-4 text-sm text-slate-600">{emptyText}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {participants.map((p) => (
            <li key={p.id} className="py-2.5">
              <p className="font-medium break-words text-slate-900">{localized(p, "name", locale)}</p>
              <p className="text-xs text-slate-500">
                {t("location", {
                  city: findKnownCity(p.city)?.name[locale] ?? p.city,
                  country: countryName(p.country, locale),
                })}
                {" · "}
                <span className="whitespace-nowrap">{p.timeZone}</span>
              </p>
            </li>
          ))}
        </ul>
      )}
      {total > participants.length ? (
        <p className="text-sm text-slate-600" data-testid={`${testId}-more`}>
          {moreHref ? (
            <Link href={moreHref} className="text-brand-700 hover:text-brand-900 hover:underline">
              {t("seeAll", { count: total })}
            </Link>
          ) : (
            t("andMore", { count: total - participants.length })
          )}
        </p>
      ) : null}
    </Card>
  );
}

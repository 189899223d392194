import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import { Card } from "@/components/ui/card";

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

function countryName(code: string, locale: AppLocale): string {
  try {
    return new Intl.DisplayNames([intlLocale[locale]], { type: "region" }).of(code) ?? code;
  } catch {
    return code; // not a region code Intl knows: show it as stored
  }
}

/** Approved suppliers or buyers of a session: name, where they are and their time zone. */
export async function ParticipantList({
  title,
  emptyText,
  participants,
  locale,
  testId,
}: {
  title: string;
  emptyText: string;
  participants: Participant[];
  locale: AppLocale;
  testId: string;
}) {
  const t = await getTranslations("public.session");
  const headingId = `${testId}-heading`;
  return (
    <Card aria-labelledby={headingId} className="min-w-0 space-y-3" data-testid={testId}>
      <h2 id={headingId} className="flex flex-wrap items-baseline gap-x-2 text-lg font-semibold">
        {title}
        <span className="text-sm font-normal text-slate-500">{t("count", { count: participants.length })}</span>
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
    </Card>
  );
}

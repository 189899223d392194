import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { findKnownCity } from "@/lib/geo/cities";
import { Card } from "@/components/ui/card";

type Participant = { id: string; nameEn: string | null; nameZh: string | null; nameRu: string | null; city: string; timeZone: string };

export async function ParticipantList({ title, participants, locale, testId }: { title: string; participants: Participant[]; locale: AppLocale; testId: string }) {
  const t = await getTranslations("public.session");
  return (
    <Card className="space-y-3" data-testid={testId}>
      <h2 className="text-lg font-semibold">
        {title} <span className="text-sm font-normal text-slate-500">({participants.length})</span>
      </h2>
      {participants.length === 0 ? (
        <p className="text-sm text-slate-500">{t("noParticipants")}</p>
      ) : (
        <ul className="divide-y divide-slate-100">
          {participants.map((p) => (
            <li key={p.id} className="py-2">
              <p className="font-medium text-slate-900">{localized(p, "name", locale)}</p>
              <p className="text-xs text-slate-500">
                {findKnownCity(p.city)?.name[locale] ?? p.city} · {p.timeZone}
              </p>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

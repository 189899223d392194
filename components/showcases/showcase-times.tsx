import { useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import { zonedPair } from "@/lib/time/zone-pair";

/** A showcase's time in the viewer's zone, with the fair's zone beside it when the clocks differ. */
export function ShowcaseTimes({
  startsAt,
  endsAt,
  locale,
  viewerZone,
  fairZone,
}: {
  startsAt: Date;
  endsAt: Date;
  locale: AppLocale;
  viewerZone: string;
  fairZone: string;
}) {
  const t = useTranslations("showcases.page");
  const pair = zonedPair(startsAt, endsAt, locale, viewerZone, fairZone);
  return (
    <p className="text-sm text-slate-700" data-testid="showcase-times">
      <span className="font-medium">{pair.dayLabel}</span>{" "}
      <span className="tabular-nums" title={t("yourTime")} data-testid="showcase-time-mine">
        {pair.mine}
      </span>
      {pair.theirs ? (
        <span className="text-slate-500 tabular-nums" title={t("fairTime")} data-testid="showcase-time-fair">
          {" · "}
          {pair.theirs}
        </span>
      ) : null}
    </p>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { toPlainTimetable, windowInZone, type SessionTimetable } from "@/lib/time/format-window";
import { zoneCityName } from "@/lib/time/zone-city";
import { Card } from "@/components/ui/card";
import { ZonedWindow } from "@/components/time/zoned-window";
import { BrowserZoneWindow } from "@/components/time/browser-zone-window";

/**
 * The daily negotiation window and breaks, side by side in the fair's zone and
 * the viewer's: the profile's zone when signed in (known on the server), else
 * the browser's (known only in the browser).
 */
export async function SessionHours({
  timetable,
  slotMinutes,
  viewerZone,
  locale,
}: {
  timetable: SessionTimetable;
  slotMinutes: number;
  viewerZone: string | null;
  locale: AppLocale;
}) {
  const t = await getTranslations("public.session");
  const fairZone = timetable.timeZone;

  return (
    <Card aria-labelledby="hours-heading" className="space-y-5">
      <h2 id="hours-heading" className="text-lg font-semibold">
        {t("hoursHeading")}
      </h2>
      <div className="grid gap-6 md:grid-cols-2">
        <ZonedWindow
          view={windowInZone(timetable, fairZone)}
          heading={t("fairClock", { city: zoneCityName(fairZone, locale), zone: fairZone })}
          testId="fair-window"
        />
        <div className="border-t border-slate-200 pt-5 md:border-t-0 md:border-l md:pt-0 md:pl-6">
          {viewerZone ? (
            <ZonedWindow
              view={windowInZone(timetable, viewerZone)}
              heading={t("yourTime", { zone: viewerZone })}
              testId="viewer-window"
              note={
                <>
                  {viewerZone === fairZone ? <p>{t("sameZone")}</p> : null}
                  <p>
                    {t("zoneFromProfile")}{" "}
                    <Link href="/profile" className="text-brand-700 underline hover:text-brand-900">
                      {t("changeZone")}
                    </Link>
                  </p>
                </>
              }
            />
          ) : (
            <BrowserZoneWindow timetable={toPlainTimetable(timetable)} testId="viewer-window" />
          )}
        </div>
      </div>
      <p className="border-t border-slate-200 pt-4 text-sm text-slate-700">
        {t("slotLength", { minutes: slotMinutes })}
      </p>
    </Card>
  );
}

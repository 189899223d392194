"use client";

import { useEffect, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatTime, localDay } from "@/lib/time/format";
import type { AppLocale } from "@/lib/i18n/routing";

type Interval = { day: string; start: string; end: string };

/**
 * A session's daily windows in the viewer's zone: the profile's zone when signed
 * in, otherwise the browser's (known only after mount, so nothing mismatches on hydration).
 */
export function ViewerWindow({ intervals, timeZone }: { intervals: Interval[]; timeZone?: string }) {
  const t = useTranslations("public.session");
  const locale = useLocale() as AppLocale;
  const [zone, setZone] = useState(timeZone);
  useEffect(() => {
    if (!timeZone) setZone(Intl.DateTimeFormat().resolvedOptions().timeZone);
  }, [timeZone]);

  if (!zone) return <p className="text-sm text-slate-500">{t("detectingZone")}</p>;
  return (
    <div>
      <p className="text-sm font-medium text-slate-800">{t("yourTime", { zone })}</p>
      <ul className="mt-1 space-y-0.5 text-sm text-slate-700" data-testid="viewer-window">
        {intervals.map((interval) => {
          const start = new Date(interval.start);
          const end = new Date(interval.end);
          const startDay = localDay(start, zone);
          const endDay = localDay(end, zone);
          return (
            <li key={interval.day}>
              <span className="tabular-nums">
                {startDay}: {formatTime(start, locale, zone)}–{formatTime(end, locale, zone)}
              </span>
              {startDay !== interval.day ? <span className="ml-2 text-xs text-amber-700">{t("otherDay", { day: startDay })}</span> : null}
              {endDay !== startDay ? <span className="ml-2 text-xs text-amber-700">{t("endsNextDay")}</span> : null}
            </li>
          );
        })}
      </ul>
    </div>
  );
}

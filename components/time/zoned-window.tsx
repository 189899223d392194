import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { AppLocale } from "@/lib/i18n/routing";
import type { ClockRange, WindowInZone } from "@/lib/time/format-window";
import { formatCalendarDay } from "@/lib/time/format-day";
import { formatDateRange } from "@/lib/time/format";

// Rendered by the server (fair zone, signed-in viewer) and by the browser
// (anonymous viewer), so it uses only hooks that work in both.

/** "04:00–12:00" plus a "+1 day" mark when the range ends on a later date than it starts. */
function Range({ range }: { range: ClockRange }) {
  const t = useTranslations("public.session");
  return (
    <>
      <span className="tabular-nums">
        {range.start}–{range.end}
      </span>
      {range.endShift > range.startShift ? (
        <abbr title={t("nextDayLong")} className="ml-1.5 align-super text-xs font-medium text-amber-800 no-underline">
          {t("nextDay")}
        </abbr>
      ) : null}
    </>
  );
}

/** Breaks, marked when they end on a later date than the day's window starts. */
function Breaks({ breaks, windowStartShift }: { breaks: ClockRange[]; windowStartShift: number }) {
  const t = useTranslations("public.session");
  if (breaks.length === 0) return <p className="text-sm text-slate-600">{t("noBreaks")}</p>;
  return (
    <ul className="text-sm text-slate-600">
      {breaks.map((b) => (
        <li key={b.start} className="tabular-nums">
          {t("break", { start: b.start, end: b.end })}
          {b.endShift > windowStartShift ? <span className="ml-1 text-xs text-amber-800">({t("nextDay")})</span> : null}
        </li>
      ))}
    </ul>
  );
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

export function ZonedWindow({
  view,
  heading,
  note,
  testId,
}: {
  view: WindowInZone;
  heading: ReactNode;
  note?: ReactNode;
  testId: string;
}) {
  const t = useTranslations("public.session");
  const locale = useLocale() as AppLocale;
  const [first] = view.days;
  if (!first) return null;
  const last = view.days[view.days.length - 1];
  const shifted = view.days.some((d) => d.window.startShift !== 0);

  return (
    <div className="min-w-0 space-y-2">
      <h3 className="text-sm font-medium text-slate-800">
        {heading} <span className="font-normal text-slate-500">· {view.offset}</span>
      </h3>
      {view.uniform ? (
        <>
          <p className="text-2xl font-semibold text-slate-900" data-testid={testId}>
            <Range range={first.window} />
          </p>
          <p className="text-sm text-slate-600">{t("daily")}</p>
          <Breaks breaks={first.breaks} windowStartShift={first.window.startShift} />
        </>
      ) : (
        <>
          <p className="text-sm text-amber-900">{t("perDay")}</p>
          <ul className="space-y-1 text-sm text-slate-800" data-testid={testId}>
            {view.days.map((d) => (
              <li key={d.fairDay}>
                <span className="font-medium">{formatCalendarDay(d.window.startDay, locale)}: </span>
                <Range range={d.window} />
                {d.breaks.map((b) => (
                  <span key={b.start} className="text-slate-600">
                    {" · "}
                    {t("break", { start: b.start, end: b.end })}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {shifted ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900">
          {t("localDates", { dates: formatDateRange(day(first.window.startDay), day(last.window.startDay), locale) })}
        </p>
      ) : null}
      {note ? <div className="space-y-0.5 text-xs text-slate-500">{note}</div> : null}
    </div>
  );
}

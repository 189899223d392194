"use client";

import { useActionState, useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { saveAvailabilityAction } from "@/app/[locale]/meetings/availability/actions";
import { idleFormState } from "@/lib/actions/form-state";
import type { AppLocale } from "@/lib/i18n/routing";
import { zonedInstant } from "@/lib/time/session-window";
import { zonedPair } from "@/lib/time/zone-pair";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { useHydrated } from "@/components/auth/use-hydrated";
import { inputToMinute, minuteToInput, type EditorDay } from "./editor-day";
import { RangeRow, type Range } from "./range-row";

type Props = { sessionId: string; zone: string; referenceZone: string; days: EditorDay[] };

/**
 * Per day of the session (on the viewer's own clock), one or more time ranges.
 * Everything is posted at once as JSON; errors come back per day and per range.
 */
export function AvailabilityEditor({ sessionId, zone, referenceZone, days }: Props) {
  const t = useTranslations("availability");
  const locale = useLocale() as AppLocale;
  const [rows, setRows] = useState<Range[][]>(() => days.map((d) => d.ranges.map((r) => ({ ...r }))));
  const [state, formAction, pending] = useActionState(saveAvailabilityAction, idleFormState);
  useFormRedirect(state);
  // The ranges live in React state and travel as one JSON field: until React runs, what is typed
  // would be lost (and a submit would post the old ranges), so the editor waits for it.
  const hydrated = useHydrated();
  const errors = state.status === "error" ? state.fieldErrors : {};

  const pairOf = (day: string, start: number, end: number) =>
    zonedPair(zonedInstant(day, start, zone), zonedInstant(day, end, zone), locale, zone, referenceZone);
  const payload = JSON.stringify(
    days.map((d, i) => ({
      day: d.day,
      // An end of "00:00" is midnight at the end of the day, which the schema spells "24:00".
      ranges: rows[i].map((r) => ({ start: r.start, end: r.end === "00:00" ? "24:00" : r.end })),
    })),
  );
  const update = (dayIndex: number, next: Range[]) =>
    setRows((current) => current.map((ranges, i) => (i === dayIndex ? next : ranges)));
  const addRange = (dayIndex: number) => {
    const window = days[dayIndex].windows.at(-1);
    const lastEnd = inputToMinute(rows[dayIndex].at(-1)?.end ?? "", true);
    const start = lastEnd ?? window?.startMinute ?? 9 * 60;
    const end = Math.max(window?.endMinute ?? start + 60, start + 60);
    update(dayIndex, [...rows[dayIndex], { start: minuteToInput(start), end: minuteToInput(Math.min(end, 1440)) }]);
  };

  return (
    <form action={formAction} noValidate className="space-y-4" data-testid="availability-form">
      <input type="hidden" name="sessionId" value={sessionId} />
      <input type="hidden" name="days" value={payload} />
      {state.status === "error" ? (
        <Alert tone="danger" role="alert" data-testid="availability-error">
          {errors.days ?? state.formError}
        </Alert>
      ) : null}
      <ol className="space-y-3">
        {days.map((day, dayIndex) => {
          const dayError = errors[`days.${dayIndex}.ranges`] ?? errors[`days.${dayIndex}.day`];
          return (
            <li
              key={day.day}
              className="rounded-lg border border-slate-200 bg-white p-4"
              data-testid="availability-day"
            >
              <fieldset
                className="space-y-3"
                disabled={!hydrated}
                aria-describedby={dayError ? `day-${dayIndex}-error` : undefined}
              >
                <legend className="font-semibold text-slate-900">{day.dayLabel}</legend>
                <p className="text-sm text-slate-600">
                  {t("window", {
                    hours: day.windows.map((w) => pairOf(day.day, w.startMinute, w.endMinute).label).join("; "),
                  })}
                </p>
                {rows[dayIndex].length === 0 ? (
                  <p className="text-sm text-slate-500 italic">{t("unavailable")}</p>
                ) : (
                  <ul className="space-y-2">
                    {rows[dayIndex].map((range, rangeIndex) => (
                      <RangeRow
                        key={rangeIndex}
                        id={`d${dayIndex}r${rangeIndex}`}
                        range={range}
                        reference={referenceLabel(day.day, range)}
                        error={
                          errors[`days.${dayIndex}.ranges.${rangeIndex}.start`] ??
                          errors[`days.${dayIndex}.ranges.${rangeIndex}.end`] ??
                          errors[`days.${dayIndex}.ranges.${rangeIndex}`]
                        }
                        onChange={(next) =>
                          update(
                            dayIndex,
                            rows[dayIndex].map((r, i) => (i === rangeIndex ? next : r)),
                          )
                        }
                        onRemove={() =>
                          update(
                            dayIndex,
                            rows[dayIndex].filter((_, i) => i !== rangeIndex),
                          )
                        }
                      />
                    ))}
                  </ul>
                )}
                {dayError ? (
                  <p id={`day-${dayIndex}-error`} className="text-sm text-red-700">
                    {dayError}
                  </p>
                ) : null}
                <Button type="button" variant="ghost" size="sm" onClick={() => addRange(dayIndex)}>
                  + {t("addRange")}
                </Button>
              </fieldset>
            </li>
          );
        })}
      </ol>
      <Button type="submit" disabled={pending || !hydrated}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );

  /** "= 14:00–17:00 Hangzhou" beside a complete range, when the reference clock differs. */
  function referenceLabel(day: string, range: Range): string | null {
    const start = inputToMinute(range.start);
    const end = inputToMinute(range.end, true);
    if (start === null || end === null || end <= start) return null;
    return pairOf(day, start, end).theirs;
  }
}

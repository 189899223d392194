import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { getAvailability } from "@/lib/scheduling/get-availability";
import { listAvailabilitySessions, type AvailabilitySession } from "@/lib/scheduling/list-availability-sessions";
import type { LocalDayRanges } from "@/lib/scheduling/local-ranges";
import { formatCalendarDay } from "@/lib/time/format-day";
import { formatDateRange } from "@/lib/time/format";
import { utcOffsetLabel } from "@/lib/time/format-window";
import { zoneCityName } from "@/lib/time/zone-city";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { AvailabilityEditor } from "@/components/availability/availability-editor";
import { minuteToInput, type EditorDay } from "@/components/availability/editor-day";
import { SessionPicker } from "@/components/availability/session-picker";
import { ConfirmActionForm } from "@/components/settings/confirm-action-form";
import { resetAvailabilityAction } from "./actions";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ session?: string; done?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "availability" });
  return { title: t("title") };
}

/** The first session not over yet, else the latest one. */
function defaultSession(sessions: AvailabilitySession[], now: Date): AvailabilitySession {
  const today = now.toISOString().slice(0, 10);
  return sessions.find((s) => s.endDate.toISOString().slice(0, 10) >= today) ?? sessions.at(-1)!;
}

const rangesOn = (days: LocalDayRanges[], day: string) => days.find((d) => d.day === day)?.ranges ?? [];

/** When the viewer's company can meet, per session, on the viewer's own clock. */
export default async function AvailabilityPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { session: requested, done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/meetings/availability", "request:meeting:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("availability");
  const header = (
    <header className="space-y-2">
      <Link href="/meetings" className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
    </header>
  );
  if (actor.organization?.status !== "APPROVED") {
    return (
      <div className="space-y-6">
        {header}
        <Alert tone="warning" role="status">
          {t("notApproved")}
        </Alert>
      </div>
    );
  }
  const sessions = await listAvailabilitySessions(actor);
  if (sessions.length === 0) {
    return (
      <div className="space-y-6">
        {header}
        <Card className="space-y-3" data-testid="availability-empty">
          <p className="text-slate-700">{t("noSessions")}</p>
          <Link href="/" className="text-sm text-brand-700 hover:underline">
            {t("browseFairs")}
          </Link>
        </Card>
      </div>
    );
  }
  const selected = sessions.find((s) => s.id === requested) ?? defaultSession(sessions, new Date());
  const view = await getAvailability(actor, selected.id);
  const firstInstant = view.ranges[0]?.start ?? selected.startDate;
  const zoneName = (zone: string) => `${zoneCityName(zone, locale)} (${utcOffsetLabel(zone, firstInstant)})`;
  const days: EditorDay[] = view.sessionDays.map((day) => ({
    day,
    dayLabel: formatCalendarDay(day, locale),
    windows: rangesOn(view.windows, day),
    ranges: rangesOn(view.days, day).map((r) => ({
      start: minuteToInput(r.startMinute),
      end: minuteToInput(r.endMinute),
    })),
  }));
  const title = localized(selected, "title", locale);

  return (
    <div className="space-y-6">
      {header}
      <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      <p className="text-sm text-slate-700" data-testid="availability-zones">
        {t("zones", { mine: zoneName(view.timeZone), reference: zoneName(view.counterpartTimeZone) })}{" "}
        <Link href="/profile" className="text-brand-700 hover:underline">
          {t("changeZone")}
        </Link>
      </p>
      {done === "saved" || done === "reset" ? (
        <Alert tone="success" role="status">
          {t(done === "saved" ? "saved" : "resetDone")}
        </Alert>
      ) : null}
      {sessions.length > 1 ? (
        <SessionPicker
          label={t("sessions")}
          selectedId={selected.id}
          items={sessions.map((s) => ({
            id: s.id,
            title: localized(s, "title", locale),
            dates: [formatDateRange(s.startDate, s.endDate, locale), s.customized ? t("status.custom") : null]
              .filter(Boolean)
              .join(" · "),
          }))}
        />
      ) : null}
      <Card className="space-y-4">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div className="space-y-1">
            <h2 className="text-lg font-semibold text-slate-900">{title}</h2>
            <p className="text-sm text-slate-600">
              {localized(selected.fair, "name", locale)} ·{" "}
              {formatDateRange(selected.startDate, selected.endDate, locale)}
            </p>
          </div>
          <Badge tone={view.stored ? "info" : "neutral"} data-testid="availability-status">
            {view.stored ? t("status.custom") : t("status.default")}
          </Badge>
        </div>
        <p className="text-sm text-slate-600">
          {view.stored ? t("customNote") : t("defaultNote", { zone: zoneCityName(view.organizationTimeZone, locale) })}
        </p>
        <AvailabilityEditor
          key={`${selected.id}:${JSON.stringify(view.days)}`}
          sessionId={selected.id}
          zone={view.timeZone}
          referenceZone={view.counterpartTimeZone}
          days={days}
        />
        {view.stored ? (
          <div className="border-t border-slate-100 pt-4">
            <ConfirmActionForm
              action={resetAvailabilityAction}
              hidden={{ sessionId: selected.id }}
              trigger={t("reset")}
              question={t("resetQuestion")}
              confirm={t("resetConfirm")}
              cancel={t("cancel")}
              testId="reset-availability"
            />
          </div>
        ) : null}
      </Card>
    </div>
  );
}

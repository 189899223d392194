import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { loadConsoleSession } from "@/lib/fairs/load-console-session";
import type { AppLocale } from "@/lib/i18n/routing";
import { utcToLocalRanges } from "@/lib/scheduling/local-ranges";
import { listInterpreterShifts } from "@/lib/scheduling/set-interpreter-shifts";
import { formatCalendarDay } from "@/lib/time/format-day";
import { formatMinuteOfDay, sessionDays } from "@/lib/time/session-window";
import { listInterpreters } from "@/lib/users/create-interpreter";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { messageOr } from "@/lib/i18n/message-keys";
import { Forbidden } from "@/components/account/forbidden";
import { SessionHeader } from "@/components/console/session-header";
import { ShiftForm } from "@/components/console/shift-form";

type Props = { params: Promise<{ locale: AppLocale; sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.interpreters" });
  return { title: t("title") };
}

/** The interpreter roster of a session: languages and shifts per day, in the fair's zone. */
export default async function SessionInterpretersPage({ params }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}/interpreters`, "manage:interpreter:any");
  if (!actor) return <Forbidden />;
  const session = await loadConsoleSession(actor, sessionId);
  const [interpreters, shifts] = await Promise.all([listInterpreters(actor), listInterpreterShifts(actor, session.id)]);
  const t = await getTranslations("console.interpreters");
  const tLanguages = await getTranslations("account.languages");
  const zone = session.fair.timeZone;
  const days = sessionDays(session);

  return (
    <div className="space-y-6">
      <SessionHeader session={session} locale={locale} tab="interpreters" />
      <p className="max-w-3xl text-sm text-slate-600">{t("intro", { zone })}</p>
      {interpreters.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("empty")}</p>
        </Card>
      ) : null}
      {interpreters.map((interpreter) => {
        const own = shifts
          .filter((s) => s.interpreter.id === interpreter.id)
          .map((s) => ({ start: s.startsAt, end: s.endsAt }));
        const local = new Map(utcToLocalRanges(own, zone).map((d) => [d.day, d.ranges]));
        return (
          <Card
            key={interpreter.id}
            className="space-y-3"
            aria-label={interpreter.name}
            data-testid="interpreter-shifts"
          >
            <div className="flex flex-wrap items-center gap-2">
              <h2 className="text-lg font-semibold">{interpreter.name}</h2>
              <span className="text-sm text-slate-600">
                {interpreter.languages.map((code) => messageOr(tLanguages, code, code)).join(" · ")}
              </span>
              {interpreter.disabledAt ? <Badge tone="danger">{t("disabled")}</Badge> : null}
              {!interpreter.languages.includes("zh") || !interpreter.languages.includes("ru") ? (
                <Badge tone="warning">{t("notZhRu")}</Badge>
              ) : null}
            </div>
            <ShiftForm
              sessionId={session.id}
              interpreterId={interpreter.id}
              days={days.map((day) => ({
                day,
                label: formatCalendarDay(day, locale),
                value: (local.get(day) ?? [])
                  .map((r) => `${formatMinuteOfDay(r.startMinute)}-${formatMinuteOfDay(r.endMinute)}`)
                  .join(", "),
              }))}
            />
          </Card>
        );
      })}
    </div>
  );
}

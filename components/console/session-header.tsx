import { getTranslations } from "next-intl/server";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { formatMinuteOfDay, type SessionDates } from "@/lib/time/session-window";
import { toLifecycleInput, type SessionLifecycleInput } from "@/lib/fairs/lifecycle";
import { SessionPhaseBadge } from "@/components/fairs/session-phase-badge";
import { ConsoleHeader } from "./console-header";
import { SessionNav, type SessionTab } from "./session-nav";

type Session = {
  id: string;
  titleEn: string;
  titleZh: string;
  titleRu: string;
  slotMinutes: number;
  registrationDeadline: Date | null;
  fair: {
    id: string;
    nameEn: string;
    nameZh: string;
    nameRu: string;
    timeZone: string;
    status: SessionLifecycleInput["fairStatus"];
  };
} & SessionDates;

/** Session title, fair, timetable summary and the console tabs. */
export async function SessionHeader({
  session,
  locale,
  tab,
}: {
  session: Session;
  locale: AppLocale;
  tab: SessionTab;
}) {
  const t = await getTranslations("console.session");
  const window = `${formatMinuteOfDay(session.dailyStartMinute)}–${formatMinuteOfDay(session.dailyEndMinute)}`;
  return (
    <div className="space-y-4">
      <ConsoleHeader
        title={localized(session, "title", locale)}
        intro={t("summary", {
          dates: formatDateRange(session.startDate, session.endDate, locale),
          window,
          zone: session.fair.timeZone,
          slot: session.slotMinutes,
        })}
        back={{ href: `/admin/fairs/${session.fair.id}`, label: localized(session.fair, "name", locale) }}
      />
      <SessionPhaseBadge session={toLifecycleInput(session)} now={new Date()} />
      <SessionNav sessionId={session.id} current={tab} />
    </div>
  );
}

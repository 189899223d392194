import { getTranslations } from "next-intl/server";
import { sessionPhase, sessionSchedule, type SessionLifecycleInput } from "@/lib/fairs/lifecycle";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/format";
import { zoneCityName } from "@/lib/time/zone-city";

/** Until when organizations may register, in the fair's zone; nothing once the session is under way. */
export async function RegistrationWindow({
  session,
  now,
  locale,
}: {
  session: SessionLifecycleInput;
  now: Date;
  locale: AppLocale;
}) {
  const t = await getTranslations("public.session");
  const phase = sessionPhase(session, now);
  const { startsAt, registrationClosesAt } = sessionSchedule(session);
  if (phase === "closed") {
    return (
      <p className="text-sm text-slate-600">
        {t("registrationClosedUntilStart", { date: formatDate(startsAt, locale, session.timeZone) })}
      </p>
    );
  }
  if (phase !== "open" && !(phase === "live" && now < registrationClosesAt)) return null;
  // The last open day: registration closes at midnight after it.
  const lastDay = new Date(registrationClosesAt.getTime() - 1);
  return (
    <p className="text-sm text-slate-600">
      {t("registrationUntil", {
        date: formatDate(lastDay, locale, session.timeZone),
        city: zoneCityName(session.timeZone, locale),
      })}
    </p>
  );
}

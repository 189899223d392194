import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { listSessionsWithOwnRegistration } from "@/lib/fairs/list-registrations-of-organization";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { isRegistrationOpen, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import { Badge } from "@/components/ui/badge";
import { SessionPhaseBadge } from "@/components/fairs/session-phase-badge";
import { Card, CardTitle } from "@/components/ui/card";
import { RegisterSessionButton } from "./register-session-button";
import { registrationStatusTone } from "./status-tones";

/** The published sessions with this organization's registration state; only approved organizations may register. */
export async function SessionRegistrations({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const t = await getTranslations("account");
  const sessions = await listSessionsWithOwnRegistration(actor);
  const canRegister = actor.organization?.status === "APPROVED";
  const now = new Date();

  return (
    <Card className="space-y-3" aria-labelledby="sessions-heading">
      <CardTitle id="sessions-heading">{t("dashboard.sessionsHeading")}</CardTitle>
      {sessions.length === 0 ? <p className="text-sm text-slate-500">{t("dashboard.noSessions")}</p> : null}
      {sessions.length > 0 && !canRegister ? (
        <p className="text-sm text-slate-600">{t("dashboard.registerAfterApproval")}</p>
      ) : null}
      <ul className="divide-y divide-slate-100">
        {sessions.map((session) => {
          const title = sessionTitleWithEdition(session, locale);
          const lifecycle = toLifecycleInput(session);
          const status = session.registrationStatus === "WITHDRAWN" ? null : session.registrationStatus;
          return (
            <li
              key={session.id}
              className="flex flex-wrap items-center justify-between gap-3 py-3"
              data-testid="session-registration"
            >
              <div className="min-w-0">
                <Link
                  href={`/fairs/${session.fair.slug}/${session.slug}`}
                  className="font-medium break-words text-brand-800 hover:underline"
                >
                  {title}
                </Link>
                <p className="text-xs text-slate-500">
                  {localized(session.fair, "name", locale)} ·{" "}
                  {formatDateRange(session.startDate, session.endDate, locale)}
                </p>
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <SessionPhaseBadge session={lifecycle} now={now} />
                {status ? (
                  <Badge tone={registrationStatusTone[status]}>{t(`registration.${status}`)}</Badge>
                ) : !isRegistrationOpen(lifecycle, now) ? null : canRegister ? (
                  <RegisterSessionButton
                    sessionId={session.id}
                    sessionTitle={`${title} — ${localized(session.fair, "name", locale)}`}
                  />
                ) : (
                  <Badge>{t("registration.none")}</Badge>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

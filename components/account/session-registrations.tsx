import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Actor } from "@/lib/auth/actor";
import { listSessionsWithOwnRegistration } from "@/lib/fairs/list-registrations-of-organization";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { RegisterSessionButton } from "./register-session-button";

const tone = { PENDING: "warning", APPROVED: "success", REJECTED: "danger", WITHDRAWN: "neutral" } as const;

export async function SessionRegistrations({ actor, locale }: { actor: Actor; locale: AppLocale }) {
  const t = await getTranslations("account");
  const sessions = await listSessionsWithOwnRegistration(actor);
  const canRegister = actor.organization?.status === "APPROVED";

  return (
    <Card className="space-y-3">
      <h2 className="text-lg font-semibold">{t("dashboard.sessionsHeading")}</h2>
      {sessions.length === 0 ? <p className="text-sm text-slate-500">{t("dashboard.noSessions")}</p> : null}
      <ul className="divide-y divide-slate-100">
        {sessions.map((session) => {
          const title = localized(session, "title", locale);
          return (
            <li key={session.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
              <div className="min-w-0">
                <Link href={`/fairs/${session.fair.slug}/${session.slug}`} className="font-medium text-brand-800 hover:underline">
                  {title}
                </Link>
                <p className="text-xs text-slate-500">
                  {localized(session.fair, "name", locale)} · {formatDateRange(session.startDate, session.endDate, locale)}
                </p>
              </div>
              {session.registrationStatus && session.registrationStatus !== "WITHDRAWN" ? (
                <Badge tone={tone[session.registrationStatus]}>{t(`registration.${session.registrationStatus}`)}</Badge>
              ) : canRegister ? (
                <RegisterSessionButton sessionId={session.id} sessionTitle={title} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </Card>
  );
}

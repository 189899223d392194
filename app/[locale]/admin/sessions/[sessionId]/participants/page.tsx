import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listSessionRegistrations } from "@/lib/fairs/console-queries";
import { loadConsoleSession } from "@/lib/fairs/load-console-session";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { RegistrationDecision } from "@/components/console/registration-decision";
import { SessionHeader } from "@/components/console/session-header";

type Props = { params: Promise<{ locale: AppLocale; sessionId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.participants" });
  return { title: t("title") };
}

const tone = { PENDING: "warning", APPROVED: "success", REJECTED: "danger", WITHDRAWN: "neutral" } as const;

/** Who takes part in the session: approve pending registrations, suspend approved ones. */
export default async function SessionParticipantsPage({ params }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/sessions/${sessionId}/participants`, "review:organization:any");
  if (!actor) return <Forbidden />;
  const session = await loadConsoleSession(actor, sessionId);
  const registrations = await listSessionRegistrations(actor, session.id);
  const t = await getTranslations("console");

  return (
    <div className="space-y-6">
      <SessionHeader session={session} locale={locale} tab="participants" />
      <p className="max-w-3xl text-sm text-slate-600">{t("participants.intro")}</p>
      <Card>
        {registrations.length === 0 ? (
          <p className="text-slate-600">{t("participants.empty")}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="registrations">
            {registrations.map((registration) => {
              const name = localized(registration.organization, "name", locale);
              return (
                <li
                  key={registration.id}
                  className="flex flex-col gap-2 py-3 sm:flex-row sm:items-center sm:justify-between"
                  data-testid="registration"
                >
                  <div className="min-w-0 space-y-1">
                    <p className="flex flex-wrap items-center gap-2">
                      <span className="font-medium break-words">{name}</span>
                      <Badge>{t(`participants.kind.${registration.organization.kind}`)}</Badge>
                      <Badge tone={tone[registration.status]}>{t(`status.registration.${registration.status}`)}</Badge>
                      {registration.organization.status !== "APPROVED" ? (
                        <Badge tone="danger">{t(`participants.orgStatus.${registration.organization.status}`)}</Badge>
                      ) : null}
                    </p>
                    <p className="text-sm text-slate-600">
                      {registration.organization.city}, {registration.organization.country} ·{" "}
                      {t("participants.since", { date: formatDate(registration.createdAt, locale, actor.timeZone) })}
                    </p>
                  </div>
                  <RegistrationDecision registrationId={registration.id} status={registration.status} name={name} />
                </li>
              );
            })}
          </ul>
        )}
      </Card>
    </div>
  );
}

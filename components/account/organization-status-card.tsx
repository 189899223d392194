import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { organizationStatusTone } from "./status-tones";

/** The enterprise-access status the applicant sees, with the organizer's reason when there is one. */
export async function OrganizationStatusCard({
  organization,
  locale,
}: {
  organization: NonNullable<Actor["organization"]>;
  locale: AppLocale;
}) {
  const t = await getTranslations("account");
  const status = organization.status;
  return (
    <Card className="space-y-3" data-testid="organization-status" aria-labelledby="organization-status-heading">
      <div className="flex flex-wrap items-center gap-3">
        <h2 id="organization-status-heading" className="min-w-0 text-lg font-semibold break-words">
          {localized(organization, "name", locale)}
        </h2>
        <Badge tone={organizationStatusTone[status]}>{t(`status.${status}`)}</Badge>
      </div>
      <p className="text-sm text-slate-700">{t(`statusExplained.${status}`)}</p>
      {status === "PENDING" ? (
        <div className="text-sm text-slate-700">
          <p className="font-medium">{t("nextSteps.heading")}</p>
          <ol className="mt-1 list-decimal space-y-0.5 pl-5">
            <li>{t("nextSteps.review")}</li>
            <li>{t("nextSteps.decision")}</li>
            <li>{t("nextSteps.sessions")}</li>
          </ol>
        </div>
      ) : null}
      {organization.statusReason && (status === "REJECTED" || status === "SUSPENDED") ? (
        <Alert tone="danger" role="status" data-testid="status-reason">
          <span className="font-medium">{t("reason")}: </span>
          <span className="break-words whitespace-pre-line">{organization.statusReason}</span>
        </Alert>
      ) : null}
    </Card>
  );
}

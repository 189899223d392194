import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";

const tone = { PENDING: "warning", APPROVED: "success", REJECTED: "danger", SUSPENDED: "danger" } as const;

/** The enterprise-access status the applicant sees, with the organizer's reason when there is one. */
export async function OrganizationStatusCard({ organization, locale }: { organization: NonNullable<Actor["organization"]>; locale: AppLocale }) {
  const t = await getTranslations("account");
  return (
    <Card className="space-y-3" data-testid="organization-status">
      <div className="flex flex-wrap items-center gap-3">
        <h2 className="text-lg font-semibold">{localized(organization, "name", locale)}</h2>
        <Badge tone={tone[organization.status]}>{t(`status.${organization.status}`)}</Badge>
      </div>
      <p className="text-sm text-slate-700">{t(`statusExplained.${organization.status}`)}</p>
      {organization.statusReason && organization.status !== "APPROVED" ? (
        <Alert tone="danger" role="status">
          <span className="font-medium">{t("reason")}: </span>
          {organization.statusReason}
        </Alert>
      ) : null}
    </Card>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { listOrganizationsForReview } from "@/lib/organizations/list-organizations";
import { allowedDecisions } from "@/lib/organizations/review-organization";
import { findKnownCity } from "@/lib/geo/cities";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { organizationStatusTone } from "@/components/account/status-tones";
import { ReviewDialog } from "./review-dialog";
import { VerifyToggle } from "./verify-toggle";
import { CreditLevelLink } from "@/components/credit/credit-level-link";
import type { CreditLevel } from "@/lib/credit/credit-score";

type Organization = Awaited<ReturnType<typeof listOrganizationsForReview>>[number];
type Props = {
  organization: Organization;
  locale: AppLocale;
  viewerTimeZone: string;
  returnTo: string;
  /** The credit level, for an organization in a fair the viewer hosts (lib/credit). */
  credit?: { level: CreditLevel };
};

/** One enterprise in the access queue with the decisions its current status allows. */
export async function OrganizationRow({ organization, locale, viewerTimeZone, returnTo, credit }: Props) {
  const t = await getTranslations("admin.organizations");
  const tAccount = await getTranslations("account");
  const tCountries = await getTranslations("auth.signUp.countries");
  const name = localized(organization, "name", locale);
  // The name in the applicant's own language, when the viewer reads another one.
  const ownName = organization.kind === "SUPPLIER" ? organization.nameZh : organization.nameRu;
  const city = findKnownCity(organization.city)?.name[locale] ?? organization.city;
  const country = messageOr(tCountries, organization.country, organization.country);
  const contact = organization.users[0];
  const decisions = allowedDecisions(organization.status);
  const tVerification = await getTranslations("matching.verification");
  const verifiable = organization.kind === "SUPPLIER" && organization.status === "APPROVED";

  return (
    <Card
      className="flex flex-col gap-3 p-4 sm:flex-row sm:items-start sm:justify-between"
      data-testid="organization-row"
    >
      <div className="min-w-0 space-y-1">
        <div className="flex flex-wrap items-center gap-2">
          <h2 className="font-semibold break-words">{name}</h2>
          <Badge tone={organizationStatusTone[organization.status]}>{tAccount(`status.${organization.status}`)}</Badge>
          <Badge tone="info">{tAccount(`roles.${organization.kind}`)}</Badge>
          {organization.verifiedAt ? (
            <Badge tone="success" data-testid="verified-badge">
              {tVerification("verified")}
            </Badge>
          ) : null}
          {credit ? <CreditLevelLink organizationId={organization.id} level={credit.level} /> : null}
        </div>
        {ownName && ownName !== name ? <p className="text-sm break-words text-slate-600">{ownName}</p> : null}
        <p className="text-sm text-slate-600">
          {city}, {country} · {organization.timeZone}
        </p>
        {contact ? (
          <p className="text-sm text-slate-600">
            {t("contact")}: {contact.name} ·{" "}
            <a href={`mailto:${contact.email}`} className="break-all text-brand-700 hover:underline">
              {contact.email}
            </a>
          </p>
        ) : null}
        {organization.statusReason ? (
          <p className="text-sm break-words whitespace-pre-line text-slate-700">
            <span className="font-medium">{t("reason")}:</span> {organization.statusReason}
          </p>
        ) : null}
        <p className="flex flex-wrap gap-x-3 text-sm text-slate-600">
          <span>{t("applied", { date: formatDate(organization.createdAt, locale, viewerTimeZone) })}</span>
          <Link
            href={{ pathname: "/admin/audit", query: { organizationId: organization.id } }}
            className="text-brand-700 hover:underline"
          >
            {t("history")}
          </Link>
        </p>
      </div>
      {decisions.length > 0 || verifiable ? (
        <div className="flex shrink-0 flex-wrap items-start gap-2">
          {verifiable ? (
            <VerifyToggle
              organizationId={organization.id}
              organizationName={name}
              verified={organization.verifiedAt !== null}
            />
          ) : null}
          {decisions.map((decision) => (
            <ReviewDialog
              key={decision}
              organizationId={organization.id}
              organizationName={name}
              decision={decision}
              returnTo={returnTo}
              expectedStatus={organization.status}
            />
          ))}
        </div>
      ) : null}
    </Card>
  );
}

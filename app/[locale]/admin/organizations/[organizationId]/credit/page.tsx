import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/permissions";
import { loadCreditRecord } from "@/lib/credit/load-credit-record";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDate, formatDateTime } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { organizationStatusTone } from "@/components/account/status-tones";
import { ComplaintList } from "@/components/credit/complaint-list";
import { CreditSummary } from "@/components/credit/credit-summary";
import { SanctionForm } from "@/components/credit/sanction-form";

type Props = { params: Promise<{ locale: AppLocale; organizationId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "credit.page" });
  return { title: t("title") };
}

async function loadOrNotFound(...args: Parameters<typeof loadCreditRecord>) {
  try {
    return await loadCreditRecord(...args);
  } catch (error) {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** One organization's credit record, for an organizer of a fair it takes part in. */
export default async function CreditPage({ params }: Props) {
  const { locale, organizationId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/organizations/${organizationId}/credit`, "read:credit:any");
  if (!actor) return <Forbidden />;
  if (organizationId.length > 64) notFound();
  const record = await loadOrNotFound(actor, organizationId);
  const t = await getTranslations("credit.page");
  const tAccount = await getTranslations("account");
  const tAudit = await getTranslations("admin.audit.actions");
  const { organization, credit } = record;
  const name = localized(organization, "name", locale);
  const admitted = record.registrations.filter((r) => r.status === "APPROVED" || r.status === "PENDING");
  const upheld = record.complaints.filter((c) => c.against && c.status === "UPHELD");
  const sanctionLabel = (action: string) =>
    action === "organization.warn"
      ? tAudit("organization.warn")
      : action === "registration.exclude"
        ? tAudit("registration.exclude")
        : action === "organization.suspend"
          ? tAudit("organization.suspend")
          : tAudit("organization.reinstate");

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <Link href="/admin/organizations?status=ALL&kind=ALL" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <div className="flex flex-wrap items-center gap-2">
          <h1 className="text-2xl font-semibold break-words">{t("heading", { name })}</h1>
          <Badge tone={organizationStatusTone[organization.status]}>{tAccount(`status.${organization.status}`)}</Badge>
          <Badge tone="info">{tAccount(`roles.${organization.kind}`)}</Badge>
        </div>
        <p className="text-slate-600">{t("intro")}</p>
      </header>

      <CreditSummary credit={credit} />

      <div className="grid gap-6 md:grid-cols-2">
        <Card className="space-y-2" data-testid="credit-verification">
          <CardTitle className="text-base">{t("verification.title")}</CardTitle>
          <p className="text-sm text-slate-700">
            {organization.verifiedAt
              ? t("verification.verifiedAt", { date: formatDate(organization.verifiedAt, locale, actor.timeZone) })
              : t("verification.notVerified")}
          </p>
          {organization.kind === "SUPPLIER" ? (
            organization.certificates.length ? (
              <ul className="space-y-1 text-sm">
                {organization.certificates.map((certificate) => {
                  const expired =
                    certificate.expiresOn !== null &&
                    certificate.expiresOn < new Date(new Date().toISOString().slice(0, 10));
                  return (
                    <li key={certificate.id} className="flex flex-wrap items-center gap-2">
                      <span className="text-slate-800">
                        {localized(certificate.type, "name", locale)} · {certificate.number}
                      </span>
                      <Badge tone={expired ? "danger" : "success"}>
                        {certificate.expiresOn
                          ? t(expired ? "verification.expired" : "verification.validUntil", {
                              date: formatDate(certificate.expiresOn, locale),
                            })
                          : t("verification.noExpiry")}
                      </Badge>
                    </li>
                  );
                })}
              </ul>
            ) : (
              <p className="text-sm text-slate-500">{t("verification.noCertificates")}</p>
            )
          ) : null}
        </Card>
        <Card className="space-y-2" data-testid="credit-attempts">
          <CardTitle className="text-base">{t("attempts.title")}</CardTitle>
          {record.attempts.length ? (
            <ul className="space-y-1 text-sm text-slate-700">
              {record.attempts.map((attempt) => (
                <li key={attempt.id}>
                  {t("attempts.item", {
                    hs: attempt.hsCode,
                    at: formatDateTime(attempt.createdAt, locale, actor.timeZone),
                  })}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500">{t("attempts.none")}</p>
          )}
        </Card>
      </div>

      <Card className="space-y-3" data-testid="credit-complaints">
        <CardTitle>{t("complaints")}</CardTitle>
        <ComplaintList
          complaints={record.complaints}
          locale={locale}
          timeZone={actor.timeZone}
          canReview={can(actor, "review:complaint:any")}
        />
      </Card>

      <Card className="space-y-3" data-testid="credit-sanctions">
        <CardTitle>{t("sanctions.title")}</CardTitle>
        {record.sanctions.length ? (
          <ul className="space-y-2 text-sm">
            {record.sanctions.map((entry) => (
              <li key={entry.id} className="rounded-md bg-slate-50 p-2" data-testid="sanction">
                <span className="font-medium text-slate-900">{sanctionLabel(entry.action)}</span>{" "}
                <span className="text-slate-500">
                  {t("sanctions.by", {
                    name: entry.actor?.name ?? "—",
                    at: formatDateTime(entry.createdAt, locale, actor.timeZone),
                  })}
                </span>
                {entry.reason ? <p className="break-words whitespace-pre-line text-slate-700">{entry.reason}</p> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-sm text-slate-500">{t("sanctions.none")}</p>
        )}
        {can(actor, "manage:sanction:any") ? (
          <div className="border-t border-slate-100 pt-3">
            <h3 className="mb-2 text-sm font-semibold text-slate-900">{t("sanctions.take")}</h3>
            <SanctionForm
              organizationId={organization.id}
              canSuspend={organization.status === "APPROVED"}
              sessions={admitted.map((registration) => ({
                id: registration.session.id,
                label: localized(registration.session, "title", locale),
              }))}
              complaints={upheld.map((complaint) => ({
                id: complaint.id,
                label: t("sanctions.complaintOption", {
                  party: localized(complaint.complainantOrg, "name", locale),
                  at: formatDate(complaint.createdAt, locale, actor.timeZone),
                }),
              }))}
            />
          </div>
        ) : null}
      </Card>
    </div>
  );
}

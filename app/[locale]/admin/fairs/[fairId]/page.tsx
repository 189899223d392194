import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";
import { getHostedFair } from "@/lib/fairs/console-queries";
import { fairFormValues } from "@/lib/fairs/form-values";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { timeZoneChoices } from "@/lib/time/zone-choices";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ConsoleHeader } from "@/components/console/console-header";
import { FairForm } from "@/components/console/fair-form";
import { FairStatusBadge } from "@/components/console/fair-status-badge";
import { PublishFairButton } from "@/components/console/publish-fair-button";

type Props = {
  params: Promise<{ locale: AppLocale; fairId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.fair" });
  return { title: t("editTitle") };
}

/** One fair in the console: its details, publication and sessions. */
export default async function ConsoleFairPage({ params, searchParams }: Props) {
  const { locale, fairId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/fairs/${fairId}`, "manage:fair:any");
  if (!actor) return <Forbidden />;
  const fair = await getHostedFair(actor, fairId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { done } = await searchParams;
  const t = await getTranslations("console");

  return (
    <div className="space-y-6">
      <ConsoleHeader
        title={localized(fair, "name", locale)}
        intro={`${formatDateRange(fair.startDate, fair.endDate, locale)} · ${fair.timeZone}`}
        back={{ href: "/admin/fairs", label: t("fairs.title") }}
        actions={<FairStatusBadge status={fair.status} />}
      />
      {done === "created" ? (
        <Alert tone="success" role="status">
          {t("fair.created")}
        </Alert>
      ) : null}
      <Card className="flex flex-wrap items-center justify-between gap-3" aria-labelledby="publish-heading">
        <div className="space-y-1">
          <CardTitle id="publish-heading">{t("fair.publication")}</CardTitle>
          <p className="text-sm text-slate-600">
            {fair.status === "PUBLISHED" ? t("fair.publishedText") : t("fair.draftText")}
          </p>
        </div>
        <PublishFairButton fairId={fair.id} published={fair.status === "PUBLISHED"} />
      </Card>
      <Card className="space-y-3" aria-labelledby="sessions-heading">
        <div className="flex flex-wrap items-center justify-between gap-2">
          <CardTitle id="sessions-heading">{t("fair.sessions", { count: fair.sessions.length })}</CardTitle>
          <Button asChild size="sm">
            <Link href={`/admin/fairs/${fair.id}/sessions/new`}>{t("fair.newSession")}</Link>
          </Button>
        </div>
        {fair.sessions.length === 0 ? (
          <p className="text-sm text-slate-500">{t("fairs.noSessions")}</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {fair.sessions.map((session) => (
              <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/admin/sessions/${session.id}`} className="font-medium text-brand-700 hover:underline">
                  {localized(session, "title", locale)}
                </Link>
                <span className="text-sm text-slate-600">
                  {formatDateRange(session.startDate, session.endDate, locale)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card className="space-y-4" aria-labelledby="details-heading">
        <CardTitle id="details-heading">{t("fair.details")}</CardTitle>
        <FairForm initial={fairFormValues(fair)} timeZones={timeZoneChoices()} />
      </Card>
    </div>
  );
}

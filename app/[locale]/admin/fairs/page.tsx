import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { listHostedFairs } from "@/lib/fairs/console-queries";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatDateRange } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ConsoleHeader } from "@/components/console/console-header";
import { FairStatusBadge } from "@/components/console/fair-status-badge";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "console.fairs" });
  return { title: t("title") };
}

/** The organizer console's start: every fair the organizer's organization hosts, with its sessions. */
export default async function ConsoleFairsPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/fairs", "manage:fair:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("console.fairs");
  const fairs = await listHostedFairs(actor);

  return (
    <div className="space-y-6">
      <ConsoleHeader
        title={t("title")}
        intro={t("intro")}
        actions={
          <Button asChild>
            <Link href="/admin/fairs/new">{t("newFair")}</Link>
          </Button>
        }
      />
      {fairs.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("empty")}</p>
        </Card>
      ) : null}
      {fairs.map((fair) => (
        <Card key={fair.id} className="space-y-3" aria-labelledby={`fair-${fair.id}`} data-testid="console-fair">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div className="min-w-0 space-y-1">
              <h2 id={`fair-${fair.id}`} className="text-lg font-semibold break-words">
                <Link href={`/admin/fairs/${fair.id}`} className="hover:underline">
                  {localized(fair, "name", locale)}
                </Link>
              </h2>
              <p className="text-sm text-slate-600">
                {formatDateRange(fair.startDate, fair.endDate, locale)} · {fair.timeZone}
              </p>
            </div>
            <div className="flex flex-wrap items-center gap-2">
              <FairStatusBadge status={fair.status} />
              <Button asChild size="sm" variant="secondary">
                <Link href={`/admin/fairs/${fair.id}`}>{t("edit")}</Link>
              </Button>
            </div>
          </div>
          {fair.sessions.length === 0 ? (
            <p className="text-sm text-slate-500">{t("noSessions")}</p>
          ) : (
            <ul className="divide-y divide-slate-100" data-testid="console-sessions">
              {fair.sessions.map((session) => (
                <li key={session.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <div className="min-w-0">
                    <Link
                      href={`/admin/sessions/${session.id}`}
                      className="font-medium break-words text-brand-700 hover:underline"
                    >
                      {localized(session, "title", locale)}
                    </Link>
                    <p className="text-sm text-slate-600">
                      {formatDateRange(session.startDate, session.endDate, locale)}
                    </p>
                  </div>
                  <div className="flex flex-wrap gap-2">
                    <Badge>{t("registrations", { count: session._count.registrations })}</Badge>
                    <Badge tone="info">{t("meetings", { count: session._count.meetings })}</Badge>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </Card>
      ))}
    </div>
  );
}

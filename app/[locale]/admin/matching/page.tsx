import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listMatchingFairs } from "@/lib/matching/list-matching-sessions";
import { formatDateRange } from "@/lib/time/format";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { PageHeader } from "@/components/layout/page-header";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "matching.admin" });
  return { title: t("title") };
}

/** The organizer picks a session whose match table to open, or a fair whose weights to tune. */
export default async function MatchingIndexPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/admin/matching", "manage:match:any");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("matching.admin");
  const fairs = await listMatchingFairs(actor);

  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} intro={t("intro")} />
      {fairs.length === 0 ? (
        <Card>
          <p className="text-slate-600">{t("noFairs")}</p>
        </Card>
      ) : null}
      {fairs.map((fair) => (
        <section key={fair.id} aria-labelledby={`fair-${fair.id}`} className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <h2 id={`fair-${fair.id}`} className="text-lg font-semibold break-words">
              {localized(fair, "name", locale)}
            </h2>
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={fair.tuned ? "info" : "neutral"}>{t(fair.tuned ? "weightsTuned" : "weightsDefault")}</Badge>
              <Button asChild size="sm" variant="secondary">
                <Link href={`/admin/matching/weights?fair=${fair.id}`}>{t("weights")}</Link>
              </Button>
            </div>
          </div>
          {fair.sessions.length === 0 ? (
            <Card>
              <p className="text-slate-600">{t("noSessions")}</p>
            </Card>
          ) : (
            <ul className="grid gap-3 sm:grid-cols-2" data-testid="matching-sessions">
              {fair.sessions.map((session) => {
                const title = localized(session, "title", locale);
                return (
                  <li key={session.id}>
                    <Card className="flex h-full flex-col justify-between gap-3 p-4">
                      <div className="space-y-1">
                        <h3 className="font-semibold break-words">{title}</h3>
                        <p className="text-sm text-slate-600">
                          {formatDateRange(session.startDate, session.endDate, locale)}
                        </p>
                        <p className="text-sm text-slate-600">
                          {t("pairs", { count: session._count.matchScores })} ·{" "}
                          {t("proposals", { count: session._count.matchProposals })}
                        </p>
                      </div>
                      <Button asChild size="sm" className="self-start">
                        <Link href={`/admin/matching/${session.id}`} aria-label={t("openTableLabel", { title })}>
                          {t("openTable")}
                        </Link>
                      </Button>
                    </Card>
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}

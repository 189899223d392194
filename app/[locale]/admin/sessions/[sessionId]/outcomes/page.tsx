import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listSessionOutcomes } from "@/lib/outcomes/list-session-outcomes";
import { runNoShowCheck } from "@/lib/outcomes/run-no-show-check";
import { matchesOutcomeFilter, outcomeFilters } from "@/lib/outcomes/session-totals";
import { noShowDeadline } from "@/lib/outcomes/timing";
import { loadOverseenSessionPage, notFoundIfMissing } from "@/lib/scheduling/overseen-session-page";
import { zoneCityName } from "@/lib/time/zone-city";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { PageHeader } from "@/components/layout/page-header";
import { OutcomeFilterForm } from "@/components/outcomes/outcome-filter";
import { SessionOutcomeTotalsView } from "@/components/outcomes/session-outcome-totals";
import { SessionOutcomesTable } from "@/components/outcomes/session-outcomes-table";

type Props = {
  params: Promise<{ locale: AppLocale; sessionId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "outcomes.session" });
  return { title: t("title") };
}

/** The session's outcomes, after marking any no-show the periodic sweep has not reached yet. */
async function loadOutcomes(actor: Actor, sessionId: string, now: Date) {
  const data = await listSessionOutcomes(actor, sessionId, { now });
  const unchecked = data.meetings
    .filter((m) => m.status === "SCHEDULED" && !m.noShowCheckedAt && noShowDeadline(m.startsAt) <= now)
    .map((m) => m.id);
  if (unchecked.length === 0) return data;
  await runNoShowCheck({ now, meetingIds: unchecked });
  return listSessionOutcomes(actor, sessionId, { now });
}

/** Organizers of the hosting fair: per meeting both sides' outcomes and no-shows, with the session's totals. */
export default async function SessionOutcomesPage({ params, searchParams }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const loaded = await loadOverseenSessionPage(locale, sessionId, "outcomes");
  if (!loaded) return <Forbidden />;
  const { actor, session } = loaded;
  const { meetings, totals } = await loadOutcomes(actor, session.id, new Date()).catch(notFoundIfMissing);
  const raw = (await searchParams).outcome;
  const filter = outcomeFilters.find((value) => value === raw);
  const shown = meetings.filter((meeting) => matchesOutcomeFilter(meeting, filter));
  const t = await getTranslations("outcomes.session");

  return (
    <div className="space-y-6">
      <Link href={`/admin/sessions/${session.id}/meetings`} className="text-sm text-brand-700 hover:underline">
        ← {t("back")}
      </Link>
      <PageHeader
        title={t("heading", { title: localized(session, "title", locale) })}
        intro={t("intro", { zone: zoneCityName(actor.timeZone, locale) })}
      />
      {meetings.length === 0 ? (
        <Card data-testid="outcomes-empty">
          <p className="text-slate-600">{t("empty")}</p>
        </Card>
      ) : (
        <>
          <SessionOutcomeTotalsView totals={totals} locale={locale} />
          <OutcomeFilterForm key={filter ?? ""} sessionId={session.id} filter={filter} />
          <p className="text-sm text-slate-600" role="status" data-testid="outcomes-shown">
            {t("shown", { shown: shown.length, total: meetings.length })}
          </p>
          {shown.length === 0 ? (
            <Card>
              <p className="text-slate-600">{t("emptyFiltered")}</p>
            </Card>
          ) : (
            <SessionOutcomesTable
              meetings={shown}
              locale={locale}
              viewerZone={actor.timeZone}
              fairZone={session.fair.timeZone}
            />
          )}
        </>
      )}
    </div>
  );
}

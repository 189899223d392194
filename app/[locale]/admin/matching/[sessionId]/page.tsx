import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { getMatchingSession } from "@/lib/matching/list-matching-sessions";
import { listMatchTable } from "@/lib/matching/list-match-table";
import { listSessionProposals } from "@/lib/matching/list-proposals";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { OffsetPager } from "@/components/catalogue/offset-pager";
import { MatchTable } from "@/components/matching/match-table";
import { SessionPhaseBadge } from "@/components/fairs/session-phase-badge";
import { isSessionOver, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { MatchTableFilters, type MatchTableFilter } from "@/components/matching/match-table-filters";
import { MatchTableStatusBox } from "@/components/matching/match-table-status";

type Search = Record<string, string | string[] | undefined>;
type Props = { params: Promise<{ locale: AppLocale; sessionId: string }>; searchParams: Promise<Search> };

const PAGE_SIZE = 25;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "matching.admin" });
  return { title: t("title") };
}

/** Lenient reading of the URL: anything malformed falls back to "no filter". */
function parseFilter(search: Search): MatchTableFilter {
  const one = (key: string) => (typeof search[key] === "string" ? (search[key] as string) : undefined);
  const sort = one("sort");
  const minScore = Number(one("minScore"));
  const page = Number(one("page"));
  return {
    sort: sort === "buyer" || sort === "supplier" ? sort : "score",
    minScore: one("minScore") && Number.isInteger(minScore) && minScore >= 0 && minScore <= 100 ? minScore : undefined,
    buyer: one("buyer") || undefined,
    supplier: one("supplier") || undefined,
    mutual: one("mutual") === "1",
    page: Number.isInteger(page) && page >= 1 ? page : 1,
  };
}

/** A session's match table for organizers: every requirement against every registered supplier. */
export default async function MatchTablePage({ params, searchParams }: Props) {
  const { locale, sessionId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/admin/matching/${sessionId}`, "manage:match:any");
  if (!actor) return <Forbidden />;
  const session = await getMatchingSession(actor, sessionId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const filter = parseFilter(await searchParams);
  const t = await getTranslations("matching.admin");
  const tSessionMeetings = await getTranslations("sessionMeetings");
  const [table, proposals] = await Promise.all([
    listMatchTable(actor, session.id, {
      sort: filter.sort,
      minScore: filter.minScore,
      buyerOrgId: filter.buyer,
      supplierOrgId: filter.supplier,
      mutualOnly: filter.mutual || undefined,
      page: filter.page,
      pageSize: PAGE_SIZE,
      locale,
    }),
    listSessionProposals(actor, session.id),
  ]);
  const title = localized(session, "title", locale);
  const now = new Date();
  const lifecycle = toLifecycleInput(session);
  const option = (o: { id: string; nameEn: string | null; nameZh: string | null; nameRu: string | null }) => ({
    id: o.id,
    name: localized(o, "name", locale),
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, locale);
  const filtered = filter.minScore !== undefined || filter.buyer || filter.supplier || filter.mutual;
  const query = Object.fromEntries(
    Object.entries({
      sort: filter.sort === "score" ? undefined : filter.sort,
      minScore: filter.minScore === undefined ? undefined : String(filter.minScore),
      buyer: filter.buyer,
      supplier: filter.supplier,
      mutual: filter.mutual ? "1" : undefined,
    }).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );

  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <Link href="/admin/matching" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <div className="flex flex-wrap items-center gap-3">
          <h1 className="text-2xl font-semibold break-words">{title}</h1>
          <SessionPhaseBadge session={lifecycle} now={now} />
        </div>
        <p className="text-slate-600">{localized(session.fair, "name", locale)}</p>
        <Link href={`/admin/sessions/${session.id}/meetings`} className="text-sm text-brand-700 hover:underline">
          {tSessionMeetings("link")} →
        </Link>
      </header>
      <MatchTableStatusBox status={table.status} sessionId={session.id} locale={locale} timeZone={actor.timeZone} />
      <MatchTableFilters
        sessionId={session.id}
        filter={filter}
        buyers={session.buyers.map(option).sort(byName)}
        suppliers={session.suppliers.map(option).sort(byName)}
      />
      <p className="text-sm text-slate-600" role="status" data-testid="match-table-total">
        {t("table.total", { count: table.total })}
      </p>
      {table.rows.length === 0 ? (
        <Card>
          <p className="text-slate-600">{filtered ? t("table.empty") : t("table.emptyTable")}</p>
        </Card>
      ) : (
        <MatchTable
          rows={table.rows}
          proposals={proposals}
          sessionId={session.id}
          caption={t("table.caption", { title })}
          canPropose={!isSessionOver(lifecycle, now)}
          locale={locale}
        />
      )}
      <OffsetPager
        path={`/admin/matching/${session.id}`}
        query={query}
        page={table.page}
        pageCount={Math.ceil(table.total / PAGE_SIZE)}
      />
    </div>
  );
}

import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Currency } from "@/lib/generated/prisma/enums";
import { entityIdSchema } from "@/lib/meetings/schemas";
import { requireHostedFair } from "@/lib/tenancy/hosted";
import type { ReportFilters } from "./filters";
import {
  meetingFiguresSql,
  previousEditionSql,
  registrationFiguresSql,
  requestFiguresSql,
  type MeetingFigureRow,
  type RegistrationFigureRow,
  type ReportScope,
  type RequestFigureRow,
} from "./fair-report-sql";
import { headlineOf, shapeMeetingFigures, type Headline } from "./report-shape";

const titled = { nameEn: true, nameZh: true, nameRu: true } as const;

type PreviousEdition = {
  id: string;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  startDate: Date;
  sessionIds: string[];
  sessionId: string | null;
};

/**
 * The organizer's results of one fair (or one of its sessions), filtered: registrations,
 * requests, meetings and their outcome funnel, order values per currency and converted,
 * the breakdowns (session, category, Zhejiang city, federal district, region, day) and the
 * previous edition's headline for comparison. Only the organizer hosting the fair; a fixed
 * number of statements whatever the fair's size: the fair with its sessions, categories
 * and rates (one Prisma query), the category names, the previous edition, then the
 * meeting, request and registration figures (aggregated in PostgreSQL), and the same three
 * totals for the previous edition when there is one.
 */
export async function loadFairReport(
  actor: Actor,
  rawFairId: string,
  filters: ReportFilters,
  { now = new Date() }: { now?: Date } = {},
) {
  requirePermission(actor, "read:report:any");
  const fair = await requireHostedFair(actor, entityIdSchema.parse(rawFairId), {
    query: {
      select: {
        id: true,
        slug: true,
        ...titled,
        timeZone: true,
        startDate: true,
        endDate: true,
        hostOrganizationId: true,
        sessions: {
          orderBy: [{ startDate: "asc" }, { position: "asc" }],
          select: {
            id: true,
            slug: true,
            titleEn: true,
            titleZh: true,
            titleRu: true,
            startDate: true,
            endDate: true,
            categories: { select: { category: { select: { id: true, parentId: true, ...titled } } } },
          },
        },
        exchangeRates: { select: { currency: true, perUsdCentMicros: true } },
      },
    },
  });
  const session = filters.session ? fair.sessions.find((s) => s.id === filters.session) : undefined;
  if (filters.session && !session) throw new AppError("VALIDATION", "invalid", { session: "invalid" });
  const allCategories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, parentId: true, ...titled },
  });
  if (filters.category && !allCategories.some((c) => c.id === filters.category))
    throw new AppError("VALIDATION", "invalid", { category: "invalid" });

  const currency: Currency = filters.currency ?? "USD";
  const scope: ReportScope = {
    fairId: fair.id,
    sessionIds: session ? [session.id] : fair.sessions.map((s) => s.id),
    categoryId: filters.category,
    region: filters.region,
    from: filters.from,
    to: filters.to,
    currency,
    ratesFairId: fair.id,
    now,
  };
  const [previous] = await db.$queryRaw<PreviousEdition[]>(previousEditionSql(fair.id, session?.id ?? null));
  const [meetingRows, requestRows, registrationRows] = await Promise.all([
    db.$queryRaw<MeetingFigureRow[]>(meetingFiguresSql(scope, { breakdowns: true })),
    db.$queryRaw<RequestFigureRow[]>(requestFiguresSql(scope)),
    db.$queryRaw<RegistrationFigureRow[]>(registrationFiguresSql(scope)),
  ]);
  const comparison = previous ? await loadPreviousHeadline(scope, previous, Boolean(session)) : null;

  return {
    fair,
    session: session ?? null,
    categories: categoriesOf(fair.sessions),
    allCategories,
    filters: { ...filters, currency },
    rates: fair.exchangeRates,
    ...shapeMeetingFigures(meetingRows, requestRows, registrationRows),
    previous: comparison,
  };
}
export type FairReport = Awaited<ReturnType<typeof loadFairReport>>;

/** The previous edition's headline under the same filters (except the days, which it does not share). */
async function loadPreviousHeadline(
  scope: ReportScope,
  previous: PreviousEdition,
  bySession: boolean,
): Promise<{ edition: PreviousEdition; headline: Headline } | null> {
  if (bySession && !previous.sessionId) return null;
  const prior: ReportScope = {
    ...scope,
    fairId: previous.id,
    sessionIds: bySession && previous.sessionId ? [previous.sessionId] : previous.sessionIds,
    from: undefined,
    to: undefined,
  };
  const [meetings, requests, registrations] = await Promise.all([
    db.$queryRaw<MeetingFigureRow[]>(meetingFiguresSql(prior, { breakdowns: false })),
    db.$queryRaw<RequestFigureRow[]>(requestFiguresSql(prior)),
    db.$queryRaw<RegistrationFigureRow[]>(registrationFiguresSql(prior)),
  ]);
  return { edition: previous, headline: headlineOf(meetings, requests, registrations) };
}

type SessionWithCategories = {
  categories: { category: { id: string; parentId: string | null; nameEn: string; nameZh: string; nameRu: string } }[];
};

/** The categories the fair's sessions offer, each once, in the order first met. */
function categoriesOf(sessions: SessionWithCategories[]) {
  const seen = new Map<string, SessionWithCategories["categories"][number]["category"]>();
  for (const session of sessions) for (const { category } of session.categories) seen.set(category.id, category);
  return [...seen.values()];
}

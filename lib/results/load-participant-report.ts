import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { AppError } from "@/lib/errors";
import type { Currency, MatchSide } from "@/lib/generated/prisma/enums";
import { listOpenFollowUps } from "@/lib/follow-ups/list-follow-ups";
import { entityIdSchema } from "@/lib/meetings/schemas";
import { ownOrganizationId } from "@/lib/tenancy/tenant-scope";

const names = { select: { id: true, nameEn: true, nameZh: true, nameRu: true, city: true } } as const;
const ownReport = { side: true, outcome: true, estimatedValueMinor: true, currency: true, note: true } as const;

/** Fairs in which the organization registered for a session or had a meeting. */
function tookPartIn(organizationId: string) {
  return {
    sessions: {
      some: {
        OR: [
          { registrations: { some: { organizationId } } },
          { meetings: { some: { OR: [{ supplierOrgId: organizationId }, { buyerOrgId: organizationId }] } } },
        ],
      },
    },
  };
}

/** The fairs a supplier or buyer took part in, latest first (the "my fair" index). */
export async function listParticipantFairs(actor: Actor) {
  requirePermission(actor, "read:report:own");
  return db.fair.findMany({
    where: tookPartIn(ownOrganizationId(actor)),
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    select: { id: true, nameEn: true, nameZh: true, nameRu: true, startDate: true, endDate: true, timeZone: true },
  });
}

/**
 * A supplier's or buyer's own fair: its meetings with counterparts, its own outcome reports
 * in full and, of each counterpart's report, only whether one exists (the privacy rule of
 * lib/outcomes/get-meeting-outcomes.ts, applied in the query), its totals and the follow-ups
 * it has not done yet (lib/follow-ups). Another organization's meetings are never read; a fair
 * it took no part in is NOT_FOUND. Four statements (fair, meetings, follow-ups ×2).
 */
export async function loadParticipantReport(actor: Actor, rawFairId: string, { now = new Date() } = {}) {
  requirePermission(actor, "read:report:own");
  const organizationId = ownOrganizationId(actor);
  const fairId = entityIdSchema.parse(rawFairId);
  const side: MatchSide = actor.organization?.kind === "SUPPLIER" ? "SUPPLIER" : "BUYER";
  const otherSide: MatchSide = side === "SUPPLIER" ? "BUYER" : "SUPPLIER";
  const fair = await db.fair.findFirst({
    where: { id: fairId, ...tookPartIn(organizationId) },
    select: { id: true, nameEn: true, nameZh: true, nameRu: true, startDate: true, endDate: true, timeZone: true },
  });
  if (!fair) throw new AppError("NOT_FOUND", "fairNotFound");
  const ours = side === "SUPPLIER" ? { supplierOrgId: organizationId } : { buyerOrgId: organizationId };
  const [rows, followUps] = await Promise.all([
    db.meeting.findMany({
      where: { ...ours, session: { fairId: fair.id } },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        id: true,
        startsAt: true,
        endsAt: true,
        status: true,
        supplierNoShow: true,
        buyerNoShow: true,
        session: { select: { id: true, titleEn: true, titleZh: true, titleRu: true } },
        supplierOrg: names,
        buyerOrg: names,
        outcomeReports: { where: { side }, select: ownReport },
        _count: { select: { outcomeReports: { where: { side: otherSide } } } },
      },
    }),
    listOpenFollowUps(actor, { fairId: fair.id }),
  ]);
  const meetings = rows.map((row) => ({
    id: row.id,
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    status: row.status,
    session: row.session,
    counterpart: side === "SUPPLIER" ? row.buyerOrg : row.supplierOrg,
    ownNoShow: side === "SUPPLIER" ? row.supplierNoShow : row.buyerNoShow,
    counterpartNoShow: side === "SUPPLIER" ? row.buyerNoShow : row.supplierNoShow,
    own: row.outcomeReports[0] ?? null,
    otherReported: row._count.outcomeReports > 0,
    held:
      row.status !== "CANCELLED" &&
      row.startsAt <= now &&
      (row.outcomeReports.length > 0 || row._count.outcomeReports > 0 || !(row.supplierNoShow || row.buyerNoShow)),
  }));
  return { fair, side, meetings, totals: participantTotals(meetings), followUps };
}
export type ParticipantReport = Awaited<ReturnType<typeof loadParticipantReport>>;

type TotalsInput = {
  status: string;
  held: boolean;
  ownNoShow: boolean;
  counterpartNoShow: boolean;
  own: { outcome: string; estimatedValueMinor: bigint | null; currency: Currency | null } | null;
};

/** The participant's own figures: meetings, held, no-shows, its reports and its own order estimates per currency. */
function participantTotals(meetings: TotalsInput[]) {
  const value = new Map<Currency, bigint>();
  for (const m of meetings)
    if (m.own?.outcome === "ORDER_INTENT" && m.own.estimatedValueMinor && m.own.currency)
      value.set(m.own.currency, (value.get(m.own.currency) ?? 0n) + m.own.estimatedValueMinor);
  const count = (test: (m: TotalsInput) => boolean) => meetings.filter(test).length;
  return {
    booked: meetings.length,
    cancelled: count((m) => m.status === "CANCELLED"),
    held: count((m) => m.held),
    counterpartNoShows: count((m) => m.status !== "CANCELLED" && m.counterpartNoShow),
    reported: count((m) => m.own !== null),
    orderIntents: count((m) => m.own?.outcome === "ORDER_INTENT"),
    valueByCurrency: [...value.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([currency, minor]) => ({ currency, minor })),
  };
}

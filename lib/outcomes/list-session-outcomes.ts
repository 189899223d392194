import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { entityIdSchema } from "@/lib/meetings/schemas";
import { outcomeReportSelect } from "./get-meeting-outcomes";
import { sessionOutcomeTotals } from "./session-totals";

const party = { select: { id: true, nameEn: true, nameZh: true, nameRu: true } } as const;

/**
 * Every meeting of a session whose slot has begun (cancelled ones left out), with
 * both sides' full reports, the no-show marks and the session's totals. For
 * organizers of the fair that hosts the session only; for anyone else it does not exist.
 */
export async function listSessionOutcomes(actor: Actor, rawSessionId: string, { now = new Date() } = {}) {
  requirePermission(actor, "oversee:meeting:any");
  const sessionId = entityIdSchema.parse(rawSessionId);
  const session = await requireHostedSession(actor, sessionId, { query: { select: { id: true } } });
  const meetings = await db.meeting.findMany({
    where: { sessionId: session.id, status: { not: "CANCELLED" }, startsAt: { lte: now } },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      startsAt: true,
      endsAt: true,
      status: true,
      outcome: true,
      supplierNoShow: true,
      buyerNoShow: true,
      noShowCheckedAt: true,
      supplierOrg: party,
      buyerOrg: party,
      outcomeReports: { select: outcomeReportSelect, orderBy: { side: "asc" } },
    },
  });
  const rows = meetings.map(({ outcomeReports, ...meeting }) => ({ ...meeting, reports: outcomeReports }));
  return { meetings: rows, totals: sessionOutcomeTotals(rows) };
}
export type SessionOutcomeRow = Awaited<ReturnType<typeof listSessionOutcomes>>["meetings"][number];

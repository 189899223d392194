import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { VIEWER_FRESH_MS } from "./engagement";
import { programmeSelect } from "./load-programme";
import { showcaseState } from "./showcase-state";

/**
 * A hosted session's whole programme for its organizers: every showcase whatever its status,
 * with its review, audience now and at peak, followers and questions; and the session's
 * limit of simultaneous showcases. Constant statements.
 */
export async function loadConsoleProgramme(actor: Actor, sessionId: string, now = new Date()) {
  const session = await requireHostedSession(actor, sessionId, {
    query: { select: { id: true, showcaseOverlapLimit: true, fair: { select: { timeZone: true } } } },
  });
  const [showcases, watching] = await Promise.all([
    db.showcase.findMany({
      where: { sessionId: session.id },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: {
        ...programmeSelect,
        reviewNote: true,
        peakViewers: true,
        _count: { select: { products: true, follows: true, views: true, meetingRequests: true } },
      },
    }),
    db.showcaseView.groupBy({
      by: ["showcaseId"],
      where: { showcase: { sessionId: session.id }, lastSeenAt: { gt: new Date(now.getTime() - VIEWER_FRESH_MS) } },
      _count: { _all: true },
    }),
  ]);
  const watchingNow = new Map(watching.map((row) => [row.showcaseId, row._count._all]));
  return {
    session,
    showcases: showcases.map((showcase) => ({
      ...showcase,
      state: showcaseState(showcase, now),
      watchingNow: watchingNow.get(showcase.id) ?? 0,
    })),
  };
}

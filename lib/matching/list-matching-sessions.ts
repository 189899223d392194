import "server-only";
import { sessionLifecycleSelect } from "@/lib/fairs/lifecycle";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireHostedFair, requireHostedSession } from "@/lib/tenancy/hosted";
import { hostedFairs } from "@/lib/tenancy/tenant-scope";
import { effectiveWeights } from "./weights";

const titles = { titleEn: true, titleZh: true, titleRu: true } as const;

/** The organizer's fairs with their sessions and each session's background match-table state. */
export async function listMatchingFairs(actor: Actor) {
  requirePermission(actor, "manage:match:any");
  const fairs = await db.fair.findMany({
    where: hostedFairs(actor),
    orderBy: [{ startDate: "desc" }, { id: "asc" }],
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      nameRu: true,
      matchWeights: true,
      sessions: {
        orderBy: [{ position: "asc" }, { startDate: "asc" }],
        select: {
          id: true,
          ...titles,
          startDate: true,
          endDate: true,
          matchTableRun: { select: { status: true, finishedAt: true, pairs: true } },
          _count: { select: { matchScores: true, matchProposals: { where: { withdrawnAt: null } } } },
        },
      },
    },
  });
  return fairs.map(({ matchWeights, ...fair }) => ({ ...fair, tuned: matchWeights !== null }));
}

/** One hosted session (with its fair) for the match-table page, or NOT_FOUND. */
export async function getMatchingSession(actor: Actor, sessionId: string) {
  requirePermission(actor, "manage:match:any");
  const session = await requireHostedSession(actor, sessionId, {
    query: {
      select: {
        id: true,
        ...titles,
        ...sessionLifecycleSelect,
        fair: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, ...sessionLifecycleSelect.fair.select } },
        registrations: {
          where: { status: "APPROVED", organization: { status: "APPROVED" } },
          select: { organization: { select: { id: true, kind: true, nameEn: true, nameZh: true, nameRu: true } } },
        },
      },
    },
  });
  const organizations = session.registrations.map((registration) => registration.organization);
  return {
    ...session,
    buyers: organizations.filter((o) => o.kind === "BUYER"),
    suppliers: organizations.filter((o) => o.kind === "SUPPLIER"),
  };
}

/** A hosted fair's effective weights and whether the organizer tuned them. */
export async function getFairWeights(actor: Actor, fairId: string) {
  requirePermission(actor, "manage:match:any");
  const fair = await requireHostedFair(actor, fairId, {
    query: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, matchWeights: true } },
  });
  return { ...fair, weights: effectiveWeights(fair.matchWeights), tuned: fair.matchWeights !== null };
}

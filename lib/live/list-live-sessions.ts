import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { sessionLifecycleSelect, sessionPhase, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { hostedFairs } from "@/lib/tenancy/tenant-scope";
import { sessionHeadingSelect } from "@/lib/fairs/session-select";

const DAY_MS = 86_400_000;

/**
 * The sessions the organizer's organization hosts that are live now (lib/fairs/lifecycle.ts),
 * for the organizer's "Now" page: each links to its live board.
 */
export async function listLiveSessions(actor: Actor, { now }: { now: Date }) {
  requirePermission(actor, "oversee:meeting:any");
  if (!actor.organizationId) return [];
  // Calendar dates within a day of today (UTC) cover every zone; the lifecycle decides exactly.
  const sessions = await db.fairSession.findMany({
    where: {
      fair: { ...hostedFairs(actor), status: "PUBLISHED" },
      startDate: { lte: new Date(now.getTime() + DAY_MS) },
      endDate: { gte: new Date(now.getTime() - 2 * DAY_MS) },
    },
    orderBy: [{ startDate: "asc" }, { position: "asc" }, { id: "asc" }],
    select: {
      ...sessionHeadingSelect,
      ...sessionLifecycleSelect,
      fair: { select: { nameEn: true, nameZh: true, nameRu: true, ...sessionLifecycleSelect.fair.select } },
    },
  });
  return sessions.filter((session) => sessionPhase(toLifecycleInput(session), now) === "live");
}

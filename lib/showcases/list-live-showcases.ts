import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { PUBLISH_OPENS_BEFORE_MS } from "./access-window";
import { LIVE_GRACE_MS, showcaseState } from "./showcase-state";
import { programmeSelect } from "./load-programme";

const LIVE_LIMIT = 8;

/**
 * The "live now" showcases for the actor's "Now" view: approved showcases on air or about to
 * start in the sessions its organization is approved for, its own, and for organizers those
 * of the fairs they host. The access rule's participant case, asked for all sessions at once.
 */
export async function listLiveShowcases(actor: Actor, now = new Date()) {
  const organizationId = actor.organizationId;
  if (!organizationId) return [];
  const reach = can(actor, "review:showcase:any")
    ? [{ session: { fair: { hostOrganizationId: organizationId } } }]
    : can(actor, "watch:showcase:own") && actor.organization?.status === "APPROVED"
      ? [{ organizationId }, { session: { registrations: { some: { organizationId, status: "APPROVED" as const } } } }]
      : [];
  if (reach.length === 0) return [];
  const rows = await db.showcase.findMany({
    where: {
      status: "APPROVED",
      OR: reach,
      startsAt: { lte: new Date(now.getTime() + PUBLISH_OPENS_BEFORE_MS) },
      endsAt: { gt: new Date(now.getTime() - LIVE_GRACE_MS) },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: LIVE_LIMIT,
    select: {
      ...programmeSelect,
      session: {
        select: {
          titleEn: true,
          titleZh: true,
          titleRu: true,
          fair: { select: { hostOrganizationId: true, timeZone: true } },
        },
      },
    },
  });
  return rows
    .map((row) => ({ ...row, state: showcaseState(row, now) }))
    .filter((row) => row.state === "live" || row.state === "starting");
}

/** A session's approved showcases on air now (the session page's "live now"; titles are public). */
export async function listSessionLiveShowcases(sessionId: string, now = new Date()) {
  const rows = await db.showcase.findMany({
    where: {
      sessionId,
      status: "APPROVED",
      liveStartedAt: { not: null },
      liveEndedAt: null,
      endsAt: { gt: new Date(now.getTime() - LIVE_GRACE_MS) },
    },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: LIVE_LIMIT,
    select: programmeSelect,
  });
  return rows.map((row) => ({ ...row, state: showcaseState(row, now) })).filter((row) => row.state === "live");
}

import "server-only";
import { can, canOn } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { Prisma } from "@/lib/generated/prisma/client";
import { dbClient, type DbClient } from "@/lib/scheduling/db-client";
import { PUBLISH_OPENS_BEFORE_MS } from "./access-window";

/** What the access rules read of a showcase; load it with `showcaseAccessSelect`. */
export const showcaseAccessSelect = {
  id: true,
  sessionId: true,
  organizationId: true,
  status: true,
  isPublic: true,
  startsAt: true,
  endsAt: true,
  session: { select: { fair: { select: { hostOrganizationId: true, status: true } } } },
} satisfies Prisma.ShowcaseSelect;

export type ShowcaseAccessRow = Prisma.ShowcaseGetPayload<{ select: typeof showcaseAccessSelect }>;

/** The showcase's access facts, or null when there is no such showcase. */
export function loadShowcaseAccess(showcaseId: string, { tx = dbClient }: { tx?: DbClient } = {}) {
  return tx.showcase.findUnique({ where: { id: showcaseId }, select: showcaseAccessSelect });
}

/** The capacity in which someone looks at a showcase. */
export type ShowcaseSeat = "supplier" | "organizer" | "participant" | "public";

/** The showcase's own supplier: a member of its (approved) organization who manages showcases. */
export function isShowcaseSupplier(actor: Actor | null, showcase: Pick<ShowcaseAccessRow, "organizationId">): boolean {
  return (
    actor != null &&
    can(actor, "manage:showcase:own") &&
    canOn(actor, "manage:showcase", showcase) &&
    actor.organization?.status === "APPROVED"
  );
}

/** An organizer of the organization hosting the showcase's fair. */
export function isShowcaseOrganizer(actor: Actor | null, showcase: ShowcaseAccessRow): boolean {
  return (
    actor != null &&
    can(actor, "review:showcase:any") &&
    actor.organizationId != null &&
    actor.organizationId === showcase.session.fair.hostOrganizationId
  );
}

/**
 * Whether the actor is a signed-in member of an approved organization registered and approved
 * for the session (one statement; callers listing many showcases of a session ask once).
 */
export async function isApprovedParticipant(
  actor: Actor | null,
  sessionId: string,
  { tx = dbClient }: { tx?: DbClient } = {},
): Promise<boolean> {
  if (!actor || !can(actor, "watch:showcase:own") || actor.organization?.status !== "APPROVED") return false;
  if (!actor.organizationId) return false;
  const registration = await tx.sessionRegistration.findFirst({
    where: { sessionId, organizationId: actor.organizationId, status: "APPROVED" },
    select: { id: true },
  });
  return registration != null;
}

/**
 * THE rule of who may watch a showcase (page, chat, credentials for its room), and as what:
 * its own supplier and the hosting organizers always (they also see it before approval);
 * anyone else only once it is approved, and then everyone (signed in or not) when the
 * organizer made it public, otherwise signed-in members of an approved organization
 * registered and approved for its session (`participant`, from isApprovedParticipant).
 * Null: may not watch.
 */
export function seatOf(actor: Actor | null, showcase: ShowcaseAccessRow, participant: boolean): ShowcaseSeat | null {
  if (isShowcaseSupplier(actor, showcase)) return "supplier";
  if (isShowcaseOrganizer(actor, showcase)) return "organizer";
  if (showcase.status !== "APPROVED") return null;
  if (participant) return "participant";
  return showcase.isPublic ? "public" : null;
}

/** The actor's seat at one showcase (see seatOf); null: may not watch. */
export async function showcaseSeatOf(
  actor: Actor | null,
  showcase: ShowcaseAccessRow,
  options: { tx?: DbClient } = {},
): Promise<ShowcaseSeat | null> {
  return seatOf(actor, showcase, await isApprovedParticipant(actor, showcase.sessionId, options));
}

/** Whether the actor (null: nobody signed in) may watch the showcase; see showcaseSeatOf. */
export async function mayWatchShowcase(
  actor: Actor | null,
  showcase: ShowcaseAccessRow,
  options: { tx?: DbClient } = {},
): Promise<boolean> {
  return (await showcaseSeatOf(actor, showcase, options)) !== null;
}

/**
 * Who may broadcast: only the showcase's own supplier, only an approved showcase, and only
 * from 10 minutes before its start until its end.
 */
export function mayPublishShowcase(actor: Actor | null, showcase: ShowcaseAccessRow, now: Date): boolean {
  return (
    isShowcaseSupplier(actor, showcase) &&
    showcase.status === "APPROVED" &&
    now.getTime() >= showcase.startsAt.getTime() - PUBLISH_OPENS_BEFORE_MS &&
    now.getTime() < showcase.endsAt.getTime()
  );
}

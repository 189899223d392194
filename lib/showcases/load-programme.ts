import "server-only";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import type { FairStatus } from "@/lib/generated/prisma/enums";
import { isApprovedParticipant, seatOf, showcaseAccessSelect } from "./access";
import { showcaseState } from "./showcase-state";

const names = { nameEn: true, nameZh: true, nameRu: true } as const;

/** Fairs whose showcase programme anyone may read (a draft fair's is its organizers' only). */
export const PROGRAMME_FAIR_STATUSES: FairStatus[] = ["PUBLISHED", "ARCHIVED"];

/** A showcase's title and description in the three languages. */
export const showcaseTextsSelect = {
  titleEn: true,
  titleZh: true,
  titleRu: true,
  descriptionEn: true,
  descriptionZh: true,
  descriptionRu: true,
} as const;

/** The programme columns of a showcase (public page, console, "Now"). */
export const programmeSelect = {
  ...showcaseAccessSelect,
  ...showcaseTextsSelect,
  liveStartedAt: true,
  liveEndedAt: true,
  recordingStatus: true,
  organization: { select: { id: true, city: true, ...names } },
  _count: { select: { products: true } },
} as const;

/**
 * A published session's programme for anyone: its approved showcases in time order, each with
 * its state, whether the viewer may watch it and follows it. Null when there is no such
 * published session. Three statements whatever the number of showcases.
 */
export async function loadSessionProgramme(
  actor: Actor | null,
  fairSlug: string,
  sessionSlug: string,
  now = new Date(),
) {
  const session = await db.fairSession.findFirst({
    where: { slug: sessionSlug, fair: { slug: fairSlug, status: { in: PROGRAMME_FAIR_STATUSES } } },
    select: {
      id: true,
      slug: true,
      titleEn: true,
      titleZh: true,
      titleRu: true,
      fair: { select: { slug: true, timeZone: true, ...names } },
    },
  });
  if (!session) return null;
  const [showcases, participant, follows] = await Promise.all([
    db.showcase.findMany({
      where: { sessionId: session.id, status: "APPROVED" },
      orderBy: [{ startsAt: "asc" }, { id: "asc" }],
      select: programmeSelect,
    }),
    isApprovedParticipant(actor, session.id),
    actor
      ? db.showcaseFollow.findMany({
          where: { userId: actor.id, showcase: { sessionId: session.id } },
          select: { showcaseId: true },
        })
      : Promise.resolve([]),
  ]);
  const followed = new Set(follows.map((follow) => follow.showcaseId));
  return {
    session,
    mayFollow: actor != null && can(actor, "follow:showcase:own"),
    showcases: showcases.map((showcase) => ({
      ...showcase,
      state: showcaseState({ ...showcase, recordingStatus: showcase.recordingStatus }, now),
      mayWatch: seatOf(actor, showcase, participant) !== null,
      following: followed.has(showcase.id),
    })),
  };
}

export type SessionProgramme = NonNullable<Awaited<ReturnType<typeof loadSessionProgramme>>>;

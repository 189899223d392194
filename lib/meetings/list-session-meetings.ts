import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { meetingSummarySelect } from "./meeting-view";
import { entityIdSchema } from "./schemas";

/** Every meeting of a session (cancelled ones too), for organizers of the fair that hosts it. */
export async function listSessionMeetings(actor: Actor, rawSessionId: string) {
  requirePermission(actor, "meeting:oversee");
  const sessionId = entityIdSchema.parse(rawSessionId);
  const session = await db.fairSession.findFirst({
    where: { id: sessionId, fair: { hostOrganizationId: actor.organizationId ?? "" } },
    select: { id: true },
  });
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  return db.meeting.findMany({
    where: { sessionId: session.id },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: meetingSummarySelect,
  });
}

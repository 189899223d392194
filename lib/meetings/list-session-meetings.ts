import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { meetingSummarySelect } from "./meeting-view";
import { entityIdSchema } from "./schemas";

/** Every meeting of a session (cancelled ones too), for organizers of the fair that hosts it. */
export async function listSessionMeetings(actor: Actor, rawSessionId: string) {
  requirePermission(actor, "oversee:meeting:any");
  const sessionId = entityIdSchema.parse(rawSessionId);
  const session = await requireHostedSession(actor, sessionId, { query: { select: { id: true } } });
  return db.meeting.findMany({
    where: { sessionId: session.id },
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    select: meetingSummarySelect,
  });
}

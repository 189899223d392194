import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { sessionHeadingSelect } from "@/lib/fairs/session-select";

/** A session of a fair the organizer's organization hosts (title, fair, zone, dates), or NOT_FOUND. */
export async function getOverseenSession(actor: Actor, sessionId: string) {
  requirePermission(actor, "meeting:oversee");
  const session = await db.fairSession.findFirst({
    where: { id: sessionId, fair: { hostOrganizationId: actor.organizationId ?? "" } },
    select: {
      ...sessionHeadingSelect,
      fair: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, timeZone: true } },
    },
  });
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  return session;
}

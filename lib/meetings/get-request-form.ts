import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { listFreeSlots } from "@/lib/scheduling/list-free-slots";
import { dbClient } from "@/lib/scheduling/db-client";
import { requireSessionAllows } from "@/lib/fairs/require-session-allows";

/**
 * What the "request a meeting" page needs: the counterpart (name, city, zone), the
 * session and the slots free for both sides. listFreeSlots does every check (the
 * actor's organization approved and registered, the other one of the opposite kind
 * and registered too); anything else throws its AppError. An ended session says
 * so (SESSION_ENDED) instead of offering no slots.
 */
export async function getRequestForm(
  actor: Actor,
  input: { sessionId: string; organizationId: string },
  { now = new Date() } = {},
) {
  await requireSessionAllows(dbClient, input.sessionId, "meet", now);
  const slots = await listFreeSlots(actor, { sessionId: input.sessionId, organizationId: input.organizationId });
  const [counterpart, session] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: input.organizationId },
      select: { id: true, kind: true, nameEn: true, nameZh: true, nameRu: true, city: true, timeZone: true },
    }),
    db.fairSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { id: true, titleEn: true, titleZh: true, titleRu: true, startDate: true },
    }),
  ]);
  return { counterpart, session, slots };
}

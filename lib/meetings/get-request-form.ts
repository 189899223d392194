import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { listFreeSlots } from "@/lib/scheduling/list-free-slots";

/**
 * What the "request a meeting" page needs: the counterpart (name, city, zone), the
 * session and the slots free for both sides. listFreeSlots does every check (the
 * actor's organization approved and registered, the other one of the opposite kind
 * and registered too); anything else throws its AppError.
 */
export async function getRequestForm(actor: Actor, input: { sessionId: string; organizationId: string }) {
  const slots = await listFreeSlots(actor, { sessionId: input.sessionId, organizationId: input.organizationId });
  const [counterpart, session] = await Promise.all([
    db.organization.findUniqueOrThrow({
      where: { id: input.organizationId },
      select: { id: true, kind: true, nameEn: true, nameZh: true, nameRu: true, city: true, timeZone: true },
    }),
    db.fairSession.findUniqueOrThrow({
      where: { id: input.sessionId },
      select: { id: true, titleEn: true, titleZh: true, titleRu: true },
    }),
  ]);
  return { counterpart, session, slots };
}

import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import type { MeetingEvent } from "./events";

/**
 * Marks every PENDING request past its expiry EXPIRED, so it stops blocking a new
 * request between the pair, and returns one event per request (both sides are
 * told). Meant for a periodic job; safe to run concurrently (each row flips once).
 */
export async function expireRequests(now: Date = new Date()): Promise<MeetingEvent[]> {
  return db.$transaction(async (tx) => {
    const expired = await tx.meetingRequest.updateManyAndReturn({
      where: { status: "PENDING", expiresAt: { lte: now } },
      data: { status: "EXPIRED" },
      select: { id: true, fromOrganizationId: true, toOrganizationId: true },
    });
    if (expired.length === 0) return [];
    const organizationIds = [...new Set(expired.flatMap((r) => [r.fromOrganizationId, r.toOrganizationId]))];
    const users = await tx.user.findMany({
      where: { organizationId: { in: organizationIds }, disabledAt: null },
      select: { id: true, organizationId: true },
      orderBy: { id: "asc" },
    });
    const usersOf = (organizationId: string) =>
      users.filter((u) => u.organizationId === organizationId).map((u) => u.id);
    const events: MeetingEvent[] = [];
    for (const request of expired) {
      await recordAudit(tx, {
        actorId: null,
        action: "meetingRequest.expired",
        entityType: "MeetingRequest",
        entityId: request.id,
        organizationId: request.fromOrganizationId,
      });
      events.push({
        kind: "expired",
        requestId: request.id,
        recipients: [...usersOf(request.fromOrganizationId), ...usersOf(request.toOrganizationId)],
      });
    }
    return events;
  });
}

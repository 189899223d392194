import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { listAcceptableSlots } from "./list-acceptable-slots";
import { entityIdSchema } from "./schemas";

const party = {
  select: { id: true, kind: true, nameEn: true, nameZh: true, nameRu: true, city: true, country: true, timeZone: true },
} as const;

/**
 * One request of the actor's organization (sent or received). While it is open
 * and the actor's side received it, `freeSlots` lists the slots it may be accepted
 * at (the preferred ones first, then the rest in time order); otherwise it is empty.
 */
export async function getRequest(actor: Actor, rawRequestId: string, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const requestId = entityIdSchema.parse(rawRequestId);
  const request = await db.meetingRequest.findFirst({
    where: { id: requestId, OR: [{ fromOrganizationId: organization.id }, { toOrganizationId: organization.id }] },
    include: {
      fromOrganization: party,
      toOrganization: party,
      requestedBy: { select: { id: true, name: true } },
      meeting: { select: { id: true, startsAt: true, endsAt: true, status: true } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", "requestNotFound");
  const lapsed = request.status === "PENDING" && request.expiresAt <= now;
  const direction = request.toOrganizationId === organization.id ? "incoming" : "outgoing";
  const answerable = request.status === "PENDING" && !lapsed && direction === "incoming";
  const freeSlots = answerable ? ((await listAcceptableSlots([request], { now })).get(request.id) ?? []) : [];
  return { ...request, status: lapsed ? ("EXPIRED" as const) : request.status, direction, freeSlots };
}

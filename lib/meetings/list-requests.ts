import "server-only";
import { db } from "@/lib/db";
import { requireApprovedOrganization, requirePermission, type Actor } from "@/lib/auth/actor";
import { listRequestsSchema, type ListRequestsInput } from "./schemas";

const counterpart = {
  select: { id: true, kind: true, nameEn: true, nameZh: true, nameRu: true, city: true, country: true, timeZone: true },
} as const;

/**
 * The requests the actor's organization received (`incoming`) or sent
 * (`outgoing`), newest first. A PENDING request past its expiry that no job has
 * marked yet is reported as EXPIRED.
 */
export async function listRequests(actor: Actor, raw: ListRequestsInput, { now = new Date() }: { now?: Date } = {}) {
  requirePermission(actor, "request:meeting:own");
  const organization = requireApprovedOrganization(actor);
  const { direction, status, sessionId } = listRequestsSchema.parse(raw);
  const own =
    direction === "incoming" ? { toOrganizationId: organization.id } : { fromOrganizationId: organization.id };
  const statusWhere =
    status === "PENDING"
      ? { status, expiresAt: { gt: now } }
      : status === "EXPIRED"
        ? { OR: [{ status }, { status: "PENDING" as const, expiresAt: { lte: now } }] }
        : status
          ? { status }
          : {};
  const requests = await db.meetingRequest.findMany({
    where: { ...own, ...statusWhere, ...(sessionId ? { sessionId } : {}) },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      sessionId: true,
      status: true,
      message: true,
      preferredStarts: true,
      needsInterpreter: true,
      declineReason: true,
      expiresAt: true,
      respondedAt: true,
      createdAt: true,
      requirementId: true,
      fromOrganization: counterpart,
      toOrganization: counterpart,
      requestedBy: { select: { id: true, name: true } },
      meeting: { select: { id: true, startsAt: true, endsAt: true, status: true } },
    },
  });
  return requests.map((r) => ({
    ...r,
    status: r.status === "PENDING" && r.expiresAt <= now ? ("EXPIRED" as const) : r.status,
  }));
}

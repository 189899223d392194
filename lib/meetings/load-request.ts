import "server-only";
import { AppError } from "@/lib/errors";
import type { DbClient } from "@/lib/scheduling/db-client";

/**
 * A request the actor's organization sent (`side: "from"`) or received (`"to"`).
 * Another organization's request is "not found", never "forbidden".
 */
export async function loadOwnRequest(client: DbClient, requestId: string, organizationId: string, side: "from" | "to") {
  const request = await client.meetingRequest.findFirst({
    where: {
      id: requestId,
      ...(side === "from" ? { fromOrganizationId: organizationId } : { toOrganizationId: organizationId }),
    },
    include: {
      fromOrganization: { select: { id: true, kind: true } },
      toOrganization: { select: { id: true, kind: true } },
    },
  });
  if (!request) throw new AppError("NOT_FOUND", "requestNotFound");
  return request;
}

/** A request can be answered only while PENDING and not past its expiry. */
export function requirePending(request: { status: string; expiresAt: Date }, now: Date) {
  if (request.status !== "PENDING")
    throw new AppError("INVALID_STATE", "requestNotPending", undefined, { status: request.status });
  if (request.expiresAt <= now) throw new AppError("INVALID_STATE", "requestExpired");
}

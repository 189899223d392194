import "server-only";
import { dbClient } from "@/lib/scheduling/db-client";
import { freeSlotsOfPairs } from "@/lib/scheduling/free-slots-of-pairs";

export type AcceptableSlot = { start: Date; end: Date; preferred: boolean };

type OpenRequest = {
  id: string;
  sessionId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  preferredStarts: Date[];
  needsInterpreter: boolean;
};

/**
 * The slots each open request may be accepted at, by request id: the preferred ones
 * first, then the rest in time order. Batched (see freeSlotsOfPairs), so a page
 * listing many requests costs the same few statements as one.
 */
export async function listAcceptableSlots(
  requests: OpenRequest[],
  { now = new Date() }: { now?: Date } = {},
): Promise<Map<string, AcceptableSlot[]>> {
  const free = await freeSlotsOfPairs(
    dbClient,
    requests.map((request) => ({
      key: request.id,
      sessionId: request.sessionId,
      organizationIds: [request.fromOrganizationId, request.toOrganizationId],
      needsInterpreter: request.needsInterpreter,
    })),
    { now },
  );
  return new Map(requests.map((request) => [request.id, preferredFirst(free.get(request.id) ?? [], request)]));
}

function preferredFirst(slots: { start: Date; end: Date }[], request: OpenRequest): AcceptableSlot[] {
  const preferred = new Set(request.preferredStarts.map((d) => d.getTime()));
  return slots
    .map(({ start, end }) => ({ start, end, preferred: preferred.has(start.getTime()) }))
    .sort((a, b) => Number(b.preferred) - Number(a.preferred) || a.start.getTime() - b.start.getTime());
}

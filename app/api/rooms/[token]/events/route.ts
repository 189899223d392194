import { AppError } from "@/lib/errors";
import { requireOpenRoom } from "@/lib/rooms/room-access";
import { roomEventStream, visitIsOpen } from "@/lib/rooms/room-event-stream";
import { roomRoute } from "@/lib/rooms/room-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const idPattern = /^\d{1,19}$/;

/**
 * The caller's signal stream (Server-Sent Events) for one open visit. Resumes after
 * Last-Event-ID (the browser's own reconnect) or ?after= (the join's hello).
 */
export const GET = roomRoute(async ({ actor, token, request, now }) => {
  const url = new URL(request.url);
  const visitId = url.searchParams.get("visit") ?? "";
  const after = request.headers.get("last-event-id") || url.searchParams.get("after") || "";
  if (!idPattern.test(after) || !visitId) throw new AppError("VALIDATION", "invalid");
  const room = await requireOpenRoom(actor, token, { now });
  // A visit that ended (dropped stream, other tab) cannot be resumed: the page joins again.
  if (!(await visitIsOpen(room.meeting.id, actor.id, visitId))) throw new AppError("INVALID_STATE", "roomVisitEnded");
  return roomEventStream({
    meetingId: room.meeting.id,
    userId: actor.id,
    visitId,
    after,
    closesAt: room.closesAt,
    abort: request.signal,
  });
});

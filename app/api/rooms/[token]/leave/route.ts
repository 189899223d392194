import { z } from "zod";
import { closeVisit } from "@/lib/rooms/leave-room";
import { findRoom, roomNotFound } from "@/lib/rooms/room-access";
import { readJsonBody } from "@/lib/http/read-json-body";
import { roomRoute } from "@/lib/rooms/room-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

const leaveSchema = z.object({ visitId: z.string().min(1).max(64) });

/**
 * End the caller's visit (the leave button, or sendBeacon when the tab closes). Allowed after
 * the window closed too: leaving is always possible.
 */
export const POST = roomRoute(async ({ actor, token, request, now }) => {
  const { visitId } = leaveSchema.parse(await readJsonBody(request));
  const room = await findRoom(actor, token, { now });
  if (!room) throw roomNotFound();
  const left = await closeVisit({ visitId, meetingId: room.meeting.id, userId: actor.id }, { now });
  return { left };
});

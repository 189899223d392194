import { joinRoom } from "@/lib/rooms/join-room";
import { roomRoute } from "@/lib/rooms/room-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Enter the room: a new visit (serialized per room), the people already there, and where the stream starts. */
export const POST = roomRoute(({ actor, token, now }) => joinRoom(actor, token, { now }));

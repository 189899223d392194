import { iceServersFor } from "@/lib/rooms/ice-servers";
import { requireOpenRoom } from "@/lib/rooms/room-access";
import { roomRoute } from "@/lib/rooms/room-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** STUN/TURN settings with TURN credentials minted for this user; only while the room is open to them. */
export const GET = roomRoute(async ({ actor, token, now }) => {
  await requireOpenRoom(actor, token, { now });
  return { iceServers: iceServersFor(actor.id, { now }) };
});

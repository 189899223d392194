import { sendSignal, type SignalInput } from "@/lib/rooms/send-signal";
import { readJsonBody } from "@/lib/http/read-json-body";
import { roomRoute } from "@/lib/rooms/room-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** An offer, answer or ICE candidate for one other person in the room. */
export const POST = roomRoute(async ({ actor, token, request, now }) =>
  sendSignal(actor, token, (await readJsonBody(request)) as SignalInput, { now }),
);

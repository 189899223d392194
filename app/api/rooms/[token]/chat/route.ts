import { postChatMessage, type ChatInput } from "@/lib/rooms/post-chat-message";
import { readJsonBody } from "@/lib/http/read-json-body";
import { roomRoute } from "@/lib/rooms/room-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A chat line (optionally the supplier's product card); everyone in the room gets it on their stream. */
export const POST = roomRoute(async ({ actor, token, request, now }) =>
  postChatMessage(actor, token, (await readJsonBody(request)) as ChatInput, { now }),
);

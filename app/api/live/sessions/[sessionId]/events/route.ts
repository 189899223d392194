import { liveBoardHub } from "@/lib/live/board-hub";
import { liveBoardStream } from "@/lib/live/board-stream";
import { liveRoute } from "@/lib/live/live-route";
import { requireOverseenLiveSession } from "@/lib/live/live-session";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The organizers' live board of a session they host, as server-sent events. */
export const GET = liveRoute<{ sessionId: string }>(async ({ actor, params, request }) => {
  const session = await requireOverseenLiveSession(actor, params.sessionId);
  return liveBoardStream(liveBoardHub(), session, request.signal);
});

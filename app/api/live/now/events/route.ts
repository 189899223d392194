import { AppError } from "@/lib/errors";
import { can } from "@/lib/auth/permissions";
import { listNowMeetingIds } from "@/lib/live/get-now-view";
import { liveRoute } from "@/lib/live/live-route";
import { nowEventStream } from "@/lib/live/now-stream";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A supplier's, buyer's or interpreter's "Now" page: `changed` when someone enters or leaves one of their rooms. */
export const GET = liveRoute(async ({ actor, request, now }) => {
  if (!can(actor, "attend:meeting:own")) {
    throw new AppError("FORBIDDEN", "forbidden");
  }
  // Only the actor's own meetings (visibleMeetingsWhere; an unapproved organization is FORBIDDEN).
  return nowEventStream(await listNowMeetingIds(actor, { now }), request.signal);
});

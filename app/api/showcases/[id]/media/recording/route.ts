import { showcaseMediaRoute } from "@/lib/showcases/media/media-route";
import { recordingResponse } from "@/lib/showcases/media/showcase-recording";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The showcase's recording (WebM, HTTP Range) for whoever may watch the showcase. */
export const GET = showcaseMediaRoute(
  ({ actor, showcaseId, request }) => recordingResponse(actor, showcaseId, request),
  {
    signedIn: false,
  },
);
export const HEAD = GET;

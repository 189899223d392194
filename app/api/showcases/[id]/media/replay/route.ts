import { showcaseMediaRoute } from "@/lib/showcases/media/media-route";
import { replayState } from "@/lib/showcases/media/showcase-recording";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Whether the showcase's recording is ready (NONE, PROCESSING, READY, FAILED) and where it plays from. */
export const GET = showcaseMediaRoute(({ actor, showcaseId }) => replayState(actor, showcaseId), { signedIn: false });

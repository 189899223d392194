import { showcaseMediaRoute, signedInActor } from "@/lib/showcases/media/media-route";
import { stopBroadcast } from "@/lib/showcases/media/showcase-media";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The supplier ends the broadcast: liveEndedAt, the room closed, the recording queued for processing. */
export const POST = showcaseMediaRoute(({ actor, showcaseId, now }) =>
  stopBroadcast(signedInActor(actor), showcaseId, now),
);

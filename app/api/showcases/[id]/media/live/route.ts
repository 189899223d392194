import { showcaseMediaRoute, signedInActor } from "@/lib/showcases/media/media-route";
import { markLive } from "@/lib/showcases/media/showcase-media";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The supplier's stream reached Janus: the showcase is live (liveStartedAt, the first time). */
export const POST = showcaseMediaRoute(({ actor, showcaseId, now }) => markLive(signedInActor(actor), showcaseId, now));

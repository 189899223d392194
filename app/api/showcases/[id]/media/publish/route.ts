import { showcaseMediaRoute, signedInActor } from "@/lib/showcases/media/media-route";
import { publishCredentials } from "@/lib/showcases/media/showcase-media";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** Janus credentials for the showcase's own supplier to broadcast (a fresh short-lived token). */
export const POST = showcaseMediaRoute(({ actor, showcaseId, now }) =>
  publishCredentials(signedInActor(actor), showcaseId, now),
);

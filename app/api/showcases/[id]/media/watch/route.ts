import { showcaseMediaRoute } from "@/lib/showcases/media/media-route";
import { watchCredentials } from "@/lib/showcases/media/showcase-media";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/**
 * Whether the showcase is live and, if so, Janus credentials to watch it. Public showcases are open
 * to people who are not signed in; everyone else as lib/showcases/access.ts says.
 */
export const POST = showcaseMediaRoute(({ actor, showcaseId, now }) => watchCredentials(actor, showcaseId, now), {
  signedIn: false,
});

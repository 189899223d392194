import { recordShowcaseHeartbeat } from "@/lib/showcases/engagement";
import { showcaseRoute } from "@/lib/showcases/showcase-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A signed-in viewer's page says "still watching" (viewer count, audience afterwards). */
export const POST = showcaseRoute(async ({ actor, showcaseId, now }) =>
  recordShowcaseHeartbeat(actor, showcaseId, now),
);

import { loadShowcaseFeed } from "@/lib/showcases/load-feed";
import { showcaseRoute } from "@/lib/showcases/showcase-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** What the showcase page polls every few seconds: state, chat, pinned cards, audience (moderators). */
export const GET = showcaseRoute(async ({ actor, showcaseId, now }) => loadShowcaseFeed(actor, showcaseId, now), {
  signedIn: false,
});

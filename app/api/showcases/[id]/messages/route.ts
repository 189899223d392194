import { readJsonBody } from "@/lib/http/read-json-body";
import { postShowcaseMessage } from "@/lib/showcases/engagement";
import { showcaseRoute } from "@/lib/showcases/showcase-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** A viewer posts a chat line or a question. */
export const POST = showcaseRoute(async ({ actor, showcaseId, request, now }) =>
  postShowcaseMessage(actor, showcaseId, await readJsonBody(request, 16 * 1024), now),
);

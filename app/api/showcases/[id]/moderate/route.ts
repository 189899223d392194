import { readJsonBody } from "@/lib/http/read-json-body";
import { moderateShowcaseMessage } from "@/lib/showcases/engagement";
import { showcaseRoute } from "@/lib/showcases/showcase-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The showcase's supplier hides or shows a message, pins or unpins a question. */
export const POST = showcaseRoute(async ({ actor, showcaseId, request, now }) =>
  moderateShowcaseMessage(actor, showcaseId, await readJsonBody(request, 4 * 1024), now),
);

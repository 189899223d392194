import { readJsonBody } from "@/lib/http/read-json-body";
import { pinShowcaseProduct } from "@/lib/showcases/engagement";
import { showcaseRoute } from "@/lib/showcases/showcase-route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

/** The showcase's supplier pins or unpins one of its own visible products. */
export const POST = showcaseRoute(async ({ actor, showcaseId, request, now }) =>
  pinShowcaseProduct(actor, showcaseId, await readJsonBody(request, 4 * 1024), now),
);

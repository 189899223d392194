import { answerWithMessageKey } from "@/lib/http/guarded-route";
import { guardRoute } from "@/lib/http/guard-route";

export const dynamic = "force-dynamic";

// Liveness: the process answers requests. Deliberately touches nothing else (no database):
// a restart cannot cure a database outage, so an orchestrator must not restart for one.
// Synchronous, so the probe waits for nothing.
export const GET = guardRoute(answerWithMessageKey, (): Response =>
  Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } }),
);

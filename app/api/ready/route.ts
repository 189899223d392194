import path from "node:path";
import { checkReadiness } from "@/lib/health/check-readiness";
import { answerWithMessageKey } from "@/lib/http/guarded-route";
import { guardRoute } from "@/lib/http/guard-route";
import { log } from "@/lib/log";

// Readiness: whether this instance should get traffic (database reachable, migrations applied).
// Evaluated on every probe, never at build time.
export const dynamic = "force-dynamic";

/** How long a load balancer should wait before asking again when not ready. */
const RETRY_AFTER_SECONDS = 5;

export const GET = guardRoute(answerWithMessageKey, async (): Promise<Response> => {
  const readiness = await checkReadiness({
    databaseUrl: process.env.DATABASE_URL,
    migrationsDir: path.join(process.cwd(), "prisma", "migrations"),
  });
  if (readiness.ready) {
    return Response.json({ status: "ready", checks: readiness.checks }, { headers: { "Cache-Control": "no-store" } });
  }
  // The details (error messages, migration names) go to the log, not to whoever asked.
  log.warn("not ready", { checks: readiness.checks, problems: readiness.problems });
  return Response.json(
    { status: "not ready", checks: readiness.checks },
    { status: 503, headers: { "Cache-Control": "no-store", "Retry-After": String(RETRY_AFTER_SECONDS) } },
  );
});

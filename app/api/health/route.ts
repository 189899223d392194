// Liveness: the process answers requests. Deliberately touches nothing else (no database):
// a restart cannot cure a database outage, so an orchestrator must not restart for one.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}

import "server-only";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requestMatchTableRefresh } from "@/lib/jobs/match-table-queue";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { z } from "zod";

export const recomputeSchema = z.object({ sessionId: z.string("required").trim().min(1, "required") });

/** "Recompute now": an organizer of the hosting fair queues the session's match table. */
export async function requestSessionRecompute(actor: Actor, raw: z.input<typeof recomputeSchema>) {
  requirePermission(actor, "manage:match:any");
  const { sessionId } = recomputeSchema.parse(raw);
  const session = await requireHostedSession(actor, sessionId, { query: { select: { id: true } } });
  await requestMatchTableRefresh(session.id);
  return { sessionId: session.id };
}

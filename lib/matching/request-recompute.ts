import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requestMatchTableRefresh } from "@/lib/jobs/match-table-queue";
import { requireHostedSession } from "./organizer-scope";
import { z } from "zod";

export const recomputeSchema = z.object({ sessionId: z.string("required").trim().min(1, "required") });

/** "Recompute now": an organizer of the hosting fair queues the session's match table. */
export async function requestSessionRecompute(actor: Actor, raw: z.input<typeof recomputeSchema>) {
  requirePermission(actor, "match:manage");
  const { sessionId } = recomputeSchema.parse(raw);
  const session = await db.$transaction((tx) => requireHostedSession(tx, actor, sessionId));
  await requestMatchTableRefresh(session.id);
  return { sessionId: session.id };
}

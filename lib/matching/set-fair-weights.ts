import "server-only";
import { db } from "@/lib/db";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { Prisma } from "@/lib/generated/prisma/client";
import { requestMatchTableRefresh } from "@/lib/jobs/match-table-queue";
import { requireHostedFair } from "@/lib/tenancy/hosted";
import {
  resetFairWeightsSchema,
  setFairWeightsSchema,
  type ResetFairWeightsInput,
  type SetFairWeightsInput,
} from "./schemas";
import { effectiveWeights } from "./weights";
import type { MatchWeights } from "./types";

/** An organizer of the hosting organization tunes the factor weights of its fair. */
export async function setFairWeights(actor: Actor, raw: SetFairWeightsInput) {
  requirePermission(actor, "manage:match:any");
  const { fairId, ...weights } = setFairWeightsSchema.parse(raw);
  return storeWeights(actor, fairId, weights);
}

/** Back to the defaults (lib/matching/weights.ts), stored as null so later default changes apply. */
export async function resetFairWeights(actor: Actor, raw: ResetFairWeightsInput) {
  requirePermission(actor, "manage:match:any");
  const { fairId } = resetFairWeightsSchema.parse(raw);
  return storeWeights(actor, fairId, null);
}

async function storeWeights(actor: Actor, fairId: string, weights: MatchWeights | null) {
  const sessionIds = await db.$transaction(async (tx) => {
    const fair = await requireHostedFair(actor, fairId, {
      tx,
      query: { select: { id: true, matchWeights: true, sessions: { select: { id: true } } } },
    });
    await tx.fair.update({
      where: { id: fair.id },
      data: { matchWeights: weights ?? Prisma.DbNull },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: weights ? "fair.match-weights-set" : "fair.match-weights-reset",
      entityType: "Fair",
      entityId: fair.id,
      organizationId: actor.organizationId,
      data: { from: effectiveWeights(fair.matchWeights), to: weights ?? effectiveWeights(null) },
    });
    return fair.sessions.map((session) => session.id);
  });
  // Scores of every session of the fair change: recompute them in the background (after commit).
  for (const sessionId of sessionIds) await requestMatchTableRefresh(sessionId);
  return { fairId, weights: effectiveWeights(weights), sessionIds };
}

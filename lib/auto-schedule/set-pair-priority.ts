import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { inHostedSessions } from "@/lib/tenancy/tenant-scope";
import { setPrioritySchema, type SetPriorityInput } from "./schemas";

/**
 * The organizer raises (+1, +2) or lowers (−1, −2) an organizer proposal for the
 * next auto-schedule run (see weights.ts for what a step is worth).
 */
export async function setPairPriority(actor: Actor, raw: SetPriorityInput) {
  requirePermission(actor, "manage:match:any");
  const { proposalId, priorityAdjustment } = setPrioritySchema.parse(raw);
  const proposal = await db.matchProposal.findFirst({
    where: { id: proposalId, withdrawnAt: null, ...inHostedSessions(actor) },
    select: { id: true, priorityAdjustment: true },
  });
  if (!proposal) throw new AppError("NOT_FOUND", "proposalNotFound");
  if (proposal.priorityAdjustment === priorityAdjustment) return proposal;
  return db.$transaction(async (tx) => {
    const updated = await tx.matchProposal.update({ where: { id: proposal.id }, data: { priorityAdjustment } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "match.priority-set",
      entityType: "MatchProposal",
      entityId: proposal.id,
      organizationId: actor.organizationId,
      data: { from: proposal.priorityAdjustment, to: priorityAdjustment },
    });
    return updated;
  });
}

/** The session's open proposals with their nudges, for the schedule page. */
export async function listSessionProposals(actor: Actor, sessionId: string) {
  requirePermission(actor, "manage:match:any");
  return db.matchProposal.findMany({
    where: { sessionId, withdrawnAt: null, ...inHostedSessions(actor) },
    orderBy: [{ priorityAdjustment: "desc" }, { createdAt: "asc" }],
    select: {
      id: true,
      priorityAdjustment: true,
      supplierOrg: { select: { nameEn: true, nameZh: true, nameRu: true } },
      buyerOrg: { select: { nameEn: true, nameZh: true, nameRu: true } },
    },
  });
}

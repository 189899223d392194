import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { inHostedSessions } from "@/lib/tenancy/tenant-scope";
import { withdrawProposalSchema, type WithdrawProposalInput } from "./schemas";

/** An organizer takes back a proposal; both sides stop seeing it. Only organizers of the hosting fair may. */
export async function withdrawProposal(actor: Actor, raw: WithdrawProposalInput) {
  requirePermission(actor, "manage:match:any");
  const { proposalId } = withdrawProposalSchema.parse(raw);

  return db.$transaction(async (tx) => {
    const scope = { id: proposalId, ...inHostedSessions(actor) };
    // withdrawnAt in the WHERE: a second click (or a second organizer) changes nothing.
    const changed = await tx.matchProposal.updateMany({
      where: { ...scope, withdrawnAt: null },
      data: { withdrawnAt: new Date() },
    });
    if (changed.count === 0) {
      const exists = await tx.matchProposal.count({ where: scope });
      throw exists
        ? new AppError("INVALID_STATE", "proposalAlreadyWithdrawn")
        : new AppError("NOT_FOUND", "proposalNotFound");
    }
    const proposal = await tx.matchProposal.findUniqueOrThrow({ where: { id: proposalId } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "match.proposal-withdrawn",
      entityType: "MatchProposal",
      entityId: proposal.id,
      organizationId: proposal.buyerOrgId,
      data: {
        sessionId: proposal.sessionId,
        requirementId: proposal.requirementId,
        supplierOrgId: proposal.supplierOrgId,
      },
    });
    return proposal;
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { ProposalSummary, ReactionState } from "./types";

export type PairState = { reactions: ReactionState; proposal: ProposalSummary | null };

export const pairKey = (requirementId: string, supplierOrgId: string) => `${requirementId}|${supplierOrgId}`;

const emptyState = (): PairState => ({ reactions: { buyer: null, supplier: null, mutual: false }, proposal: null });

/** Reactions of both sides and the live (not withdrawn) proposal of the given pairs. */
export async function loadPairStates(
  requirementIds: string[],
  supplierOrgIds: string[],
): Promise<(requirementId: string, supplierOrgId: string) => PairState> {
  const states = new Map<string, PairState>();
  if (requirementIds.length > 0 && supplierOrgIds.length > 0) {
    const where = { requirementId: { in: requirementIds }, supplierOrgId: { in: supplierOrgIds } };
    const [reactions, proposals] = await Promise.all([
      db.matchReaction.findMany({
        where,
        select: { requirementId: true, supplierOrgId: true, side: true, kind: true },
      }),
      db.matchProposal.findMany({
        where: { ...where, withdrawnAt: null },
        select: { id: true, requirementId: true, supplierOrgId: true, note: true, createdAt: true },
      }),
    ]);
    const stateOf = (requirementId: string, supplierOrgId: string) => {
      const key = pairKey(requirementId, supplierOrgId);
      let state = states.get(key);
      if (!state) states.set(key, (state = emptyState()));
      return state;
    };
    for (const reaction of reactions) {
      const state = stateOf(reaction.requirementId, reaction.supplierOrgId);
      if (reaction.side === "BUYER") state.reactions.buyer = reaction.kind;
      else state.reactions.supplier = reaction.kind;
      state.reactions.mutual = state.reactions.buyer === "INTERESTED" && state.reactions.supplier === "INTERESTED";
    }
    for (const { requirementId, supplierOrgId, ...proposal } of proposals) {
      stateOf(requirementId, supplierOrgId).proposal = proposal;
    }
  }
  return (requirementId, supplierOrgId) => states.get(pairKey(requirementId, supplierOrgId)) ?? emptyState();
}

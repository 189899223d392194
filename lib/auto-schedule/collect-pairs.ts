import "server-only";
import type { DbClient } from "@/lib/scheduling/db-client";
import { mutualInterestPairsSql, pairScoresSql } from "./collect-pairs-sql";
import { pairWeight, sourceRank, type PairSource } from "./weights";

/** A supplier-buyer pair that should meet in the session and has no meeting yet. */
export type CandidatePair = {
  key: string;
  supplierOrgId: string;
  buyerOrgId: string;
  source: PairSource;
  weight: number;
  score: number | null;
  needsInterpreter: boolean;
  /** A PENDING request between them: accepted when the draft is published. */
  meetingRequestId: string | null;
  proposalId: string | null;
  priorityAdjustment: number;
  agenda: string | null;
};

export const pairKey = (supplierOrgId: string, buyerOrgId: string) => `${supplierOrgId}~${buyerOrgId}`;

type Reason = {
  supplierOrgId: string;
  buyerOrgId: string;
  source: PairSource;
  meetingRequestId?: string;
  needsInterpreter?: boolean;
  proposalId?: string;
  priorityAdjustment?: number;
  agenda?: string | null;
};

/**
 * Every pair of approved participants that should meet: a PENDING (unexpired)
 * meeting request of one side, mutual interest (both sides INTERESTED in a match
 * of this session), or an organizer's proposal not withdrawn; minus pairs that
 * already have a meeting in the session. A pair with several reasons appears once,
 * under its strongest, keeping the request (to accept it) and the proposal (for
 * the organizer's nudge). Without a request, an interpreter is needed when the two
 * organizations share no language.
 */
export async function collectCandidatePairs(client: DbClient, sessionId: string, now: Date): Promise<CandidatePair[]> {
  const registered = await client.sessionRegistration.findMany({
    where: { sessionId, status: "APPROVED", organization: { status: "APPROVED", kind: { in: ["SUPPLIER", "BUYER"] } } },
    select: { organization: { select: { id: true, kind: true, languages: true } } },
  });
  const organizations = new Map(registered.map((r) => [r.organization.id, r.organization]));
  const [requests, mutual, proposals, scores, met] = await Promise.all([
    client.meetingRequest.findMany({
      where: { sessionId, status: "PENDING", expiresAt: { gt: now } },
      select: { id: true, fromOrganizationId: true, toOrganizationId: true, needsInterpreter: true, message: true },
      orderBy: { createdAt: "asc" },
    }),
    client.$queryRaw<{ supplierOrgId: string; buyerOrgId: string }[]>(mutualInterestPairsSql(sessionId, now)),
    client.matchProposal.findMany({
      where: { sessionId, withdrawnAt: null },
      select: { id: true, supplierOrgId: true, buyerOrgId: true, priorityAdjustment: true, note: true },
      orderBy: { createdAt: "asc" },
    }),
    client.$queryRaw<{ supplierOrgId: string; buyerOrgId: string; score: number }[]>(pairScoresSql(sessionId)),
    client.meeting.findMany({
      where: { sessionId, status: { not: "CANCELLED" } },
      select: { supplierOrgId: true, buyerOrgId: true },
    }),
  ]);

  const reasons: Reason[] = [
    ...requests.flatMap((r): Reason[] => {
      const from = organizations.get(r.fromOrganizationId);
      if (!from) return [];
      const [supplierOrgId, buyerOrgId] =
        from.kind === "SUPPLIER"
          ? [r.fromOrganizationId, r.toOrganizationId]
          : [r.toOrganizationId, r.fromOrganizationId];
      return [
        {
          supplierOrgId,
          buyerOrgId,
          source: "request",
          meetingRequestId: r.id,
          needsInterpreter: r.needsInterpreter,
          agenda: r.message || null,
        },
      ];
    }),
    ...mutual.map((m): Reason => ({ ...m, source: "mutual" })),
    ...proposals.map((p): Reason => ({
      supplierOrgId: p.supplierOrgId,
      buyerOrgId: p.buyerOrgId,
      source: "proposal",
      proposalId: p.id,
      priorityAdjustment: p.priorityAdjustment,
      agenda: p.note || null,
    })),
  ];

  const scoreOf = new Map(scores.map((s) => [pairKey(s.supplierOrgId, s.buyerOrgId), s.score]));
  const metAlready = new Set(met.map((m) => pairKey(m.supplierOrgId, m.buyerOrgId)));
  const pairs = new Map<string, CandidatePair>();
  for (const reason of reasons) {
    const supplier = organizations.get(reason.supplierOrgId);
    const buyer = organizations.get(reason.buyerOrgId);
    if (supplier?.kind !== "SUPPLIER" || buyer?.kind !== "BUYER") continue;
    const key = pairKey(supplier.id, buyer.id);
    if (metAlready.has(key)) continue;
    const pair = pairs.get(key) ?? {
      key,
      supplierOrgId: supplier.id,
      buyerOrgId: buyer.id,
      source: reason.source,
      weight: 0,
      score: scoreOf.get(key) ?? null,
      needsInterpreter: !supplier.languages.some((language) => buyer.languages.includes(language)),
      meetingRequestId: null,
      proposalId: null,
      priorityAdjustment: 0,
      agenda: null,
    };
    if (sourceRank[reason.source] > sourceRank[pair.source]) pair.source = reason.source;
    if (reason.meetingRequestId && !pair.meetingRequestId) {
      pair.meetingRequestId = reason.meetingRequestId;
      pair.needsInterpreter = reason.needsInterpreter ?? pair.needsInterpreter;
    }
    if (reason.proposalId && !pair.proposalId) {
      pair.proposalId = reason.proposalId;
      pair.priorityAdjustment = reason.priorityAdjustment ?? 0;
    }
    pair.agenda = pair.agenda ?? reason.agenda ?? null;
    pairs.set(key, pair);
  }
  return [...pairs.values()].map((pair) => ({
    ...pair,
    weight: pairWeight({ source: pair.source, score: pair.score, adjustment: pair.priorityAdjustment }),
  }));
}

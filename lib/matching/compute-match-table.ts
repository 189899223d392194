import "server-only";
import pg from "pg";
import { db } from "@/lib/db";
import { requireEnv } from "@/lib/env";
import { Prisma } from "@/lib/generated/prisma/client";
import { log } from "@/lib/log";
import { loadCategoryTree } from "./category-tree";
import { loadBuyerFeedback } from "./load-buyer-feedback";
import { loadRequirements } from "./load-requirements";
import { loadScoringContext } from "./load-scoring-context";
import { loadSessionProducts } from "./load-session-products";
import { loadScoringSuppliers } from "./load-suppliers";
import { scoreSession } from "./score-session";
import { writeMatchScores } from "./write-match-scores";

/**
 * Best suppliers kept per requirement (pairs with reactions or proposals are kept besides):
 * enough for the organizer's table and for recommendSuppliers' shortlist (limit 20), small
 * enough to write 2,000 requirements' rows in seconds.
 */
export const MATCH_TABLE_CAP = 30;

/**
 * Computes a session's whole match table. Where the work runs: everything the
 * factors read is loaded ONCE (open requirements, every candidate product with its
 * words, supplier facts, feedback), then every requirement × supplier pair that
 * passes the category gate is scored in memory by scoreSession with the same
 * factor functions as the live recommendations; 2,000 × 5,000 pairs would be
 * millions of per-pair SQL evaluations, but are a few seconds of integer work in
 * one process. The result replaces the session's MatchScore rows atomically.
 * Runs in a pg-boss worker (lib/jobs/match-table-worker.ts) or directly (seed).
 */
export async function computeMatchTable(
  sessionId: string,
  { cap = MATCH_TABLE_CAP, now = new Date() }: { cap?: number; now?: Date } = {},
) {
  const started = new Date();
  await db.matchTableRun.upsert({
    where: { sessionId },
    create: { sessionId, status: "RUNNING", requestedAt: started, startedAt: started },
    update: { status: "RUNNING", startedAt: started, finishedAt: null, error: null },
  });
  try {
    const { pairs, scoredPairs, evaluatedPairs, phasesMs } = await computeAndWrite(sessionId, cap, now);
    const durationMs = Date.now() - started.getTime();
    // A refresh requested while this ran has queued another job: the table stays "QUEUED".
    await db.matchTableRun.updateMany({
      where: { sessionId, requestedAt: { lte: started } },
      data: { status: "DONE", finishedAt: new Date(), pairs, durationMs },
    });
    await db.matchTableRun.updateMany({
      where: { sessionId, requestedAt: { gt: started } },
      data: { finishedAt: new Date(), pairs, durationMs },
    });
    return { sessionId, pairs, scoredPairs, evaluatedPairs, durationMs, phasesMs };
  } catch (error) {
    await db.matchTableRun
      .update({
        where: { sessionId },
        data: {
          status: "FAILED",
          finishedAt: new Date(),
          error: String(error instanceof Error ? error.message : error),
        },
      })
      .catch(() => undefined);
    throw error;
  }
}

async function computeAndWrite(sessionId: string, cap: number, now: Date) {
  const phasesMs = { load: 0, score: 0, write: 0 };
  let mark = performance.now();
  const lap = (phase: keyof typeof phasesMs) => {
    const now = performance.now();
    phasesMs[phase] = Math.round(now - mark);
    mark = now;
  };
  const scoring = await loadScoringContext(sessionId);
  if (!scoring) throw new Error(`match table: session ${sessionId} not found`);
  const [requirements, subtreeOf] = await Promise.all([
    loadRequirements(
      Prisma.sql`r.status = 'OPEN' AND r."buyerStatus" = 'APPROVED' AND r."sessionId" = ${sessionId}`,
      now,
    ),
    loadCategoryTree(),
  ]);
  const vocabulary = new Map<string, number>();
  const withIds = requirements.map((requirement) => ({
    ...requirement,
    termIds: Int32Array.from(requirement.searchTerms, (term) => {
      let id = vocabulary.get(term);
      if (id === undefined) vocabulary.set(term, (id = vocabulary.size));
      return id;
    }),
  }));
  const categoryIds = [...new Set(requirements.flatMap((r) => [...subtreeOf(r.categoryId)]))];

  const client = new pg.Client({ connectionString: requireEnv("DATABASE_URL") });
  // Without a listener, a connection lost between two queries (a database restart)
  // would be an unhandled 'error' event and end the process; the query in flight fails anyway.
  client.on("error", (err) => log.warn("match table: database connection lost", { sessionId, err }));
  await client.connect();
  try {
    const products =
      requirements.length > 0 ? await loadSessionProducts(client, sessionId, categoryIds, vocabulary) : [];
    const requirementIds = requirements.map((r) => r.id);
    const [suppliers, feedback, keep] = await Promise.all([
      loadScoringSuppliers([...new Set(products.map((p) => p.supplierOrgId))]),
      loadBuyerFeedback([...new Set(requirements.map((r) => r.buyerOrgId))]),
      loadPairsToKeep(requirementIds),
    ]);
    lap("load");
    const { rows, scoredPairs, evaluatedPairs } = scoreSession(
      { requirements: withIds, products, suppliers, feedback, subtreeOf, keep, vocabularySize: vocabulary.size },
      scoring.context,
      cap,
    );
    lap("score");
    await writeMatchScores(client, sessionId, rows);
    lap("write");
    return { pairs: rows.length, scoredPairs, evaluatedPairs, phasesMs };
  } finally {
    await client.end();
  }
}

/** Pairs someone reacted to or an organizer proposed: they stay in the table whatever their rank. */
async function loadPairsToKeep(requirementIds: string[]): Promise<Set<string>> {
  if (requirementIds.length === 0) return new Set();
  const where = { requirementId: { in: requirementIds } };
  const select = { requirementId: true, supplierOrgId: true } as const;
  const [reactions, proposals] = await Promise.all([
    db.matchReaction.findMany({ where, select }),
    db.matchProposal.findMany({ where: { ...where, withdrawnAt: null }, select }),
  ]);
  return new Set([...reactions, ...proposals].map((pair) => `${pair.requirementId}|${pair.supplierOrgId}`));
}

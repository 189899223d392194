import "server-only";
import { db } from "@/lib/db";
import { candidateProductsSql } from "./candidate-products-sql";
import type { ScoringProduct } from "./scoring-inputs";

/**
 * The live path's one heavy statement: every listed product of an eligible
 * supplier in the requirement's category subtree (the required gate), with how
 * many of the requirement's words it contains, computed where the rows are (the
 * arrays never leave Postgres). `categoryIds` is the subtree (resolved from the
 * cached tree, so the planner sees the list); `supplierOrgIds` narrows it to the
 * shortlist of the match table (recommend-suppliers.ts).
 */
export async function loadCandidateProducts(options: {
  sessionId: string;
  categoryIds: string[];
  terms: string[];
  supplierOrgIds?: string[];
}): Promise<ScoringProduct[]> {
  return db.$queryRaw<ScoringProduct[]>(candidateProductsSql(options));
}

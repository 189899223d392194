import "server-only";
import { db } from "@/lib/db";
import { candidateProductsSql } from "./candidate-products-sql";
import { requirementRelevanceSql } from "./requirement-relevance-sql";
import type { ScoringProduct } from "./scoring-inputs";

/**
 * The live path's one heavy statement: every listed product of an eligible
 * supplier in the requirement's category subtree (the required gate), with how
 * many of the requirement's words it contains and its search relevance to the
 * requirement's text (which orders a supplier's products), computed where the rows
 * are (the arrays and documents never leave Postgres). `categoryIds` is the
 * subtree (resolved from the cached tree, so the planner sees the list);
 * `supplierOrgIds` narrows it to the shortlist of the match table
 * (recommend-suppliers.ts).
 */
export async function loadCandidateProducts(options: {
  sessionId: string;
  categoryIds: string[];
  terms: string[];
  /** The requirement's texts in every language it has, joined. */
  text: string;
  supplierOrgIds?: string[];
}): Promise<ScoringProduct[]> {
  const { text, ...rest } = options;
  const relevance = await requirementRelevanceSql({ text, searchTerms: options.terms }, "p");
  return db.$queryRaw<ScoringProduct[]>(candidateProductsSql({ ...rest, relevance }));
}

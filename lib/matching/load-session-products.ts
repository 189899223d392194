import "server-only";
import type pg from "pg";
import type { Currency } from "@/lib/generated/prisma/enums";
import { sessionProductsStatement } from "./candidate-products-sql";
import type { ScoringProduct } from "./scoring-inputs";

/** A candidate product of the match table, its words already turned into vocabulary ids. */
export type PoolProduct = ScoringProduct & { termIds: Int32Array };

const SEPARATOR = "\u001f";

/**
 * Every listed product of every eligible supplier of the session in the given
 * categories, in one statement over a plain pg connection (tens of thousands of
 * rows: pg's text protocol without an ORM layer). Words travel as one joined
 * string (cheaper to parse than text[]) and only those in `vocabulary` (the
 * requirements' words) are kept, as integer ids.
 */
export async function loadSessionProducts(
  client: pg.ClientBase,
  sessionId: string,
  categoryIds: string[],
  vocabulary: ReadonlyMap<string, number>,
): Promise<PoolProduct[]> {
  const { rows } = await client.query<{
    id: string;
    supplierOrgId: string;
    categoryId: string;
    moq: number;
    moqUnit: string;
    priceMinMinor: string | null;
    currency: Currency;
    certifications: string[];
    terms: string;
  }>(sessionProductsStatement, [sessionId, categoryIds, SEPARATOR]);
  return rows.map((row) => {
    const ids: number[] = [];
    for (const term of row.terms.split(SEPARATOR)) {
      const id = vocabulary.get(term);
      if (id !== undefined) ids.push(id);
    }
    return {
      id: row.id,
      supplierOrgId: row.supplierOrgId,
      categoryId: row.categoryId,
      matchedTerms: 0,
      moq: row.moq,
      moqUnit: row.moqUnit,
      priceMinMinor: row.priceMinMinor === null ? null : BigInt(row.priceMinMinor),
      currency: row.currency,
      certifications: row.certifications,
      termIds: Int32Array.from(ids),
    };
  });
}

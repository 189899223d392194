import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { parseSearchQuery, productRankSql, type SearchQuery } from "@/lib/search";

/**
 * How well the product under `alias` matches a requirement, with the catalogue
 * search's own relevance (lib/search: the product's search document — lemmas,
 * jieba words, category names and synonyms, HS chapter words — ranked by
 * `productRankSql`, names above category words above descriptions).
 *
 * A requirement is a sentence, not a query: a product need not hold every word of
 * it, so its words are asked for as alternatives of one term (any word matches,
 * each one found adds to the rank) and no typo expansion is tried. A product
 * without a search document yet (written by the app after the row, see the
 * search_documents migration) falls back to the share of the requirement's match
 * terms it holds. Higher is better; it only orders a supplier's products
 * (score-pair.ts), it is not a factor.
 */
export async function requirementRelevanceSql(
  requirement: { text: string; searchTerms: string[] },
  alias: string,
): Promise<Prisma.Sql> {
  const a = Prisma.raw(alias);
  const overlapShare = Prisma.sql`(SELECT count(*) FROM unnest(${a}."searchTerms") t WHERE t = ANY(${requirement.searchTerms}::text[]))::float8
    / greatest(${requirement.searchTerms.length}, 1)`;
  const query = anyWordQuery(await parseSearchQuery(requirement.text));
  if (!query) return overlapShare;
  return Prisma.sql`(CASE WHEN ${a}."searchDocument" IS NULL THEN ${overlapShare} ELSE ${productRankSql(query, alias)} END)`;
}

/**
 * The requirement's words as one term whose alternatives are all their forms; null
 * without words. A lone Chinese character the segmenter left over (白 of 白鸭绒) is
 * dropped when longer words remain: in a sentence it would match colour names and
 * anything else, and outweigh the words that say what is wanted.
 */
export function anyWordQuery(query: SearchQuery): SearchQuery | null {
  const all = [...new Set(query.terms.flatMap((term) => term.alternatives))];
  const words = all.filter((word) => !/^\p{Script=Han}$/u.test(word));
  const alternatives = words.length > 0 ? words : all;
  if (alternatives.length === 0) return null;
  return { text: query.text, terms: [{ word: query.text, alternatives, fuzzy: [] }] };
}

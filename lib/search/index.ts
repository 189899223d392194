/**
 * lib/search: the catalogue's text search, shared by the catalogue and matching.
 *
 * Analyzer (analyzer.ts; pure TypeScript + three packages, no database):
 * - `analyzeDocument(text)` -> the normalized tokens of a text in any of the three
 *   languages: Russian lemmas and derivation bases (az, OpenCorpora: хлопка ->
 *   хлопок, хлопковая -> хлопковый + хлопок), English Porter stems, Chinese jieba
 *   search-mode words and single characters, digits (5208.32 -> 520832).
 * - `parseSearchQuery(q)` -> `{ text, terms }`: every term must match, through any
 *   of its `alternatives` (the word, lemmas, bases, stem, and the same goods' words
 *   in the three languages from the trade thesaurus, thesaurus.ts; a Chinese query
 *   is cut into words, a long compound into parts that also accept the whole);
 *   `fuzzy` lists the word's own forms of 5+ characters that may match one edit
 *   away (typos; resolved in SQL against the lexicon, ranked below exact).
 *   Both are async only because the Russian dictionary loads once (~0.3 s).
 *
 * Product documents (document.ts, product-documents.ts):
 * - `productSearchDocument(source)` -> the tsvector literal of a product: names
 *   (A), category names + synonyms + HS code and chapter words in 3 languages (B),
 *   descriptions (C).
 * - `writeProductSearchDocuments(client, target)` writes documents for product
 *   ids, for categories (after their synonyms changed) or for every product
 *   without one ("missing": the backfill after migrations, seeds, benches).
 *
 * SQL over "Product" under any alias (search-sql.ts):
 * - `productMatchesSql(query, alias)`: the document matches (GIN index), or the
 *   product has no document yet and matches the old Snowball/substring way.
 * - `documentMatchesSql` / `missingDocumentMatchSql`: its two arms, for a UNION ALL
 *   that keeps each arm on its own index (the catalogue's statement).
 * - `productRankSql(query, alias)`: a double in [0, 2); exact matches >= 1 > fuzzy;
 *   within, the share of terms the names hold (any language) and ts_rank on the
 *   document (reads it, so for tens or hundreds of rows).
 * - `productQuickScoreSql(query, alias)`: an integer band 0-3 (exact, in the name)
 *   that reads no document: for ranking thousands of matches.
 * - `searchQueryCte(query)`: the query with typos computed once per statement; the
 *   functions above with `shared` true read it (the catalogue asks in several arms).
 *   `documentMatchesExactlySql` asks a category's own document (the catalogue's fast
 *   path: every product of it matches), `exactMatchQuickScoreSql` scores those products
 *   reading only their names' words.
 */
export { parseSearchQuery, type SearchQuery } from "./analyzer";
export { writeProductSearchDocuments } from "./product-documents";
export {
  documentMatchesExactlySql,
  documentMatchesSql,
  exactMatchQuickScoreSql,
  missingDocumentMatchSql,
  productMatchesSql,
  productQuickScoreSql,
  productRankSql,
  searchQueryCte,
} from "./search-sql";

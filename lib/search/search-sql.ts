import { Prisma } from "@/lib/generated/prisma/client";
import type { SearchQuery } from "./analyzer";

type Sql = Prisma.Sql;

/*
 * SQL over a "Product" row for a parsed query (parseSearchQuery). Every query
 * value is computed once per statement (scalar subqueries become InitPlans), so
 * `alias."searchDocument" @@ …` can use the GIN index "Product_search_document_idx".
 */

const lexeme = (word: string) => `'${word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;

/** A term's exact alternatives as tsquery text: ('a' | 'b'). */
const alternativesText = (alternatives: string[]) => `(${alternatives.map(lexeme).join(" | ")})`;

/** The query as tsquery text with exact alternatives only; null when it has no terms. */
export function exactTsqueryText(query: SearchQuery): string | null {
  const terms = query.terms.filter((term) => term.alternatives.length > 0);
  return terms.length > 0 ? terms.map((term) => alternativesText(term.alternatives)).join(" & ") : null;
}

/** Exact alternatives only (a tsquery expression). */
function exactTsquery(query: SearchQuery): Sql {
  const text = exactTsqueryText(query);
  return text ? Prisma.sql`${text}::tsquery` : Prisma.sql`''::tsquery`;
}

/**
 * Every term through its exact alternatives OR, for words of 5+ characters the
 * lexicon does not know, the lexicon words one edit away (typoCandidatesSql).
 */
function fullTsquery(query: SearchQuery): Sql {
  const terms = query.terms.filter((term) => term.alternatives.length > 0);
  if (terms.length === 0) return Prisma.sql`''::tsquery`;
  return Prisma.join(
    terms.map((term) =>
      term.fuzzy.length > 0
        ? Prisma.sql`(${alternativesText(term.alternatives)}::tsquery || ${typoCandidatesSql(term.fuzzy, term.alternatives)})`
        : Prisma.sql`${alternativesText(term.alternatives)}::tsquery`,
    ),
    " && ",
  );
}

/**
 * The lexicon's words one edit away from any of `words`, as one OR query; empty when a word
 * of `exact` is itself in the lexicon (a known word is not a typo). Written inline rather than
 * as a SQL function: a function that aggregates is not inlined, so its body was planned again
 * on every call (~0.2 ms per term), while a prepared statement plans this once.
 */
function typoCandidatesSql(words: string[], exact: string[]): Sql {
  return Prisma.sql`(SELECT coalesce(string_agg(DISTINCT quote_literal(l.word), ' | ')::tsquery, ''::tsquery)
    FROM unnest(${words}::text[]) AS w
    JOIN "SearchLexicon" l ON l.word % w AND levenshtein_less_equal(l.word, w, 1) <= 1 AND l.word <> w
    WHERE NOT ${inLexiconSql(exact)})`;
}

/** Whether the typo lexicon holds any of `words` (it keeps every document word of 4+ characters). */
function inLexiconSql(words: string[]): Sql {
  return Prisma.sql`EXISTS (SELECT 1 FROM "SearchLexicon" k WHERE k.word = ANY (${words}::text[]))`;
}

/** LIKE pattern for a case-insensitive substring, with LIKE's wildcards escaped. */
function substringPattern(text: string): string {
  return `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * A product whose document is missing (NULL until the app writes it, see the
 * search_documents migration) is matched the old way: Snowball Russian and
 * English, Chinese substring. Never hidden, only less well understood.
 */
export function missingDocumentMatchSql(query: SearchQuery, alias: string): Sql {
  const a = Prisma.raw(alias);
  return Prisma.sql`(${a}."searchDocument" IS NULL AND (
    fb_search_ru(${a}."nameRu", ${a}."descriptionRu") @@ websearch_to_tsquery('russian', ${query.text})
    OR fb_search_en(${a}."nameEn", ${a}."descriptionEn") @@ websearch_to_tsquery('english', ${query.text})
    OR fb_search_zh(${a}."nameZh", ${a}."descriptionZh") LIKE ${substringPattern(query.text.trim())}))`;
}

/**
 * One statement that asks many times (several arms, a score, a category check) computes
 * the query with typos once: `searchQueryCte(query)` in its WITH list, then the functions
 * below with `shared` true read it from there. (Each `(SELECT …)` is an InitPlan of its
 * own, and the typo lookup in the lexicon costs ~0.5 ms each time.)
 */
const SHARED_QUERY = "search_query";

export function searchQueryCte(query: SearchQuery): Sql {
  return Prisma.sql`${Prisma.raw(SHARED_QUERY)} AS MATERIALIZED (
      SELECT q.value, q.exact, q.value::text <> q.exact::text AS typos, ${exactPossibleSql(query)} AS exact_possible
      FROM (SELECT ${fullTsquery(query)} AS value, ${exactTsquery(query)} AS exact) q
    )`;
}

/**
 * Whether any document can match every term exactly: each term has an alternative the lexicon
 * holds, or one too short for the lexicon to hold (it keeps every document word of 4+
 * characters). False for "extinguiser": its matches come through typos only, and their score
 * needs no document read to say so.
 */
function exactPossibleSql(query: SearchQuery): Sql {
  const terms = query.terms.filter((term) => term.alternatives.length > 0);
  if (terms.length === 0) return Prisma.sql`FALSE`;
  return Prisma.join(
    terms.map((term) =>
      term.alternatives.some((word) => [...word].length < LEXICON_MIN_LENGTH)
        ? Prisma.sql`TRUE`
        : inLexiconSql(term.alternatives),
    ),
    " AND ",
  );
}

/** The lexicon holds document words of this many characters or more (migration search_documents). */
const LEXICON_MIN_LENGTH = 4;

/** The query with typos as a value: computed here, or read from searchQueryCte. */
function fullQueryValue(query: SearchQuery, shared: boolean): Sql {
  return shared
    ? Prisma.sql`(SELECT value FROM ${Prisma.raw(SHARED_QUERY)})`
    : Prisma.sql`(SELECT ${fullTsquery(query)})`;
}

/** Whether the query has typo candidates (else every match is exact): computed here, or read from searchQueryCte. */
function typosValue(query: SearchQuery, shared: boolean): Sql {
  return shared
    ? Prisma.sql`(SELECT typos FROM ${Prisma.raw(SHARED_QUERY)})`
    : Prisma.sql`(${fullQueryValue(query, false)}::text <> (SELECT ${exactTsquery(query)})::text)`;
}

/**
 * The document under `alias` matches every term exactly (no typo); for a category's
 * own document, the catalogue's fast path: then so does each product of the category.
 */
export function documentMatchesExactlySql(query: SearchQuery, alias: string): Sql {
  if (!exactTsqueryText(query)) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(alias)}."searchDocument" @@ (SELECT ${exactTsquery(query)})`;
}

/**
 * The document under `alias` (a product, a catalogue entry, or a category's own
 * document) matches the query (exactly or with typos); index-backed.
 */
export function documentMatchesSql(query: SearchQuery, alias: string, shared = false): Sql {
  if (!exactTsqueryText(query)) return Prisma.sql`FALSE`;
  return Prisma.sql`${Prisma.raw(alias)}."searchDocument" @@ ${fullQueryValue(query, shared)}`;
}

/**
 * The product under `alias` matches the query: its document does, or it has no
 * document yet and its texts match the old way. For any SQL over "Product".
 */
export function productMatchesSql(query: SearchQuery, alias: string): Sql {
  if (!exactTsqueryText(query)) return Prisma.sql`FALSE`;
  return Prisma.sql`(${documentMatchesSql(query, alias)} OR ${missingDocumentMatchSql(query, alias)})`;
}

/**
 * The share of the query's terms the product's names hold (in any of its three
 * languages, through any exact alternative, thesaurus words included), in [0, 1]:
 * reads only the small "searchName" (the names' words). "мужской пуховик": a
 * women's down jacket (the name says пуховик) above a padded jacket that matches
 * both words only through its category and HS code.
 */
function nameShareSql(query: SearchQuery, alias: string): Sql {
  const terms = query.terms.filter((term) => term.alternatives.length > 0);
  if (terms.length === 0) return Prisma.sql`0`;
  const name = Prisma.sql`${Prisma.raw(alias)}."searchName"`;
  const hits = terms.map(
    (term) =>
      Prisma.sql`(CASE WHEN ${name} @@ (SELECT ${alternativesText(term.alternatives)}::tsquery) THEN 1 ELSE 0 END)`,
  );
  return Prisma.sql`((${Prisma.join(hits, " + ")})::float8 / ${terms.length})`;
}

/**
 * Relevance of a matching product, a double in [0, 2): when every term matches
 * exactly, 1 + half the share of terms its names hold (nameShareSql) + half its
 * ts_rank (normalized to below 1; names weigh 1.0, category/synonyms/HS 0.4,
 * descriptions 0.2); the same without the 1 when some term matched only through a
 * typo; 0.5 for a product without a document. Exact always ranks above fuzzy.
 */
export function productRankSql(query: SearchQuery, alias: string, shared = false): Sql {
  const document = Prisma.sql`${Prisma.raw(alias)}."searchDocument"`;
  const exact = Prisma.sql`(SELECT ${exactTsquery(query)})`;
  const nameShare = nameShareSql(query, alias);
  return Prisma.sql`(CASE
    WHEN ${document} IS NULL THEN 0.5
    WHEN ${document} @@ ${exact} THEN 1 + 0.5 * ${nameShare} + 0.49 * ts_rank(${document}, ${exact}, 32)
    ELSE 0.5 * ${nameShare} + 0.49 * ts_rank(${document}, ${fullQueryValue(query, shared)}, 32) END)::float8`;
}

/**
 * A cheap relevance band that reads no document (it may be TOASTed): 3 when every
 * term matched exactly and the name has the words, 2 exact elsewhere, 1 for a product
 * without a document, 0-1 when some term matched only through a typo (1 if then in
 * the name). Exactness is read from the document only when the query had typo
 * candidates at all. For ranking many matches; productRankSql refines few.
 */
export function productQuickScoreSql(query: SearchQuery, alias: string, shared = false): Sql {
  const a = Prisma.raw(alias);
  const exact = Prisma.sql`(SELECT ${exactTsquery(query)})`;
  // In this order: the document (TOASTed, ~3 kB) is read only when an exact match is possible.
  const exactBand = Prisma.sql`(CASE WHEN NOT ${typosValue(query, shared)} THEN 2
      WHEN NOT ${exactPossibleValue(shared)} THEN 0
      WHEN ${a}."searchDocument" @@ ${exact} THEN 2 ELSE 0 END)`;
  return Prisma.sql`(CASE WHEN ${a}."searchDocument" IS NULL THEN 1 ELSE
      ${exactBand} + ${nameBandSql(query, alias, shared)} END)`;
}

/** exactPossibleSql read from searchQueryCte; without it, assumed possible. */
function exactPossibleValue(shared: boolean): Sql {
  return shared ? Prisma.sql`(SELECT exact_possible FROM ${Prisma.raw(SHARED_QUERY)})` : Prisma.sql`TRUE`;
}

/**
 * productQuickScoreSql of a product known to match every term exactly (2 + the name
 * band), reading only its "searchName": the catalogue's fast path, whose products match
 * through their category's own words.
 */
export function exactMatchQuickScoreSql(query: SearchQuery, alias: string, shared = false): Sql {
  return Prisma.sql`(2 + ${nameBandSql(query, alias, shared)})`;
}

/** 1 when the names hold every term (exactly or through a typo), else 0. */
function nameBandSql(query: SearchQuery, alias: string, shared: boolean): Sql {
  return Prisma.sql`(CASE WHEN ${Prisma.raw(alias)}."searchName" @@ ${fullQueryValue(query, shared)} THEN 1 ELSE 0 END)`;
}

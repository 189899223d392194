import { chineseDocumentWords, chineseQueryWords } from "./chinese";
import { loadRussian } from "./russian";
import { phrasesIn, synonymsOf } from "./synonyms";
import { formsOf, kept, stopWords, wordsOf, type Word } from "./words";

/*
 * The text analyzer of the search: one normalization for product documents and
 * queries, so the same word always meets itself. Text is lower-cased, ё read as е,
 * and split by script (words.ts): Cyrillic words get their OpenCorpora lemmas and
 * derivation bases (russian.ts), Latin words their Porter stem, Han runs their
 * jieba words (chinese.ts), digits stay as they are. Common function words are
 * dropped. The trade thesaurus (thesaurus.ts, synonyms.ts) widens query words to
 * the same goods' words in the three languages.
 */

/**
 * The normalized tokens of a text, in order of appearance (duplicates kept, so a
 * caller can weigh repetitions): lemmas, derivation bases and stems of every
 * word; the search-mode words and characters of Chinese runs; after a thesaurus
 * phrase ("down parka"), its group's words (пуховик, 羽绒服).
 */
export async function analyzeDocument(text: string | null | undefined): Promise<string[]> {
  if (!text) return [];
  await loadRussian();
  const words = wordsOf(text).filter((word) => !stopWords.has(word.text));
  const forms = words.map((word) => (word.script === "zh" ? null : formsOf(word)));
  const phraseEnds = new Map<number, string[]>();
  for (const phrase of phrasesIn(forms)) {
    const end = phrase.start + phrase.length - 1;
    phraseEnds.set(end, [...(phraseEnds.get(end) ?? []), ...phrase.forms]);
  }
  const tokens: string[] = [];
  words.forEach((word, i) => {
    tokens.push(...(forms[i] ?? chineseDocumentWords(word.text)).filter(kept));
    tokens.push(...(phraseEnds.get(i) ?? []));
  });
  return tokens;
}

/** Typos are looked up for words of at least this many characters (one edit allowed). */
export const FUZZY_MIN_LENGTH = 5;

/**
 * One word of a query: a product matches it when its document holds any of the
 * `alternatives` (the word, its lemmas, derivation bases or stem; the words the
 * trade thesaurus gives it, or a phrase it is part of, in the three languages; for
 * a part of a Chinese compound, the compound too); `fuzzy` are the word's own
 * forms that may also be matched with one edit against the lexicon of document
 * words (typos), ranked below exact matches. Category synonyms are in the product
 * documents themselves, so a query needs no category expansion.
 */
export type QueryTerm = { word: string; alternatives: string[]; fuzzy: string[] };

export type SearchQuery = { text: string; terms: QueryTerm[] };

/** A query word before deduplication: its own forms, and what the thesaurus and a compound lend it. */
type Piece = Word & { own: string[]; lent: string[] };

/** The words of a query with their forms; a Chinese compound is cut into parts that also accept the whole. */
function piecesOf(q: string): Piece[] {
  const pieces: Piece[] = [];
  for (const word of wordsOf(q.slice(0, 500))) {
    if (word.script !== "zh") {
      const own = formsOf(word).filter(kept);
      pieces.push({ ...word, own, lent: synonymsOf(own) });
      continue;
    }
    for (const { part, compound } of chineseQueryWords(word.text)) {
      pieces.push({
        text: part,
        script: "zh",
        own: [part],
        lent: [...synonymsOf([part]), ...(compound ? [compound] : [])],
      });
    }
  }
  // A thesaurus phrase ("blood pressure monitor") lends its group's words (тонометр, 血压计) to each of its words.
  for (const phrase of phrasesIn(pieces.map((piece) => (piece.script === "zh" ? null : piece.own)))) {
    for (const piece of pieces.slice(phrase.start, phrase.start + phrase.length)) piece.lent.push(...phrase.forms);
  }
  return pieces;
}

/**
 * Parsed queries, most recent last: the same words are searched again and again during a fair
 * (a session's category words above all), and parsing costs ~1–3 ms of CPU (az's dictionary
 * lookups), a tenth of a search page. The parse is a pure function of the text and this
 * build's dictionaries and thesaurus, so it never goes stale. Callers must not change it.
 */
const parsedQueries = new Map<string, Readonly<SearchQuery>>();
const PARSED_QUERIES_KEPT = 1_000;

/** A query's terms (all must match, each through any alternative). Empty when only function words remain. */
export async function parseSearchQuery(q: string): Promise<SearchQuery> {
  const known = parsedQueries.get(q);
  if (known) {
    parsedQueries.delete(q); // most recently used last
    parsedQueries.set(q, known);
    return known;
  }
  const parsed = await parseQueryText(q);
  parsedQueries.set(q, parsed);
  if (parsedQueries.size > PARSED_QUERIES_KEPT) parsedQueries.delete(parsedQueries.keys().next().value!);
  return parsed;
}

async function parseQueryText(q: string): Promise<SearchQuery> {
  await loadRussian();
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const piece of piecesOf(q)) {
    if (!kept(piece.text) || seen.has(piece.text)) continue;
    seen.add(piece.text);
    // Typos are looked up for the word's own forms only, not for what the thesaurus lends it.
    const fuzzy =
      piece.script === "ru" || piece.script === "en"
        ? [...new Set([piece.text, ...piece.own])].filter((form) => [...form].length >= FUZZY_MIN_LENGTH)
        : [];
    const alternatives = [...new Set([...piece.own, ...piece.lent])].filter(kept);
    terms.push({ word: piece.text, alternatives, fuzzy });
    if (terms.length >= 12) break;
  }
  return { text: q, terms };
}

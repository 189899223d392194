import { stemmer } from "stemmer";
import { chineseDocumentWords, chineseQueryWords } from "./chinese";
import { loadRussian, russianForms } from "./russian";

/*
 * The text analyzer of the search: one normalization for product documents and
 * queries, so the same word always meets itself. Text is lower-cased, ё read as е,
 * and split by script: Cyrillic words get their OpenCorpora lemmas and derivation
 * bases (russian.ts), Latin words their Porter stem, Han runs their jieba words
 * (chinese.ts), digits stay as they are. Common function words are dropped.
 */

const stopWords = new Set([
  // Russian
  "и",
  "в",
  "во",
  "не",
  "на",
  "с",
  "со",
  "из",
  "для",
  "по",
  "от",
  "до",
  "к",
  "ко",
  "о",
  "об",
  "у",
  "за",
  "а",
  "но",
  "или",
  "без",
  "при",
  "под",
  "над",
  "же",
  "ли",
  "бы",
  // English
  "a",
  "an",
  "the",
  "and",
  "or",
  "of",
  "for",
  "with",
  "in",
  "on",
  "to",
  "by",
  "from",
  "at",
  "as",
  "is",
  // Chinese
  "的",
  "和",
  "与",
  "及",
  "或",
  "等",
  "了",
  "在",
]);

/** A word as the text has it (lower-cased) and the script it is written in. */
type Word = { text: string; script: "ru" | "en" | "zh" | "digits" | "other" };

const wordPattern = /\p{Script=Han}+|[\p{L}\p{M}\p{N}]+/gu;

export function normalizeText(text: string): string {
  return text.normalize("NFKC").toLowerCase().replace(/ё/g, "е");
}

function scriptOf(word: string): Word["script"] {
  if (/\p{Script=Han}/u.test(word)) return "zh";
  if (/^\p{N}+$/u.test(word)) return "digits";
  if (/\p{Script=Cyrillic}/u.test(word)) return "ru";
  if (/\p{Script=Latin}/u.test(word)) return "en";
  return "other";
}

function wordsOf(text: string): Word[] {
  // HS codes and other dotted numbers (5208.32) are one word: 520832.
  const joined = normalizeText(text).replace(/(\d)[.](?=\d)/g, "$1");
  return (joined.match(wordPattern) ?? []).map((word) => ({ text: word, script: scriptOf(word) }));
}

/** The index forms of a non-Chinese word: itself plus its lemmas/stem. */
function formsOf(word: Word): string[] {
  const forms = new Set([word.text]);
  if (word.script === "ru") for (const form of russianForms(word.text)) forms.add(form);
  if (word.script === "en") forms.add(stemmer(word.text));
  return [...forms];
}

const kept = (token: string) => token.length > 0 && token.length <= 64 && !stopWords.has(token);

/**
 * The normalized tokens of a text, in order of appearance (duplicates kept, so a
 * caller can weigh repetitions): lemmas, derivation bases and stems of every
 * word; the search-mode words and characters of Chinese runs.
 */
export async function analyzeDocument(text: string | null | undefined): Promise<string[]> {
  if (!text) return [];
  await loadRussian();
  const tokens: string[] = [];
  for (const word of wordsOf(text)) {
    if (stopWords.has(word.text)) continue;
    tokens.push(...(word.script === "zh" ? chineseDocumentWords(word.text) : formsOf(word)).filter(kept));
  }
  return tokens;
}

/** Typos are looked up for words of at least this many characters (one edit allowed). */
export const FUZZY_MIN_LENGTH = 5;

/**
 * One word of a query: a product matches it when its document holds any of the
 * `alternatives` (the word, its lemmas, derivation bases or stem); `fuzzy` are the
 * forms that may also be matched with one edit against the lexicon of document
 * words (typos), ranked below exact matches. Category synonyms are in the product
 * documents themselves, so a query needs no synonym expansion.
 */
export type QueryTerm = { word: string; alternatives: string[]; fuzzy: string[] };

export type SearchQuery = { text: string; terms: QueryTerm[] };

/** A query's terms (all must match, each through any alternative). Empty when only function words remain. */
export async function parseSearchQuery(q: string): Promise<SearchQuery> {
  await loadRussian();
  const terms: QueryTerm[] = [];
  const seen = new Set<string>();
  for (const word of wordsOf(q.slice(0, 500))) {
    const pieces: Word[] =
      word.script === "zh" ? chineseQueryWords(word.text).map((text) => ({ text, script: "zh" })) : [word];
    for (const piece of pieces) {
      if (!kept(piece.text) || seen.has(piece.text)) continue;
      seen.add(piece.text);
      const alternatives = piece.script === "zh" ? [piece.text] : formsOf(piece).filter(kept);
      const fuzzy =
        piece.script === "ru" || piece.script === "en"
          ? [...new Set([piece.text, ...alternatives])].filter((form) => [...form].length >= FUZZY_MIN_LENGTH)
          : [];
      terms.push({ word: piece.text, alternatives, fuzzy });
      if (terms.length >= 12) return { text: q, terms };
    }
  }
  return { text: q, terms };
}

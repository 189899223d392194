import { stemmer } from "stemmer";
import { russianForms } from "./russian";

/*
 * Words as the search reads them: text lower-cased (NFKC), ё read as е, split by
 * script into Cyrillic, Latin, Han runs and digits; a word's index forms (its
 * lemmas and derivation bases for Russian, its Porter stem for English). Common
 * function words are dropped by the callers (`kept`).
 */

export const stopWords = new Set([
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
export type Word = { text: string; script: "ru" | "en" | "zh" | "digits" | "other" };

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

export function wordsOf(text: string): Word[] {
  // HS codes and other dotted numbers (5208.32) are one word: 520832.
  const joined = normalizeText(text).replace(/(\d)[.](?=\d)/g, "$1");
  return (joined.match(wordPattern) ?? []).map((word) => ({ text: word, script: scriptOf(word) }));
}

/** The index forms of a non-Chinese word: itself plus its lemmas/stem. */
export function formsOf(word: Word): string[] {
  const forms = new Set([word.text]);
  if (word.script === "ru") for (const form of russianForms(word.text)) forms.add(form);
  if (word.script === "en") forms.add(stemmer(word.text));
  return [...forms];
}

export const kept = (token: string) => token.length > 0 && token.length <= 64 && !stopWords.has(token);

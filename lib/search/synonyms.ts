import { thesaurus } from "./thesaurus";
import { formsOf, kept, normalizeText, wordsOf } from "./words";

/*
 * The trade thesaurus (thesaurus.ts) read with the analyzer's own word forms:
 * which words a word stands for, and where a sequence of words is one of its
 * phrases. Built once, after the Russian dictionary has loaded (loadRussian).
 */

type Phrase = { words: Set<string>[]; forms: string[] };
type Index = { byForm: Map<string, string[]>; phrases: Phrase[] };

let built: Index | null = null;

function index(): Index {
  if (built) return built;
  const byForm = new Map<string, Set<string>>();
  const phrases: Phrase[] = [];
  for (const group of thesaurus) {
    const forms = new Set<string>();
    const groupPhrases: Set<string>[][] = [];
    for (const member of [...group.en, ...group.ru]) {
      const words = wordsOf(member).map((word) => new Set(formsOf(word)));
      if (words.length === 1) for (const form of words[0]!) forms.add(form);
      else if (words.length > 1) groupPhrases.push(words);
    }
    for (const word of group.zh) forms.add(normalizeText(word));
    const groupForms = [...forms].filter(kept);
    for (const form of groupForms) {
      const merged = byForm.get(form) ?? new Set<string>();
      for (const other of groupForms) merged.add(other);
      byForm.set(form, merged);
    }
    for (const words of groupPhrases) phrases.push({ words, forms: groupForms });
  }
  built = { byForm: new Map([...byForm].map(([form, forms]) => [form, [...forms]])), phrases };
  return built;
}

/** The words the thesaurus gives a word with these forms (the forms of its groups' words). */
export function synonymsOf(forms: string[]): string[] {
  const found = new Set<string>();
  for (const form of forms) for (const other of index().byForm.get(form) ?? []) found.add(other);
  return [...found];
}

/**
 * The thesaurus phrases in a sequence of words (each given by its forms; null
 * for a word that breaks a phrase, such as a Chinese run): where each starts, how
 * many words it spans, and the words of its group.
 */
export function phrasesIn(words: (string[] | null)[]): { start: number; length: number; forms: string[] }[] {
  const found: { start: number; length: number; forms: string[] }[] = [];
  for (let start = 0; start < words.length; start++) {
    for (const phrase of index().phrases) {
      const fits = phrase.words.every((wanted, i) => words[start + i]?.some((form) => wanted.has(form)));
      if (fits) found.push({ start, length: phrase.words.length, forms: phrase.forms });
    }
  }
  return found;
}

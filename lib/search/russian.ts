import path from "node:path";
import { createRequire } from "node:module";
import Az from "az";

/*
 * Russian words through `az`: OpenCorpora's dictionary (shipped inside the npm
 * package, ~5 MB, read once, ~0.3 s) gives every inflected form its lemma
 * (хлопка, хлопком -> хлопок; пуховики -> пуховик), and an adjective derived from
 * a noun reaches that noun when the dictionary knows it (хлопковый -> хлопок,
 * пуховый -> пух, кожаный -> кожа).
 */

let ready: Promise<void> | null = null;

function dictionaryFolder(): string {
  try {
    return path.join(path.dirname(createRequire(import.meta.url).resolve("az/package.json")), "dicts");
  } catch {
    return path.join(process.cwd(), "node_modules", "az", "dicts");
  }
}

/** Loads the dictionary once per process; every analysis awaits it. */
export function loadRussian(): Promise<void> {
  ready ??= new Promise<void>((resolve, reject) => {
    Az.Morph.init(dictionaryFolder(), (error) => (error ? reject(error) : resolve()));
  }).catch((error: unknown) => {
    ready = null;
    throw error;
  });
  return ready;
}

const fromDictionary = (parse: { parser?: unknown }) => String(parse.parser) === "Dictionary";
const yoToYe = (word: string) => word.replace(/ё/g, "е");

/** Lemmas the dictionary knows for a word (all its readings), else the best guess. */
function lemmasOf(word: string): { lemmas: string[]; adjectives: string[] } {
  const parses = Az.Morph(word);
  const known = parses.filter(fromDictionary);
  const chosen = known.length > 0 ? known : parses.slice(0, 1);
  const lemmas = new Set<string>();
  const adjectives = new Set<string>();
  for (const parse of chosen) {
    const normal = parse.normalize();
    const lemma = yoToYe(normal.word);
    lemmas.add(lemma);
    if (known.length > 0 && (normal.tag.POST === "ADJF" || parse.tag.POST === "ADJF")) adjectives.add(lemma);
  }
  return { lemmas: [...lemmas], adjectives: [...adjectives] };
}

/** True when the dictionary knows `word` as the lemma of a noun. */
function isKnownNoun(word: string): boolean {
  return Az.Morph(word).some(
    (parse) => fromDictionary(parse) && parse.tag.POST === "NOUN" && yoToYe(parse.normalize().word) === word,
  );
}

// Relational adjective suffixes (masculine lemma endings), longest first.
const adjectiveSuffixes = ["овый", "евый", "овой", "евой", "яной", "яный", "аный", "аной", "ный", "ной", "ий"];

/** The noun an adjective was derived from, when the dictionary knows it: хлопковый -> хлопок. */
export function derivationBase(adjective: string): string | null {
  for (const suffix of adjectiveSuffixes) {
    if (!adjective.endsWith(suffix) || adjective.length - suffix.length < 2) continue;
    const stem = adjective.slice(0, -suffix.length);
    const candidates = [stem, `${stem}а`, `${stem}я`, `${stem}ь`, `${stem}о`];
    // A fleeting vowel: хлопк -> хлопок, шелк -> шелк, замк -> замок.
    const last = stem.at(-1)!;
    if ("кцн".includes(last)) {
      const head = stem.slice(0, -1);
      candidates.push(`${head}о${last}`, `${head}е${last}`);
    }
    const found = candidates.find(isKnownNoun);
    if (found) return found;
  }
  return null;
}

const cache = new Map<string, string[]>();

/**
 * The normalized forms of one lower-cased Russian word: its lemmas and the nouns
 * its adjective lemmas derive from (the word itself is added by the caller).
 * Needs loadRussian() first.
 */
export function russianForms(word: string): string[] {
  const hit = cache.get(word);
  if (hit) return hit;
  const { lemmas, adjectives } = lemmasOf(word);
  const forms = new Set(lemmas);
  for (const adjective of adjectives) {
    const base = derivationBase(adjective);
    if (base) forms.add(base);
  }
  const result = [...forms];
  if (cache.size > 200_000) cache.clear();
  cache.set(word, result);
  return result;
}

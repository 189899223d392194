import { analyzeDocument } from "./analyzer";
import { hsCodeText } from "./hs-chapters";

/** The texts a product's search document is built from. */
export type ProductSearchSource = {
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  descriptionRu: string | null;
  hsCode: string;
  /** The product's category and its ancestors: names in three languages and synonyms. */
  categories: { nameEn: string; nameZh: string; nameRu: string; synonyms: string[] }[];
};

type Weight = "A" | "B" | "C";

/** Positions per word kept in a document (ts_rank counts them; more adds size, not sense). */
const MAX_POSITIONS_PER_WORD = 8;
const MAX_POSITION = 16383;

/**
 * A product's search document as a tsvector literal: names at weight A, the
 * category (names, synonyms) and the HS code with its chapter's words at B,
 * descriptions at C. The words are the analyzer's tokens; PostgreSQL stores them
 * as they are (no dictionary runs on the server).
 */
export async function productSearchDocument(source: ProductSearchSource): Promise<string> {
  const fields: [Weight, string | null][] = [
    ["A", source.nameRu],
    ["A", source.nameZh],
    ["A", source.nameEn],
    ...categoryFields(source.categories),
    ["B", hsCodeText(source.hsCode)],
    ["C", source.descriptionRu],
    ["C", source.descriptionZh],
    ["C", source.descriptionEn],
  ];
  const positions = new Map<string, string[]>();
  let position = 0;
  for (const [weight, text] of fields) {
    for (const token of await analyzeDocument(text)) {
      position = Math.min(position + 1, MAX_POSITION);
      const list = positions.get(token) ?? [];
      if (list.length < MAX_POSITIONS_PER_WORD) list.push(`${position}${weight}`);
      positions.set(token, list);
    }
    position = Math.min(position + 8, MAX_POSITION); // no phrase spans two fields
  }
  return [...positions].map(([token, list]) => `${quoteLexeme(token)}:${list.join(",")}`).join(" ");
}

/** The fields a category chain adds to each of its products' documents (weight B). */
function categoryFields(categories: ProductSearchSource["categories"]): [Weight, string][] {
  return categories.flatMap((category): [Weight, string][] => [
    ["B", `${category.nameRu} ${category.nameZh} ${category.nameEn}`],
    ["B", category.synonyms.join(" ")],
  ]);
}

/**
 * A category's search document (its chain: the category and its ancestors), a
 * tsvector literal of plain words: exactly the words categoryFields adds to every
 * product document of the category, so a query this document satisfies is
 * satisfied by each of those products (the catalogue's category fast path).
 */
export async function categorySearchDocument(categories: ProductSearchSource["categories"]): Promise<string> {
  const words = new Set<string>();
  for (const [, text] of categoryFields(categories)) for (const token of await analyzeDocument(text)) words.add(token);
  return [...words].map(quoteLexeme).join(" ");
}

function quoteLexeme(token: string): string {
  return `'${token.replace(/\\/g, "\\\\").replace(/'/g, "''")}'`;
}

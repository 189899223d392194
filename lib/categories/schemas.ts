import { z } from "zod";

export const synonymLanguages = ["en", "zh", "ru"] as const;
export type SynonymLanguage = (typeof synonymLanguages)[number];

export const MAX_SYNONYMS_PER_LANGUAGE = 30;
export const MAX_SYNONYM_LENGTH = 60;

/** One term per line or separated by commas (Latin or Chinese ones); blanks and repeats dropped. */
export function splitSynonyms(text: string): string[] {
  const terms = text
    .split(/[\n\r,，、;；]+/)
    .map((term) => term.replace(/\s+/g, " ").trim())
    .filter((term) => term !== "");
  return [...new Set(terms)];
}

// A text area's text, or the list it became (domain functions parse their input again).
const synonymList = z
  .union([
    z.string().max(4000, "tooLong"),
    z.array(z.string().max(4000, "tooLong")).max(200, "categorySynonymsTooMany"),
  ])
  .transform((value) => splitSynonyms(Array.isArray(value) ? value.join("\n") : value))
  .pipe(
    z
      .array(z.string().max(MAX_SYNONYM_LENGTH, "categorySynonymTooLong"))
      .max(MAX_SYNONYMS_PER_LANGUAGE, "categorySynonymsTooMany"),
  );

/** An organizer's synonyms of one category, a list per language (what the form's text areas hold). */
export const categorySynonymsSchema = z.object({
  categoryId: z.string("categoryUnknown").regex(/^[A-Za-z0-9_-]{1,64}$/, "categoryUnknown"),
  synonymsEn: synonymList.default([]),
  synonymsZh: synonymList.default([]),
  synonymsRu: synonymList.default([]),
});
export type CategorySynonymsInput = z.input<typeof categorySynonymsSchema>;

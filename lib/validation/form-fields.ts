import { z } from "zod";

// Field schemas every form shares. Messages are keys of the "errors" catalogue;
// each schema is idempotent (its output parses to itself), since the form action
// parses and the domain function parses again.

/** Optional free text: trimmed, at most `max` characters, empty becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, "tooLong")
    .nullish()
    .transform((value) => value || null);

/** Checkbox groups arrive as nothing, one string or several: a list without blanks or repeats. */
export const stringList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => [...new Set((Array.isArray(value) ? value : value ? [value] : []).filter(Boolean))]);

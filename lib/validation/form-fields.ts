import { z } from "zod";
import { parseMinorUnits } from "@/lib/money/minor-units";

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

/** For z.preprocess: a blank string (also only spaces) means "not given". */
export const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : value);

/** What an amount parser answers: minor units, or the message key of what is wrong. */
type ParsedAmount = { ok: true; minor: bigint } | { ok: false; error: string };

/**
 * An optional amount typed as text -> integer minor units (bigint) through `parse`,
 * never through a float; blank is null. With `notPositiveMessage`, zero or less fails
 * with it. A bigint passes through, which keeps the schema idempotent.
 */
export const optionalMinorAmount = (parse: (text: string) => ParsedAmount, notPositiveMessage?: string) =>
  z
    .union([z.string(), z.bigint()])
    .nullish()
    .transform((value, ctx) => {
      if (typeof value === "bigint") return value;
      const text = (value ?? "").trim();
      if (text === "") return null;
      const parsed = parse(text);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: parsed.error });
        return z.NEVER;
      }
      if (notPositiveMessage !== undefined && parsed.minor <= 0n) {
        ctx.addIssue({ code: "custom", message: notPositiveMessage });
        return z.NEVER;
      }
      return parsed.minor;
    });

/** An optional money amount typed in major units ("12 500,00"); zero or less fails with `notPositiveMessage`. */
export const optionalPositiveMinorUnits = (notPositiveMessage: string) =>
  optionalMinorAmount(parseMinorUnits, notPositiveMessage);

import { z } from "zod";
import { catalogueSorts } from "./cursor";
import { locales } from "@/lib/i18n/routing";
import { parseMinorUnits } from "@/lib/money/minor-units";
import { isStorableText } from "@/lib/validation/storable-text";
import { currencies, parseRate } from "./money";

// Messages are keys of the "catalogue.errors" catalogue (search form, read by GET)
// or of "errors" (exchange-rate form, a server action); see messages/*/catalogue.json.

/** A GET form sends "" for an untouched field; that means "no filter". */
const blankToUndefined = (value: unknown) =>
  (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0)
    ? undefined
    : Array.isArray(value) && value.length === 1 && typeof value[0] === "string"
      ? value[0]
      : value;

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

const idPattern = /^[A-Za-z0-9_-]{1,64}$/;

/** A price bound typed in major units ("12.50", "1 234,5") -> minor units, never a float. */
const decimalMoney = z.string().transform((value, ctx) => {
  const parsed = parseMinorUnits(value);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: "priceInvalid" });
    return z.NEVER;
  }
  return parsed.minor;
});

/** Repeated query parameters (checkboxes) arrive as an array, a single one as a string. */
const idList = z
  .preprocess(
    (value) => (value === undefined ? [] : (Array.isArray(value) ? value : [value]).filter((v) => v !== "")),
    z.array(z.string().regex(idPattern, "categoryInvalid")).max(20, "categoryInvalid"),
  )
  .optional();

const searchFields = {
  /** Only this supplier's products (its public page). */
  supplierId: optional(z.string().regex(idPattern, "invalid")),
  // A NUL would reach PostgreSQL as a 500; the term is ignored with a message instead.
  q: optional(z.string().trim().max(200, "queryTooLong").refine(isStorableText, "unstorableText")),
  categoryIds: idList,
  certification: optional(
    z
      .string()
      .trim()
      .regex(/^[\p{L}\p{N} _.\-]{1,40}$/u, "certificationInvalid"),
  ),
  moqMax: optional(
    z.coerce.number("moqInvalid").int("moqInvalid").min(1, "moqInvalid").max(1_000_000_000, "moqInvalid"),
  ),
  priceMin: optional(decimalMoney),
  priceMax: optional(decimalMoney),
  priceCurrency: optional(z.enum(currencies, "currencyInvalid")),
  city: optional(z.string().trim().max(100, "cityInvalid").refine(isStorableText, "unstorableText")),
  sort: optional(z.enum(catalogueSorts, "sortInvalid")),
  cursor: optional(z.string().max(600)),
  page: optional(z.coerce.number().int().min(1).max(1_000_000)),
  pageSize: optional(z.coerce.number().int().min(1).max(60)),
};

type PriceBounds = { priceMin?: bigint; priceMax?: bigint };
const boundsInOrder = (input: PriceBounds) =>
  input.priceMin === undefined || input.priceMax === undefined || input.priceMin <= input.priceMax;
const boundsMessage = { path: ["priceMax"], message: "priceRangeInverted" };

/** The catalogue search form (query string of the catalogue page). */
export const catalogueSearchSchema = z.object(searchFields).refine(boundsInOrder, boundsMessage);
export type CatalogueSearchParams = z.output<typeof catalogueSearchSchema>;

/** searchCatalogue's input: the same fields, for one fair session. */
export const searchCatalogueSchema = z
  .object({ sessionId: z.string().regex(idPattern), ...searchFields })
  .refine(boundsInOrder, boundsMessage);
export type SearchCatalogueInput = z.input<typeof searchCatalogueSchema>;

/** The supplier list of a session: name (any language) and city; ordered by name in `locale`. */
export const searchSuppliersSchema = z.object({
  sessionId: z.string().regex(idPattern),
  q: searchFields.q,
  city: searchFields.city,
  page: searchFields.page,
  pageSize: searchFields.pageSize,
  locale: z.enum(locales).default("en"),
});
export type SearchSuppliersInput = z.input<typeof searchSuppliersSchema>;

/**
 * Reads the catalogue page's query string. A field that does not validate is
 * reported and left out, so the rest of the search still runs: `input` is the
 * query string without those fields (what searchCatalogue parses), `params` its
 * parsed form.
 */
export function parseCatalogueSearchParams(raw: Record<string, string | string[] | undefined>): {
  input: Record<string, string | string[] | undefined>;
  params: CatalogueSearchParams;
  fieldErrors: Record<string, string>;
} {
  const fieldErrors: Record<string, string> = {};
  const input = { ...raw };
  for (let attempt = 0; attempt < 3; attempt++) {
    const parsed = catalogueSearchSchema.safeParse(input);
    if (parsed.success) return { input, params: parsed.data, fieldErrors };
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? "q");
      fieldErrors[field] ??= /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
      delete input[field];
    }
  }
  return { input: {}, params: catalogueSearchSchema.parse({}), fieldErrors };
}

/**
 * A rate typed as "1 USD = 7.20 CNY": a positive decimal with at most six
 * decimals. Kept as text here; setExchangeRates turns it into integer micros.
 */
const rateField = z
  .string()
  .trim()
  .min(1, "required")
  .refine((value) => {
    const micros = parseRate(value);
    return micros !== null && micros <= 10n ** 12n;
  }, "exchangeRateInvalid");

/** The rates of one fair; USD is always 1. */
export const setExchangeRatesSchema = z.object({
  fairId: z.string().regex(idPattern, "required"),
  CNY: rateField,
  RUB: rateField,
});
export type SetExchangeRatesInput = z.input<typeof setExchangeRatesSchema>;

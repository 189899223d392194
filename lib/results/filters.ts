import { z } from "zod";
import { currencies } from "@/lib/catalogue/money";
import { regionFilterKeys } from "./geography";

const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, "invalid");
const day = z.iso.date("invalid");
const single = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => {
    const one = single(value);
    return one === "" || one === null ? undefined : one;
  }, schema.optional());

/**
 * The report's filters as they stand in the URL (`?session=…&category=…&region=cn:ningbo&from=…&to=…&currency=USD`):
 * a session of the fair, a category (and its subcategories), a place (`cn:` Zhejiang city,
 * `fd:` Russian federal district, `ru:` Russian region), a day range in the fair's zone,
 * and the currency values are converted into. Ids are checked against the fair by the loader.
 */
export const reportFiltersSchema = z
  .object({
    session: optional(id),
    category: optional(id),
    region: optional(z.string().refine((value) => regionFilterKeys.includes(value), "invalid")),
    from: optional(day),
    to: optional(day),
    currency: optional(z.enum(currencies, "invalid")),
  })
  .refine((filters) => !filters.from || !filters.to || filters.from <= filters.to, {
    message: "invalid",
    path: ["to"],
  });
export type ReportFilters = z.output<typeof reportFiltersSchema>;

/** The filters of a URL's query (URLSearchParams or Next's searchParams object). */
export function filtersOfQuery(query: URLSearchParams | Record<string, string | string[] | undefined>) {
  const entries = query instanceof URLSearchParams ? Object.fromEntries(query.entries()) : query;
  return reportFiltersSchema.safeParse({
    session: entries.session,
    category: entries.category,
    region: entries.region,
    from: entries.from,
    to: entries.to,
    currency: entries.currency,
  });
}

/** The query string of a set of filters (only those set), for links and downloads. */
export function queryOfFilters(filters: ReportFilters, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries({ ...filters, ...extra })) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * A URL's query string as the object next-intl's router takes (`{ pathname, params,
 * query }`): every parameter kept, a repeated one (the category checkboxes) as an
 * array in its original order, so switching language keeps ?q= and every filter.
 */
export function queryOf(search: string | URLSearchParams): Record<string, string | string[]> {
  const params = typeof search === "string" ? new URLSearchParams(search) : search;
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    const seen = query[key];
    if (seen === undefined) query[key] = value;
    else query[key] = Array.isArray(seen) ? [...seen, value] : [seen, value];
  }
  return query;
}

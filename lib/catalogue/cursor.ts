import { z } from "zod";

export const catalogueSorts = ["relevance", "newest", "price"] as const;
export type CatalogueSort = (typeof catalogueSorts)[number];

/**
 * Where a page starts: the sort key and id of the row next to it. "after" pages
 * forward from that row, "before" pages back. Opaque to clients (base64url JSON)
 * and bound to one sort order, so a cursor from another order is ignored.
 */
export type CatalogueCursor = { sort: CatalogueSort; direction: "after" | "before"; key: string; id: string };

// Keys are plain integers (relevance score, price in US cents) or an ISO instant
// (newest); they go into SQL only as bound parameters.
const keyPattern: Record<CatalogueSort, RegExp> = {
  relevance: /^\d{1,19}$/,
  price: /^\d{1,30}$/,
  newest: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/,
};

const payloadSchema = z.object({
  s: z.enum(catalogueSorts),
  d: z.enum(["a", "b"]),
  k: z.string().max(40),
  i: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
});

export function encodeCursor(cursor: CatalogueCursor): string {
  const payload = { s: cursor.sort, d: cursor.direction === "after" ? "a" : "b", k: cursor.key, i: cursor.id };
  return Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
}

/** The cursor, or null when it is malformed or belongs to another sort order. */
export function decodeCursor(text: string | undefined, sort: CatalogueSort): CatalogueCursor | null {
  if (!text) return null;
  try {
    const parsed = payloadSchema.safeParse(JSON.parse(Buffer.from(text, "base64url").toString("utf8")));
    if (!parsed.success || parsed.data.s !== sort || !keyPattern[sort].test(parsed.data.k)) return null;
    const { s, d, k, i } = parsed.data;
    return { sort: s, direction: d === "a" ? "after" : "before", key: k, id: i };
  } catch {
    return null;
  }
}

/** What our ids look like (cuids, and ids the seed spells out): anything else cannot name a row. */
const entityIdPattern = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Whether a value read from a URL can be an id at all. Pages answer "not found" for one
 * that cannot, without asking the database (which would refuse a NUL with an error).
 */
export function isEntityId(value: unknown): value is string {
  return typeof value === "string" && entityIdPattern.test(value);
}

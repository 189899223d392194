/**
 * Prisma drops a `where` key whose value is `undefined`, so `{ organizationId: actor.organizationId }`
 * with a missing id silently reads, updates or deletes every row. These are the operations
 * where a dropped key widens the rows touched; lib/db.ts refuses them (as cal.com does).
 */
export const guardedOperations: ReadonlySet<string> = new Set([
  "findMany",
  "findFirst",
  "findFirstOrThrow",
  "updateMany",
  "updateManyAndReturn",
  "deleteMany",
  "count",
]);

/**
 * The path of the first key holding `undefined`, at the top level of a `where` or inside its
 * AND/OR/NOT combinators; null when there is none. Nested relation filters are not walked:
 * they are built by the tenant scope (lib/tenancy), which never yields `undefined`.
 */
export function undefinedWhereKey(where: unknown, path = "where"): string | null {
  if (where === null || typeof where !== "object") return null;
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) return `${path}.${key}`;
    if (key !== "AND" && key !== "OR" && key !== "NOT") continue;
    const parts = Array.isArray(value) ? value : [value];
    for (const [index, part] of parts.entries()) {
      const found = undefinedWhereKey(part, Array.isArray(value) ? `${path}.${key}[${index}]` : `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** Throws (a programming error, not an AppError: nothing the user did) when the `where` would widen. */
export function refuseUndefinedWhere(model: string, operation: string, where: unknown): void {
  if (!guardedOperations.has(operation)) return;
  const key = undefinedWhereKey(where);
  if (key) {
    throw new Error(`${model}.${operation}: ${key} is undefined; Prisma would drop it and match every row`);
  }
}

import { createHash } from "node:crypto";
import { Prisma } from "./generated/prisma/client";

/**
 * Hot statements whose planning costs as much as running them (the catalogue search: many
 * CTEs, planned in ~2 ms, run in ~3-8 ms) are prepared once per pooled connection under a
 * name derived from their text, so PostgreSQL keeps their plan: after five executions it
 * switches to one generic plan for the shape when that costs no more than the custom ones
 * (plan_cache_mode auto). Only statements built with `prepared()` are named: each distinct
 * text stays prepared on every connection for its life, so a statement's text must come
 * from a bounded set of shapes (values as parameters, never spliced in).
 */
const PREPARED_MARK = "/* prepared */ ";

export function prepared(statement: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`${Prisma.raw(PREPARED_MARK)}${statement}`;
}

/**
 * The name lib/db.ts's adapter gives a statement; "" is the protocol's unnamed statement,
 * planned each time it runs.
 */
export function preparedStatementName(query: { sql: string }): string {
  if (!query.sql.startsWith(PREPARED_MARK)) return "";
  return `fb_${createHash("sha1").update(query.sql).digest("hex")}`;
}

import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { prepared, preparedStatementName } from "@/lib/db-prepared";
import { buildCatalogueQuery } from "@/lib/catalogue/catalogue-query";
import { createCatalogueSession } from "../factories/catalogue";

type PlanCounts = { generic: number; custom: number };

/** How often the statement named `name` ran on this connection, by the kind of plan it used. */
async function planCounts(tx: Prisma.TransactionClient, name: string): Promise<PlanCounts | undefined> {
  const [row] = await tx.$queryRaw<PlanCounts[]>`
    SELECT generic_plans::int AS generic, custom_plans::int AS custom FROM pg_prepared_statements WHERE name = ${name}`;
  return row;
}

describe("prepared statements (lib/db-prepared.ts)", () => {
  it("names only statements built with prepared(), by their text", () => {
    const statement = prepared(Prisma.sql`SELECT ${1}::int AS one`);
    const name = preparedStatementName({ sql: statement.text });
    expect(name).toMatch(/^fb_[0-9a-f]{40}$/);
    expect(preparedStatementName({ sql: prepared(Prisma.sql`SELECT ${2}::int AS one`).text })).toBe(name);
    expect(preparedStatementName({ sql: prepared(Prisma.sql`SELECT ${1}::int AS two`).text })).not.toBe(name);
    expect(preparedStatementName({ sql: Prisma.sql`SELECT ${1}::int AS one`.text })).toBe("");
  });

  it("prepares the catalogue search once per connection and runs it again with new values", async () => {
    const { session } = await createCatalogueSession();
    const build = async (q: string) => (await buildCatalogueQuery({ sessionId: session.id, q })).sql;
    const [down, fabric] = [await build("羽绒服"), await build("面料")];
    const name = preparedStatementName({ sql: down.text });
    expect(name).not.toBe("");
    expect(preparedStatementName({ sql: fabric.text })).toBe(name); // one shape, values apart

    // One connection for the whole check: an interactive transaction holds one.
    await db.$transaction(async (tx) => {
      expect(await planCounts(tx, name)).toBeUndefined();
      for (let run = 0; run < 7; run++) {
        const rows = await tx.$queryRaw<{ sessionFound: number }[]>(run % 2 ? fabric : down);
        expect(rows[0]?.sessionFound).toBe(1);
      }
      const counts = await planCounts(tx, name);
      expect(counts && counts.generic + counts.custom).toBe(7);
      // Everything else on the connection (the factories' writes, these reads) stayed unnamed.
      const [{ count }] = await tx.$queryRaw<
        { count: number }[]
      >`SELECT count(*)::int AS count FROM pg_prepared_statements`;
      expect(count).toBe(1);
    });
  });
});

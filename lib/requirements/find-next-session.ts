import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nextSessionOfCategorySql } from "./next-session-sql";

type Client = Pick<Prisma.TransactionClient, "$queryRaw">;

/**
 * The next session a requirement of `categoryId` can go to: the earliest-starting
 * session of a published fair, not ended at `now`, that offers the category or one
 * of its ancestors. Null when no later edition has been published yet.
 */
export async function findNextSessionOfCategory(
  client: Client,
  categoryId: string,
  now: Date,
): Promise<{ id: string } | null> {
  const rows = await client.$queryRaw<{ id: string }[]>(nextSessionOfCategorySql(categoryId, now));
  return rows[0] ?? null;
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The shared client or an open transaction: the scheduling reads run inside either. */
export type DbClient = Prisma.TransactionClient;

/**
 * `db` typed as a DbClient. The two differ only in that `db` omits password
 * hashes from users, which the scheduling code never reads.
 */
export const dbClient = db as unknown as DbClient;

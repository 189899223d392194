import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { entrySummarySelect } from "./entry-summary";

/** How many blocked products the console lists under each entry; the count is always exact. */
export const blockedProductsShown = 50;

/** Every entry, active first then newest, with its blocked products and who added it. */
export async function listNegativeListEntries(actor: Actor) {
  requirePermission(actor, "manage:negativeList:any");
  return db.negativeListEntry.findMany({
    orderBy: [{ active: "desc" }, { createdAt: "desc" }, { id: "asc" }],
    select: {
      ...entrySummarySelect,
      active: true,
      createdAt: true,
      createdBy: { select: { name: true } },
      _count: { select: { blockedProducts: true } },
      blockedProducts: {
        orderBy: [{ blockedAt: "desc" }, { id: "asc" }],
        take: blockedProductsShown,
        select: {
          id: true,
          nameEn: true,
          nameZh: true,
          nameRu: true,
          hsCode: true,
          blockedAt: true,
          organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true } },
        },
      },
    },
  });
}

export type NegativeListEntryRow = Awaited<ReturnType<typeof listNegativeListEntries>>[number];

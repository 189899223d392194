import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { auditProductBlocking } from "./audit-blocking";
import { blockProductsMatchingEntry, type BlockedProduct } from "./block-matching-products";
import { releaseEntryProductsSql } from "./blocking-sql";
import { exclusiveListLock } from "./match-sql";
import { deactivateNegativeListEntrySchema, type DeactivateNegativeListEntryInput } from "./schemas";
import { requestMatchTableRefreshForProducts } from "@/lib/jobs/match-table-queue";

/**
 * Deactivates an entry and shows its products again, except those another
 * active entry still matches: they stay hidden, now blocked by that entry.
 */
export async function deactivateNegativeListEntry(actor: Actor, raw: DeactivateNegativeListEntryInput) {
  requirePermission(actor, "manage:negativeList:any");
  const { entryId } = deactivateNegativeListEntrySchema.parse(raw);

  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw(exclusiveListLock);
      const entry = await tx.negativeListEntry.findUnique({ where: { id: entryId } });
      if (!entry) throw new AppError("NOT_FOUND", "negativeListEntryNotFound");
      if (!entry.active) throw new AppError("INVALID_STATE", "negativeListEntryInactive");
      await tx.negativeListEntry.update({ where: { id: entry.id }, data: { active: false } });

      const released = await tx.$queryRaw<BlockedProduct[]>(releaseEntryProductsSql(entry.id));

      const others = await tx.negativeListEntry.findMany({
        where: { active: true },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      });
      let remaining = released;
      for (const other of others) {
        if (remaining.length === 0) break;
        const reblocked = await blockProductsMatchingEntry(
          tx,
          other,
          remaining.map((product) => product.id),
        );
        await auditProductBlocking(tx, actor.id, "product.blocked", other, reblocked);
        const reblockedIds = new Set(reblocked.map((product) => product.id));
        remaining = remaining.filter((product) => !reblockedIds.has(product.id));
      }

      await recordAudit(tx, {
        actorId: actor.id,
        action: "negativeList.deactivated",
        entityType: "NegativeListEntry",
        entityId: entry.id,
        organizationId: actor.organizationId,
        data: {
          kind: entry.kind,
          rule: entry.hsPrefix ?? entry.keyword ?? entry.categoryId,
          unblockedProductIds: remaining.map((product) => product.id),
          stillBlockedProductIds: released.filter((p) => !remaining.includes(p)).map((product) => product.id),
        },
      });
      await auditProductBlocking(tx, actor.id, "product.unblocked", entry, remaining);
      return { entryId: entry.id, unblockedProductIds: remaining.map((product) => product.id) };
    },
    { timeout: 60_000 },
  );
  await requestMatchTableRefreshForProducts(result.unblockedProductIds);
  return result;
}

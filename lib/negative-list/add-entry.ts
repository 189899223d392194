import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { auditProductBlocking } from "./audit-blocking";
import { blockProductsMatchingEntry } from "./block-matching-products";
import { exclusiveListLock } from "./match-sql";
import { addNegativeListEntrySchema, type AddNegativeListEntryInput } from "./schemas";
import { requestMatchTableRefreshForProducts } from "@/lib/jobs/match-table-queue";

/**
 * Adds an entry and, in the same transaction, hides every existing product it
 * now matches, so they leave the catalogue the moment the entry exists.
 */
export async function addNegativeListEntry(actor: Actor, raw: AddNegativeListEntryInput) {
  requirePermission(actor, "manage:negativeList:any");
  const input = addNegativeListEntrySchema.parse(raw);

  const result = await db.$transaction(
    async (tx) => {
      await tx.$executeRaw(exclusiveListLock);
      if (input.categoryId) {
        const category = await tx.category.findUnique({ where: { id: input.categoryId }, select: { id: true } });
        if (!category) throw new AppError("VALIDATION", "categoryUnknown", { categoryId: "categoryUnknown" });
      }
      const sameRule =
        input.kind === "HS_PREFIX"
          ? { hsPrefix: input.hsPrefix ?? "" }
          : input.kind === "KEYWORD"
            ? { keyword: { equals: input.keyword ?? "", mode: "insensitive" as const } }
            : { categoryId: input.categoryId ?? "" };
      const duplicate = await tx.negativeListEntry.findFirst({
        where: { active: true, kind: input.kind, ...sameRule },
        select: { id: true },
      });
      if (duplicate) throw new AppError("CONFLICT", "negativeListDuplicate");

      const entry = await tx.negativeListEntry.create({ data: { ...input, createdById: actor.id } });
      const blocked = await blockProductsMatchingEntry(tx, entry);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "negativeList.added",
        entityType: "NegativeListEntry",
        entityId: entry.id,
        organizationId: actor.organizationId,
        reason: entry.reasonEn || entry.reasonZh || entry.reasonRu,
        data: {
          kind: entry.kind,
          rule: entry.hsPrefix ?? entry.keyword ?? entry.categoryId,
          blockedProductIds: blocked.map((product) => product.id),
        },
      });
      await auditProductBlocking(tx, actor.id, "product.blocked", entry, blocked);
      return { entry, blockedProductIds: blocked.map((product) => product.id) };
    },
    // A broad entry may hide many thousands of products in one statement.
    { timeout: 60_000 },
  );
  await requestMatchTableRefreshForProducts(result.blockedProductIds);
  return result;
}

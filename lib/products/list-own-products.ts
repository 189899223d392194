import "server-only";
import { db } from "@/lib/db";
import { entrySummarySelect } from "@/lib/negative-list/entry-summary";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";

/**
 * The supplier's own products, newest first, with what the list page shows: the
 * first thumbnail, the category and, for blocked products, the negative-list entry.
 * Readable in any organization status so a suspended supplier still sees its data.
 */
export async function listOwnProducts(actor: Actor) {
  requirePermission(actor, "manage:catalogue:own");
  const organizationId = actor.organization?.kind === "SUPPLIER" ? actor.organization.id : null;
  if (!organizationId) throw new AppError("FORBIDDEN", "forbidden");
  return db.product.findMany({
    where: { organizationId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: {
      id: true,
      nameZh: true,
      nameEn: true,
      nameRu: true,
      hsCode: true,
      moq: true,
      moqUnit: true,
      priceMinMinor: true,
      priceMaxMinor: true,
      currency: true,
      visibility: true,
      blockedAt: true,
      createdAt: true,
      category: { select: { nameEn: true, nameZh: true, nameRu: true } },
      images: { orderBy: { position: "asc" }, take: 1, select: { thumbKey: true } },
      blockedByEntry: { select: entrySummarySelect },
    },
  });
}
export type OwnProduct = Awaited<ReturnType<typeof listOwnProducts>>[number];

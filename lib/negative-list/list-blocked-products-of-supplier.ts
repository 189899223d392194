import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { entrySummarySelect } from "./entry-summary";

/** The supplier's own products hidden by the negative list, with the rule and reason. */
export async function listBlockedProductsOfSupplier(actor: Actor) {
  requirePermission(actor, "catalogue:manage-own");
  // Never let an undefined id turn the filter into "every organization".
  if (!actor.organizationId) throw new AppError("FORBIDDEN", "forbidden");
  return db.product.findMany({
    where: { organizationId: actor.organizationId, blockedByEntryId: { not: null } },
    orderBy: [{ blockedAt: "desc" }, { id: "asc" }],
    select: {
      id: true,
      nameEn: true,
      nameZh: true,
      nameRu: true,
      hsCode: true,
      blockedAt: true,
      blockedByEntry: { select: entrySummarySelect },
    },
  });
}

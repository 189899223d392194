import "server-only";
import { db } from "@/lib/db";
import { entrySummarySelect } from "@/lib/negative-list/entry-summary";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireApprovedSupplier } from "./require-supplier";

/** One of the supplier's own products with its images, for the edit form; others' are not found. */
export async function getOwnProduct(actor: Actor, productId: string) {
  const organization = requireApprovedSupplier(actor);
  const product = await db.product.findFirst({
    where: { id: productId, organizationId: organization.id },
    include: {
      images: { orderBy: { position: "asc" } },
      blockedByEntry: { select: entrySummarySelect },
    },
  });
  if (!product) throw new AppError("NOT_FOUND", "productNotFound");
  return product;
}
export type EditableProduct = Awaited<ReturnType<typeof getOwnProduct>>;

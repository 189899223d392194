import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { ProductVisibility } from "@/lib/generated/prisma/enums";
import { requireApprovedSupplier } from "./require-supplier";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

/** Hide a product from the catalogue or show it again; only the supplier's own products. */
export async function setProductVisibility(actor: Actor, productId: string, visibility: ProductVisibility) {
  const organization = requireApprovedSupplier(actor);
  const result = await db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: productId, organizationId: organization.id },
      select: { id: true, visibility: true },
    });
    if (!product) throw new AppError("NOT_FOUND", "productNotFound");
    if (product.visibility === visibility) return product;
    const updated = await tx.product.update({
      where: { id: product.id },
      data: { visibility },
      select: { id: true, visibility: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: visibility === "VISIBLE" ? "product.unhidden" : "product.hidden",
      entityType: "Product",
      entityId: product.id,
      organizationId: organization.id,
      data: { from: product.visibility, to: visibility },
    });
    return updated;
  });
  await requestMatchTableRefreshForOrganizations([organization.id]);
  return result;
}

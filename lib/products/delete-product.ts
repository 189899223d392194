import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getStorage } from "@/lib/storage/get-storage";
import { requireApprovedSupplier } from "./require-supplier";
import { deleteStoredFiles } from "./store-images";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

/** Deletes one of the supplier's own products with its images; the audit row keeps what it was. */
export async function deleteProduct(actor: Actor, productId: string): Promise<void> {
  const organization = requireApprovedSupplier(actor);
  const keys = await db.$transaction(async (tx) => {
    const product = await tx.product.findFirst({
      where: { id: productId, organizationId: organization.id },
      select: { id: true, nameZh: true, nameEn: true, nameRu: true, hsCode: true, images: true },
    });
    if (!product) throw new AppError("NOT_FOUND", "productNotFound");
    await tx.product.delete({ where: { id: product.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "product.deleted",
      entityType: "Product",
      entityId: product.id,
      organizationId: organization.id,
      data: { name: product.nameZh ?? product.nameEn ?? product.nameRu, hsCode: product.hsCode },
    });
    return product.images.flatMap((image) => [image.storageKey, image.thumbKey]);
  });
  await deleteStoredFiles(getStorage(), [...new Set(keys)]);
  await requestMatchTableRefreshForOrganizations([organization.id]);
}

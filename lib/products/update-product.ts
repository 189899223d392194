import "server-only";
import { writeProductSearchDocuments } from "@/lib/search";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getStorage } from "@/lib/storage/get-storage";
import { checkProductReferences } from "./check-references";
import type { ProductWriteOptions } from "./create-product";
import { prepareImages, refuseTooManyImages, withoutEmptyUploads } from "./images";
import { refuseNegativeListed } from "./refuse-negative-listed";
import { requireApprovedSupplier } from "./require-supplier";
import { productColumns, productSchema, type ProductInput } from "./schemas";
import { deleteStoredFiles, storeImages } from "./store-images";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

type UpdateOptions = ProductWriteOptions & { removeImageIds?: string[] };

const notFound = () => new AppError("NOT_FOUND", "productNotFound");

/**
 * A supplier edits one of its own products: the same checks as creating, plus
 * images added and removed. Another organization's product is simply not found.
 * A product that now passes the negative list is no longer flagged as blocked.
 */
export async function updateProduct(actor: Actor, productId: string, raw: ProductInput, options: UpdateOptions = {}) {
  const organization = requireApprovedSupplier(actor);
  const input = productSchema.parse(raw);
  const removeIds = new Set(options.removeImageIds ?? []);
  const uploads = withoutEmptyUploads(options.images);

  const existing = await db.product.findFirst({
    where: { id: productId, organizationId: organization.id },
    select: { images: { select: { id: true } } },
  });
  if (!existing) throw notFound();
  refuseTooManyImages(existing.images.filter((image) => !removeIds.has(image.id)).length + uploads.length);
  await checkProductReferences(db, input);
  const images = await prepareImages(uploads);

  const storage = getStorage();
  const written: string[] = [];
  try {
    const { product, removedKeys } = await db.$transaction(
      async (tx) => {
        // Lock the row: two edits at once must not together exceed the image limit.
        const locked = await tx.$queryRaw<{ id: string }[]>`
          SELECT id FROM "Product" WHERE id = ${productId} AND "organizationId" = ${organization.id} FOR UPDATE`;
        if (locked.length === 0) throw notFound();
        await refuseNegativeListed(tx, input, options.locale ?? actor.locale, {
          organizationId: organization.id,
          userId: actor.id,
        });

        const current = await tx.productImage.findMany({ where: { productId }, orderBy: { position: "asc" } });
        const removed = current.filter((image) => removeIds.has(image.id));
        const kept = current.filter((image) => !removeIds.has(image.id));
        refuseTooManyImages(kept.length + images.length);

        const before = await tx.product.findUniqueOrThrow({ where: { id: productId } });
        const product = await tx.product.update({
          where: { id: productId },
          data: { ...productColumns(input), blockedByEntryId: null, blockedAt: null },
        });
        await writeProductSearchDocuments(tx, { productIds: [productId] });
        await tx.productImage.deleteMany({ where: { productId, id: { in: removed.map((image) => image.id) } } });
        const stored = await storeImages(storage, "products", productId, images, written);
        const nextPosition = kept.reduce((max, image) => Math.max(max, image.position + 1), 0);
        await tx.productImage.createMany({
          data: stored.map((image, index) => ({ ...image, productId, position: nextPosition + index })),
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "product.updated",
          entityType: "Product",
          entityId: productId,
          organizationId: organization.id,
          data: {
            changed: changedFields(before, product),
            imagesAdded: stored.length,
            imagesRemoved: removed.length,
            ...(before.blockedByEntryId ? { unblockedFromEntry: before.blockedByEntryId } : {}),
          },
        });
        return { product, removedKeys: removed.flatMap((image) => [image.storageKey, image.thumbKey]) };
      },
      { timeout: 20_000 },
    );
    // Only now that the change committed are the dropped files really unused.
    await deleteStoredFiles(storage, [...new Set(removedKeys)]);
    await requestMatchTableRefreshForOrganizations([organization.id]);
    return product;
  } catch (error) {
    await deleteStoredFiles(storage, written);
    throw error;
  }
}

const auditedFields = [
  "nameZh",
  "nameEn",
  "nameRu",
  "descriptionZh",
  "descriptionEn",
  "descriptionRu",
  "categoryId",
  "hsCode",
  "moq",
  "moqUnit",
  "priceMinMinor",
  "priceMaxMinor",
  "currency",
  "leadTimeDays",
  "certifications",
] as const;

function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  return auditedFields.filter(
    (field) => JSON.stringify(before[field], bigintText) !== JSON.stringify(after[field], bigintText),
  );
}

function bigintText(_key: string, value: unknown) {
  return typeof value === "bigint" ? value.toString() : value;
}

import "server-only";
import { writeProductSearchDocuments } from "@/lib/search";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import type { AppLocale } from "@/lib/i18n/routing";
import { getStorage } from "@/lib/storage/get-storage";
import { checkProductReferences } from "./check-references";
import { prepareImages, withoutEmptyUploads, type UploadedImage } from "./images";
import { refuseNegativeListed } from "./refuse-negative-listed";
import { requireApprovedSupplier } from "./require-supplier";
import { productColumns, productSchema, type ProductInput } from "./schemas";
import { deleteStoredFiles, storeImages } from "./store-images";
import { requestMatchTableRefreshForOrganizations } from "@/lib/jobs/match-table-queue";

export type ProductWriteOptions = {
  images?: UploadedImage[];
  /** The language refusals are worded in; defaults to the user's preferred one. */
  locale?: AppLocale;
  /**
   * When it is listed: now, or the instant history happened (the seed's 2022 edition).
   * Decides which editions' catalogues show it (lib/catalogue/catalogue-query.ts).
   */
  listedAt?: Date;
};

/**
 * An approved supplier lists a product. The negative list is checked first inside
 * the transaction; images are written only after that, and removed again if the
 * transaction fails, so a refused product leaves nothing behind.
 */
export async function createProduct(actor: Actor, raw: ProductInput, options: ProductWriteOptions = {}) {
  const organization = requireApprovedSupplier(actor);
  const input = productSchema.parse(raw);
  await checkProductReferences(db, input);
  const images = await prepareImages(withoutEmptyUploads(options.images));

  const storage = getStorage();
  const written: string[] = [];
  try {
    const created = await db.$transaction(
      async (tx) => {
        await refuseNegativeListed(tx, input, options.locale ?? actor.locale, {
          organizationId: organization.id,
          userId: actor.id,
        });
        const product = await tx.product.create({
          data: { ...productColumns(input), organizationId: organization.id, createdAt: options.listedAt },
        });
        await writeProductSearchDocuments(tx, { productIds: [product.id] });
        const stored = await storeImages(storage, "products", product.id, images, written);
        await tx.productImage.createMany({
          data: stored.map((image, position) => ({ ...image, productId: product.id, position })),
        });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "product.created",
          entityType: "Product",
          entityId: product.id,
          organizationId: organization.id,
          data: { name: input.nameZh ?? input.nameEn ?? input.nameRu, hsCode: input.hsCode, images: stored.length },
        });
        return product;
      },
      { timeout: 20_000 },
    );
    // After the commit; never fails the save (see requestMatchTableRefresh).
    await requestMatchTableRefreshForOrganizations([organization.id]);
    return created;
  } catch (error) {
    await deleteStoredFiles(storage, written);
    throw error;
  }
}

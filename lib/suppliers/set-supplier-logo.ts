import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { getStorage } from "@/lib/storage/get-storage";
import { prepareImage, withoutEmptyUploads, type UploadedImage } from "@/lib/products/images";
import { deleteStoredFiles, storeImages } from "@/lib/products/store-images";
import { requireOwnSupplierOrganization } from "./require-own-supplier";

// A logo is shown small; 512 px covers sharp screens without storing a poster.
const logoMaxSide = 512;

/**
 * Replaces the supplier's logo (same type and size rules as product images, one
 * file), or removes it when `upload` is null. The old file goes once the change commits.
 */
export async function setSupplierLogo(actor: Actor, upload: UploadedImage | null): Promise<void> {
  const organization = requireOwnSupplierOrganization(actor);
  const files = withoutEmptyUploads(upload ? [upload] : []);
  if (upload && files.length === 0) throw new AppError("VALIDATION", "checkFields", { logo: "supplierLogoRequired" });
  const prepared = files.length
    ? [await prepareImage(files[0], { field: "logo", maxSide: logoMaxSide, thumbnail: false })]
    : [];

  const storage = getStorage();
  const written: string[] = [];
  try {
    const previous = await db.$transaction(async (tx) => {
      const current = await tx.organization.findUniqueOrThrow({
        where: { id: organization.id },
        select: { logoKey: true },
      });
      const [stored] = await storeImages(storage, "logos", organization.id, prepared, written);
      await tx.organization.update({ where: { id: organization.id }, data: { logoKey: stored?.storageKey ?? null } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: stored ? "organization.logo-updated" : "organization.logo-removed",
        entityType: "Organization",
        entityId: organization.id,
        organizationId: organization.id,
      });
      return current.logoKey;
    });
    if (previous) await deleteStoredFiles(storage, [previous]);
  } catch (error) {
    await deleteStoredFiles(storage, written);
    throw error;
  }
}

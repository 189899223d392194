import "server-only";
import { visibleProductWhere } from "@/lib/catalogue/visible-product";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { canOn } from "@/lib/auth/permissions";
import { getStorage } from "./get-storage";
import { parseStorageKey } from "./storage-keys";
import type { StoredFile } from "./storage";

export type ReadableFile = StoredFile & { isPublic: boolean };

/**
 * The file under `key` if the viewer may see it, else null (the route answers 404
 * either way, so nobody learns which keys exist). A file is public while what it
 * belongs to is in the catalogue; otherwise only the owning organization and
 * organizers see it. The viewer is loaded only when the file is not public.
 */
export async function findReadableFile(
  key: string,
  getViewer: () => Promise<Actor | null>,
): Promise<ReadableFile | null> {
  const parsed = parseStorageKey(key);
  if (!parsed) return null;

  const owner =
    parsed.folder === "products" ? await productOwner(parsed.ownerId, key) : await logoOwner(parsed.ownerId, key);
  if (!owner) return null;

  const isPublic = owner.isPublic;
  if (!isPublic) {
    const viewer = await getViewer();
    if (!canOn(viewer, "read:file", owner)) return null;
  }
  const file = await getStorage().get(key);
  return file ? { ...file, isPublic } : null;
}

async function productOwner(productId: string, key: string) {
  // Public exactly when buyers may see the product: the catalogue's own rule, asked of
  // the database rather than restated here.
  const [image, visible] = await Promise.all([
    db.productImage.findFirst({
      where: { productId, OR: [{ storageKey: key }, { thumbKey: key }] },
      select: { product: { select: { organizationId: true } } },
    }),
    db.product.count({ where: { id: productId, ...visibleProductWhere } }),
  ]);
  if (!image) return null;
  return { organizationId: image.product.organizationId, isPublic: visible > 0 };
}

async function logoOwner(organizationId: string, key: string) {
  const organization = await db.organization.findFirst({
    where: { id: organizationId, logoKey: key },
    select: { id: true, status: true },
  });
  if (!organization) return null;
  return { organizationId: organization.id, isPublic: organization.status === "APPROVED" };
}

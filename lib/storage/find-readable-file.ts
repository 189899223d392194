import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
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
    const mayRead = viewer?.role === "ORGANIZER" || (viewer != null && viewer.organizationId === owner.organizationId);
    if (!mayRead) return null;
  }
  const file = await getStorage().get(key);
  return file ? { ...file, isPublic } : null;
}

async function productOwner(productId: string, key: string) {
  const image = await db.productImage.findFirst({
    where: { productId, OR: [{ storageKey: key }, { thumbKey: key }] },
    select: {
      product: {
        select: {
          organizationId: true,
          visibility: true,
          blockedByEntryId: true,
          organization: { select: { status: true } },
        },
      },
    },
  });
  if (!image) return null;
  const { product } = image;
  return {
    organizationId: product.organizationId,
    // The same rule as the catalogue (lib/catalogue): visible, not blocked, supplier approved.
    isPublic:
      product.visibility === "VISIBLE" &&
      product.blockedByEntryId === null &&
      product.organization.status === "APPROVED",
  };
}

async function logoOwner(organizationId: string, key: string) {
  const organization = await db.organization.findFirst({
    where: { id: organizationId, logoKey: key },
    select: { id: true, status: true },
  });
  if (!organization) return null;
  return { organizationId: organization.id, isPublic: organization.status === "APPROVED" };
}

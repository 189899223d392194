import "server-only";
import { visibleProductWhere } from "@/lib/catalogue/visible-product";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { can, canOn } from "@/lib/auth/permissions";
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

  if (parsed.folder === "complaints") {
    const readable = await complaintEvidenceReadable(parsed.ownerId, key, await getViewer());
    const file = readable ? await getStorage().get(key) : null;
    return file ? { ...file, isPublic: false } : null;
  }
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

/**
 * A complaint's evidence is never public: the complaining organization sees it, and the
 * organizers of the fair the meeting belongs to (never the organization complained about).
 */
async function complaintEvidenceReadable(complaintId: string, key: string, viewer: Actor | null) {
  if (!viewer) return false;
  const evidence = await db.complaintEvidence.findFirst({
    where: { complaintId, storageKey: key },
    select: {
      complaint: {
        select: {
          complainantOrgId: true,
          meeting: { select: { session: { select: { fair: { select: { hostOrganizationId: true } } } } } },
        },
      },
    },
  });
  if (!evidence) return false;
  const { complaint } = evidence;
  if (can(viewer, "review:complaint:any")) {
    return (
      viewer.organizationId !== null && complaint.meeting.session.fair.hostOrganizationId === viewer.organizationId
    );
  }
  return canOn(viewer, "read:file", { organizationId: complaint.complainantOrgId });
}

async function logoOwner(organizationId: string, key: string) {
  const organization = await db.organization.findFirst({
    where: { id: organizationId, logoKey: key },
    select: { id: true, status: true },
  });
  if (!organization) return null;
  return { organizationId: organization.id, isPublic: organization.status === "APPROVED" };
}

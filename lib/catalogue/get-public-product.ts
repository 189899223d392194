import "server-only";
import { db } from "@/lib/db";
import { isEntityId } from "@/lib/validation/entity-id";
import { listPublicSessions } from "./list-public-sessions";
import { visibleProductWhere } from "./visible-product";

/**
 * A product as the public sees it, or null (404) unless it is in the catalogue
 * of at least one published session: visible, not blocked by the negative list,
 * its supplier approved and registered for a session that lists its category.
 */
export async function getPublicProduct(productId: string) {
  if (!isEntityId(productId)) return null;
  const product = await db.product.findFirst({
    where: {
      id: productId,
      ...visibleProductWhere,
    },
    select: {
      id: true,
      nameEn: true,
      nameZh: true,
      nameRu: true,
      descriptionEn: true,
      descriptionZh: true,
      descriptionRu: true,
      hsCode: true,
      moq: true,
      moqUnit: true,
      priceMinMinor: true,
      priceMaxMinor: true,
      currency: true,
      leadTimeDays: true,
      certifications: true,
      categoryId: true,
      createdAt: true,
      category: { select: { nameEn: true, nameZh: true, nameRu: true } },
      images: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, storageKey: true, thumbKey: true, width: true, height: true },
      },
      organization: { select: { id: true, nameEn: true, nameZh: true, nameRu: true, city: true, logoKey: true } },
    },
  });
  if (!product) return null;
  const [sessions, certificateTypes] = await Promise.all([
    listPublicSessions(product.organization.id, { categoryId: product.categoryId, listedAt: product.createdAt }),
    db.certificateType.findMany({ where: { code: { in: product.certifications } } }),
  ]);
  if (sessions.length === 0) return null;
  return { ...product, sessions, certificateTypes };
}
export type PublicProduct = NonNullable<Awaited<ReturnType<typeof getPublicProduct>>>;

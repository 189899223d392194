import "server-only";
import { db } from "@/lib/db";
import type { LocalizedName, MatchedProduct } from "./types";

export type SupplierDisplay = LocalizedName & { id: string; city: string; timeZone: string; verified: boolean };

/** Names and thumbnails of the few pairs actually returned (never of every candidate). */
export async function loadDisplay(supplierIds: string[], productIds: string[]) {
  const [suppliers, products] = await Promise.all([
    db.organization.findMany({
      where: { id: { in: supplierIds } },
      select: { id: true, nameEn: true, nameZh: true, nameRu: true, city: true, timeZone: true, verifiedAt: true },
    }),
    db.product.findMany({
      where: { id: { in: productIds } },
      select: {
        id: true,
        nameEn: true,
        nameZh: true,
        nameRu: true,
        images: { orderBy: { position: "asc" }, take: 1, select: { thumbKey: true } },
      },
    }),
  ]);
  const supplierById = new Map<string, SupplierDisplay>(
    suppliers.map(({ verifiedAt, ...supplier }) => [supplier.id, { ...supplier, verified: verifiedAt !== null }]),
  );
  const productById = new Map<string, MatchedProduct>(
    products.map(({ images, ...product }) => [product.id, { ...product, thumbKey: images[0]?.thumbKey ?? null }]),
  );
  return {
    supplier: (id: string) => supplierById.get(id)!,
    products: (ids: string[]) => ids.flatMap((id) => productById.get(id) ?? []),
  };
}

import "server-only";
import { db } from "@/lib/db";
import { isEntityId } from "@/lib/validation/entity-id";
import { listPublicSessions } from "./list-public-sessions";

/** An approved supplier's public profile with its certificates and sessions; null (404) otherwise. */
export async function getPublicSupplier(organizationId: string) {
  if (!isEntityId(organizationId)) return null;
  const supplier = await db.organization.findFirst({
    where: { id: organizationId, kind: "SUPPLIER", status: "APPROVED" },
    select: {
      id: true,
      nameEn: true,
      nameZh: true,
      nameRu: true,
      descriptionEn: true,
      descriptionZh: true,
      descriptionRu: true,
      city: true,
      country: true,
      website: true,
      yearFounded: true,
      staffSize: true,
      exportMarkets: true,
      languages: true,
      logoKey: true,
      certificates: {
        orderBy: [{ typeCode: "asc" }, { number: "asc" }],
        select: {
          id: true,
          number: true,
          expiresOn: true,
          type: { select: { code: true, nameEn: true, nameZh: true, nameRu: true } },
        },
      },
    },
  });
  if (!supplier) return null;
  return { ...supplier, sessions: await listPublicSessions(supplier.id) };
}

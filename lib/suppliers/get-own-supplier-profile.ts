import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";

/** The signed-in supplier's company profile with its certificates. */
export async function getOwnSupplierProfile(actor: Actor) {
  requirePermission(actor, "manage:catalogue:own");
  if (actor.organization?.kind !== "SUPPLIER") throw new AppError("FORBIDDEN", "forbidden");
  return db.organization.findUniqueOrThrow({
    where: { id: actor.organization.id },
    select: {
      id: true,
      status: true,
      nameZh: true,
      nameEn: true,
      nameRu: true,
      city: true,
      yearFounded: true,
      staffSize: true,
      exportMarkets: true,
      languages: true,
      logoKey: true,
      descriptionZh: true,
      descriptionEn: true,
      descriptionRu: true,
      certificates: {
        orderBy: [{ typeCode: "asc" }, { number: "asc" }],
        select: {
          id: true,
          typeCode: true,
          number: true,
          expiresOn: true,
          type: { select: { nameEn: true, nameZh: true, nameRu: true } },
        },
      },
    },
  });
}
export type SupplierProfile = Awaited<ReturnType<typeof getOwnSupplierProfile>>;

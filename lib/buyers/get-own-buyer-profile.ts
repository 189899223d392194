import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireOwnBuyerOrganization } from "./require-buyer";

/** The buyer's own company profile with its categories of interest. */
export async function getOwnBuyerProfile(actor: Actor) {
  requirePermission(actor, "update:buyerProfile:own");
  const organization = requireOwnBuyerOrganization(actor);
  return db.organization.findUniqueOrThrow({
    where: { id: organization.id },
    select: {
      id: true,
      status: true,
      nameRu: true,
      nameEn: true,
      nameZh: true,
      city: true,
      country: true,
      timeZone: true,
      annualImportMinor: true,
      annualImportCurrency: true,
      languages: true,
      interests: { select: { categoryId: true } },
    },
  });
}

import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { requireOwnBuyerOrganization } from "@/lib/buyers/require-buyer";
import { sessionLifecycleSelect } from "@/lib/fairs/lifecycle";

const requirementSelect = {
  id: true,
  status: true,
  categoryId: true,
  category: { select: { nameEn: true, nameZh: true, nameRu: true } },
  textRu: true,
  textEn: true,
  textZh: true,
  quantity: true,
  unit: true,
  targetPriceMinor: true,
  currency: true,
  requiredCertifications: true,
  incoterm: true,
  destinationCity: true,
  neededBy: true,
  sessionId: true,
  session: { select: { titleEn: true, titleZh: true, titleRu: true, ...sessionLifecycleSelect } },
  carriedOverFromId: true,
  carriedOverTo: { select: { id: true } },
  createdAt: true,
  updatedAt: true,
} as const;

/** The buyer's own requirements, open ones first, newest first. Readable in any status. */
export async function listOwnRequirements(actor: Actor) {
  requirePermission(actor, "manage:requirement:own");
  const organization = requireOwnBuyerOrganization(actor);
  return db.purchasingRequirement.findMany({
    where: { organizationId: organization.id },
    orderBy: [{ status: "asc" }, { createdAt: "desc" }, { id: "asc" }],
    select: requirementSelect,
  });
}
export type OwnRequirement = Awaited<ReturnType<typeof listOwnRequirements>>[number];

/** One of the buyer's own requirements, or null (also for another buyer's id). */
export async function getOwnRequirement(actor: Actor, requirementId: string) {
  requirePermission(actor, "manage:requirement:own");
  const organization = requireOwnBuyerOrganization(actor);
  return db.purchasingRequirement.findFirst({
    where: { id: requirementId, organizationId: organization.id },
    select: requirementSelect,
  });
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { sessionCategoryWhere } from "@/lib/requirements/session-categories";
import { requireOwnBuyerOrganization } from "./require-buyer";
import { buyerProfileSchema, type BuyerProfileInput } from "./schemas";

/**
 * A buyer edits its own company profile; the organization comes from the
 * session, never from input. Pending buyers may complete it while they wait.
 */
export async function updateBuyerProfile(actor: Actor, raw: BuyerProfileInput) {
  requirePermission(actor, "update:buyerProfile:own");
  const organization = requireOwnBuyerOrganization(actor);
  const { categoryIds, annualImport, ...input } = buyerProfileSchema.parse(raw);

  return db.$transaction(async (tx) => {
    const known = await tx.category.count({ where: { id: { in: categoryIds }, ...sessionCategoryWhere } });
    if (known !== categoryIds.length)
      throw new AppError("VALIDATION", "categoryUnknown", { categoryIds: "categoryUnknown" });

    const updated = await tx.organization.update({
      where: { id: organization.id },
      data: { ...input, annualImportMinor: annualImport },
      select: { id: true },
    });
    await tx.buyerCategoryInterest.deleteMany({ where: { organizationId: organization.id } });
    await tx.buyerCategoryInterest.createMany({
      data: categoryIds.map((categoryId) => ({ organizationId: organization.id, categoryId })),
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "buyerProfile.updated",
      entityType: "Organization",
      entityId: organization.id,
      organizationId: organization.id,
      data: { categoryIds, languages: input.languages },
    });
    return updated;
  });
}

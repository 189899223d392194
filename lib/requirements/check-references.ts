import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { localDay } from "@/lib/time/format";
import type { RequirementData } from "./schemas";
import { sessionCategoryWhere } from "./session-categories";

type Client = Pick<Prisma.TransactionClient, "category" | "certificateType">;

/**
 * What zod cannot know: the category belongs to the session taxonomy, the
 * certifications exist, and the needed-by date is not already past in the
 * buyer's own zone (an unchanged date may stay, so old requirements can be edited).
 */
export async function checkRequirementReferences(
  client: Client,
  input: RequirementData,
  context: { timeZone: string; storedNeededBy?: Date | null },
): Promise<void> {
  const category = await client.category.findFirst({
    where: { id: input.categoryId, ...sessionCategoryWhere },
    select: { id: true },
  });
  if (!category)
    throw new AppError("VALIDATION", "requirementCategoryRequired", { categoryId: "requirementCategoryRequired" });

  if (input.requiredCertifications.length > 0) {
    const known = await client.certificateType.count({ where: { code: { in: input.requiredCertifications } } });
    if (known !== input.requiredCertifications.length) {
      throw new AppError("VALIDATION", "requirementCertificationUnknown", {
        requiredCertifications: "requirementCertificationUnknown",
      });
    }
  }

  if (input.neededBy) {
    const day = input.neededBy.toISOString().slice(0, 10);
    const unchanged = context.storedNeededBy?.toISOString().slice(0, 10) === day;
    if (!unchanged && day < localDay(new Date(), context.timeZone)) {
      throw new AppError("VALIDATION", "requirementNeededByPast", { neededBy: "requirementNeededByPast" });
    }
  }
}

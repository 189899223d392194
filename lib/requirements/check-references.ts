import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/errors";
import { localDay } from "@/lib/time/format";
import type { RequirementData } from "./schemas";
import { lifecycleRefusal, sessionLifecycleSelect, toLifecycleInput } from "@/lib/fairs/lifecycle";
import { sessionCategoryWhere } from "./session-categories";

type Client = Pick<Prisma.TransactionClient, "category" | "certificateType" | "fairSession">;

/**
 * What zod cannot know: the category belongs to the session taxonomy, the
 * certifications exist, the needed-by date is not already past in the buyer's
 * own zone (an unchanged date may stay, so old requirements can be edited), and a
 * chosen session is published, not over and offers the category (an unchanged
 * session may stay, so a requirement of an ended session can still be edited).
 */
export async function checkRequirementReferences(
  client: Client,
  input: RequirementData,
  context: { timeZone: string; storedNeededBy?: Date | null; storedSessionId?: string | null; now?: Date },
): Promise<void> {
  const category = await client.category.findFirst({
    where: { id: input.categoryId, ...sessionCategoryWhere },
    select: { id: true, parentId: true },
  });
  if (!category)
    throw new AppError("VALIDATION", "requirementCategoryRequired", { categoryId: "requirementCategoryRequired" });

  if (input.sessionId && input.sessionId !== context.storedSessionId) {
    await checkTargetSession(client, input.sessionId, category, context.now ?? new Date());
  }

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
    if (!unchanged && day < localDay(context.now ?? new Date(), context.timeZone)) {
      throw new AppError("VALIDATION", "requirementNeededByPast", { neededBy: "requirementNeededByPast" });
    }
  }
}

async function checkTargetSession(
  client: Client,
  sessionId: string,
  category: { id: string; parentId: string | null },
  now: Date,
): Promise<void> {
  const session = await client.fairSession.findUnique({
    where: { id: sessionId },
    select: { ...sessionLifecycleSelect, categories: { select: { categoryId: true } } },
  });
  const refusal = session ? lifecycleRefusal(toLifecycleInput(session), "target", now) : "sessionNotPublished";
  if (refusal === "sessionNotPublished") {
    throw new AppError("VALIDATION", "requirementSessionUnknown", { sessionId: "requirementSessionUnknown" });
  }
  if (refusal) throw new AppError("SESSION_ENDED", "sessionEnded", { sessionId: "sessionEnded" });
  const offered = new Set(session!.categories.map((c) => c.categoryId));
  if (!offered.has(category.id) && !(category.parentId && offered.has(category.parentId))) {
    throw new AppError("VALIDATION", "requirementSessionCategory", { sessionId: "requirementSessionCategory" });
  }
}

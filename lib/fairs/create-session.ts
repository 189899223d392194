import "server-only";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { requireHostedFair } from "@/lib/tenancy/hosted";
import { createSessionSchema, type CreateSessionInput } from "./schemas";

export async function createFairSession(actor: Actor, raw: CreateSessionInput) {
  const input = createSessionSchema.parse(raw);
  const fair = await requireHostedFair(actor, input.fairId);
  if (input.startDate < fair.startDate || input.endDate > fair.endDate) {
    throw new AppError("VALIDATION", "sessionOutsideFair", { startDate: "sessionOutsideFair" });
  }
  const categories = await db.category.findMany({ where: { slug: { in: input.categorySlugs } }, select: { id: true } });
  if (categories.length !== input.categorySlugs.length)
    throw new AppError("VALIDATION", "categoryUnknown", { categorySlugs: "categoryUnknown" });

  const { dailyStart, dailyEnd, breaks, categorySlugs: _slugs, ...fields } = input;
  try {
    return await db.$transaction(async (tx) => {
      const session = await tx.fairSession.create({
        data: {
          ...fields,
          dailyStartMinute: dailyStart,
          dailyEndMinute: dailyEnd,
          breaks: { create: breaks.map((b) => ({ startMinute: b.start, endMinute: b.end })) },
          categories: { create: categories.map((c) => ({ categoryId: c.id })) },
        },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "session.created",
        entityType: "FairSession",
        entityId: session.id,
        organizationId: fair.hostOrganizationId,
      });
      return session;
    });
  } catch (error) {
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "slugTaken", { slug: "slugTaken" });
    throw error;
  }
}

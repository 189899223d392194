import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { requireHostedFair } from "@/lib/tenancy/hosted";
import { updateFairSchema, type UpdateFairInput } from "./schemas";

/** Names, descriptions, zone and dates of a fair its organizer hosts. Sessions must still fit inside. */
export async function updateFair(actor: Actor, raw: UpdateFairInput) {
  const { fairId, ...input } = updateFairSchema.parse(raw);
  const fair = await requireHostedFair(actor, fairId);
  const outside = await db.fairSession.count({
    where: { fairId: fair.id, OR: [{ startDate: { lt: input.startDate } }, { endDate: { gt: input.endDate } }] },
  });
  if (outside > 0) throw new AppError("VALIDATION", "fairDatesCutSessions", { startDate: "fairDatesCutSessions" });
  return db.$transaction(async (tx) => {
    const updated = await tx.fair.update({ where: { id: fair.id }, data: input });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "fair.updated",
      entityType: "Fair",
      entityId: fair.id,
      organizationId: fair.hostOrganizationId,
      data: { timeZone: input.timeZone, startDate: raw.startDate, endDate: raw.endDate },
    });
    return updated;
  });
}

/** Publishing shows the fair on the public pages and lets organizations register; unpublishing hides it again. */
export async function setFairPublished(actor: Actor, fairId: string, published: boolean) {
  const fair = await requireHostedFair(actor, fairId);
  const status = published ? "PUBLISHED" : "DRAFT";
  if (fair.status === status) return fair;
  return db.$transaction(async (tx) => {
    const updated = await tx.fair.update({ where: { id: fair.id }, data: { status } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: published ? "fair.published" : "fair.unpublished",
      entityType: "Fair",
      entityId: fair.id,
      organizationId: fair.hostOrganizationId,
    });
    return updated;
  });
}

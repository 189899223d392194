import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import type { Actor } from "@/lib/auth/actor";
import { cancelScheduledMeetings } from "@/lib/meetings/cancel-scheduled-meeting";
import { mailAfterCommit } from "@/lib/meetings/mail-after-commit";
import { sessionSlots } from "@/lib/scheduling/slot-grid";
import type { Prisma } from "@/lib/generated/prisma/client";
import { requireHostedSession } from "@/lib/tenancy/hosted";
import { meetingsOutsideGrid } from "./meetings-outside-grid";
import { updateSessionSchema, type UpdateSessionInput } from "./schemas";

export type AffectedMeeting = { id: string; startsAt: Date; endsAt: Date; supplierOrgId: string; buyerOrgId: string };

export type UpdateSessionResult =
  | { status: "saved"; cancelled: number }
  /** Nothing saved: these booked meetings would fall outside the new slots; confirm cancelling them. */
  | { status: "needsDecision"; affected: AffectedMeeting[] };

/**
 * Changes a session's timetable and rules. A new window, dates, breaks or slot
 * length never silently drops a booked meeting: the meetings that would fall
 * outside the new slots are computed inside the transaction (the session row is
 * locked); unless the organizer confirmed cancelling exactly those, nothing is
 * saved and they are returned. Confirmed ones are cancelled in the same
 * transaction as the change, audited, and both sides (and the interpreter) told.
 */
export async function updateFairSession(
  actor: Actor,
  raw: UpdateSessionInput,
  { now = new Date() }: { now?: Date } = {},
): Promise<UpdateSessionResult> {
  const input = updateSessionSchema.parse(raw);
  const { fair } = await requireHostedSession(actor, input.sessionId);
  if (input.startDate < fair.startDate || input.endDate > fair.endDate) {
    throw new AppError("VALIDATION", "sessionOutsideFair", { startDate: "sessionOutsideFair" });
  }
  const categories = await db.category.findMany({ where: { slug: { in: input.categorySlugs } }, select: { id: true } });
  if (categories.length !== new Set(input.categorySlugs).size)
    throw new AppError("VALIDATION", "categoryUnknown", { categorySlugs: "categoryUnknown" });

  const slots = sessionSlots({
    startDate: input.startDate,
    endDate: input.endDate,
    dailyStartMinute: input.dailyStart,
    dailyEndMinute: input.dailyEnd,
    slotMinutes: input.slotMinutes,
    timeZone: fair.timeZone,
    breaks: input.breaks.map((b) => ({ startMinute: b.start, endMinute: b.end })),
  });

  const outcome = await mailAfterCommit(
    db.$transaction(async (tx) => {
      // Serializes two organizers editing the same session at once.
      await tx.$queryRaw`SELECT 1 FROM "FairSession" WHERE "id" = ${input.sessionId} FOR UPDATE`;
      const booked = await tx.meeting.findMany({
        where: { sessionId: input.sessionId, status: "SCHEDULED", endsAt: { gt: now } },
        select: { id: true, startsAt: true, endsAt: true, supplierOrgId: true, buyerOrgId: true, interpreterId: true },
        orderBy: { startsAt: "asc" },
      });
      const affected = meetingsOutsideGrid(
        booked.map((m) => ({ ...m, start: m.startsAt, end: m.endsAt })),
        slots,
        now,
      );
      const confirmed = new Set(input.cancelMeetingIds);
      if (affected.some((m) => !confirmed.has(m.id))) {
        return {
          result: {
            status: "needsDecision" as const,
            affected: affected.map(({ id, startsAt, endsAt, supplierOrgId, buyerOrgId }) => ({
              id,
              startsAt,
              endsAt,
              supplierOrgId,
              buyerOrgId,
            })),
          },
          events: [],
        };
      }
      const events = await cancelScheduledMeetings(tx, actor, affected, input.cancelReason || null, now);
      await saveSession(tx, input, categories);
      await recordAudit(tx, {
        actorId: actor.id,
        action: "session.updated",
        entityType: "FairSession",
        entityId: input.sessionId,
        organizationId: fair.hostOrganizationId,
        data: {
          startDate: raw.startDate,
          endDate: raw.endDate,
          dailyStart: raw.dailyStart,
          dailyEnd: raw.dailyEnd,
          slotMinutes: input.slotMinutes,
          cancelledMeetings: affected.map((m) => m.id),
        },
      });
      return { result: { status: "saved" as const, cancelled: affected.length }, events };
    }),
  );
  return outcome.result;
}

type Input = ReturnType<typeof updateSessionSchema.parse>;

async function saveSession(tx: Prisma.TransactionClient, input: Input, categories: { id: string }[]) {
  const {
    sessionId,
    dailyStart,
    dailyEnd,
    breaks,
    categorySlugs: _slugs,
    cancelMeetingIds: _ids,
    cancelReason: _reason,
    ...fields
  } = input;
  await tx.sessionBreak.deleteMany({ where: { sessionId } });
  await tx.sessionCategory.deleteMany({ where: { sessionId } });
  await tx.fairSession.update({
    where: { id: sessionId },
    data: {
      ...fields,
      dailyStartMinute: dailyStart,
      dailyEndMinute: dailyEnd,
      breaks: { create: breaks.map((b) => ({ startMinute: b.start, endMinute: b.end })) },
      categories: { create: categories.map((c) => ({ categoryId: c.id })) },
    },
  });
}

import "server-only";
import { assertSessionAllows } from "@/lib/fairs/require-session-allows";
import { db } from "@/lib/db";
import { AppError, isConflictViolation } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { runBookingTransaction } from "@/lib/meetings/booking-transaction";
import { recipientsOf, type MeetingEvent } from "@/lib/meetings/events";
import { mailAfterCommit } from "@/lib/meetings/mail-after-commit";
import { newRoomToken } from "@/lib/meetings/room-token";
import { loadSessionGrid } from "@/lib/scheduling/load-session-grid";
import type { DbClient } from "@/lib/scheduling/db-client";
import { inHostedSessions } from "@/lib/tenancy/tenant-scope";
import { lockOpenDraft } from "./load-draft";
import { firstItemWithPartyGone, firstOutdatedItem } from "./publish-checks";
import { publishDraftSchema } from "./schemas";

/**
 * The world changed since the draft for this pair; carries the pair for the message, and the
 * party that no longer takes part in the session when that is why.
 */
class DraftOutdated extends Error {
  constructor(
    readonly itemId: string,
    readonly goneOrganizationId?: string,
  ) {
    super("draft outdated");
  }
}

type Candidate = { agenda: string | null };

/**
 * Books every placed pair of an open draft in ONE transaction, under the
 * advisory locks of every organization involved (and the interpreter pool), the
 * way single bookings take them. Each meeting is checked again against the
 * database as it is now (both parties still taking part in the session, their
 * registrations read FOR SHARE; slot still in the grid and ahead, both parties
 * available and free, the interpreter on shift and free, no meeting for the pair
 * yet, the request still pending) and the EXCLUDE constraints have the last word.
 * One failure rolls everything back: nothing is booked and the organizer is told
 * which pair no longer fits, named in `locale` (the page's language; by default the
 * profile's). Accepted requests are marked ACCEPTED; mails are queued after the commit.
 */
export async function publishDraft(
  actor: Actor,
  raw: { draftId: string },
  { now = new Date(), locale = actor.locale }: { now?: Date; locale?: AppLocale } = {},
) {
  requirePermission(actor, "oversee:meeting:any");
  const { draftId } = publishDraftSchema.parse(raw);
  const preview = await db.scheduleDraft.findFirst({
    where: { id: draftId, ...inHostedSessions(actor) },
    select: { items: { select: { supplierOrgId: true, buyerOrgId: true, needsInterpreter: true } } },
  });
  if (!preview) throw new AppError("NOT_FOUND", "draftNotFound");
  const organizationIds = preview.items.flatMap((item) => [item.supplierOrgId, item.buyerOrgId]);
  // Every item's parties, placed or not: a pair placed by hand meanwhile is covered too.
  const interpreter = preview.items.some((item) => item.needsInterpreter);

  try {
    const outcome = await mailAfterCommit(
      runBookingTransaction(organizationIds, { interpreter }, async (tx) => {
        const draft = await lockOpenDraft(tx, actor, draftId);
        const grid = await loadSessionGrid(tx, draft.sessionId);
        assertSessionAllows(grid.lifecycle, "schedule", now);
        const placed = draft.items
          .filter((item) => item.status === "PLACED")
          .map((item) => ({ ...item, startsAt: item.startsAt!, endsAt: item.endsAt! }));
        const gone = await firstItemWithPartyGone(tx, grid.id, placed);
        if (gone) throw new DraftOutdated(gone.itemId, gone.organizationId);
        const outdated = await firstOutdatedItem(tx, grid, placed, now);
        if (outdated) throw new DraftOutdated(outdated);
        const requestIds = placed.flatMap((item) => (item.meetingRequestId ? [item.meetingRequestId] : []));
        const claimed = await tx.meetingRequest.updateManyAndReturn({
          where: { id: { in: requestIds }, status: "PENDING", expiresAt: { gt: now } },
          data: { status: "ACCEPTED", respondedAt: now },
          select: { id: true },
        });
        if (claimed.length !== requestIds.length) {
          const answered = new Set(claimed.map((r) => r.id));
          throw new DraftOutdated(placed.find((i) => i.meetingRequestId && !answered.has(i.meetingRequestId))!.id);
        }
        const agendas = await agendasOf(tx, placed);
        const meetings = await tx.meeting.createManyAndReturn({
          data: placed.map((item) => ({
            sessionId: grid.id,
            requestId: item.meetingRequestId,
            supplierOrgId: item.supplierOrgId,
            buyerOrgId: item.buyerOrgId,
            interpreterId: item.interpreterId,
            startsAt: item.startsAt,
            endsAt: item.endsAt,
            status: "SCHEDULED" as const,
            roomToken: newRoomToken(),
            agenda: agendas.get(item.id)?.agenda ?? null,
          })),
          select: { id: true, requestId: true, supplierOrgId: true, buyerOrgId: true, interpreterId: true },
        });
        const meetingIds = meetings.map((m) => m.id);
        const events: MeetingEvent[] = [];
        for (const m of meetings) {
          // Both sides are told (the organizer booked it), and the interpreter.
          const recipients = await recipientsOf(tx, [m.supplierOrgId, m.buyerOrgId], [m.interpreterId]);
          events.push({ kind: "accepted", requestId: m.requestId, meetingId: m.id, recipients });
        }
        await tx.scheduleDraft.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: now } });
        await recordAudit(tx, {
          actorId: actor.id,
          action: "autoSchedule.published",
          entityType: "ScheduleDraft",
          entityId: draft.id,
          organizationId: actor.organizationId,
          data: { sessionId: grid.id, meetings: meetingIds },
        });
        return { booked: meetingIds.length, events };
      }),
    );
    return { booked: outcome.booked };
  } catch (error) {
    if (error instanceof DraftOutdated) throw await outdatedError(error, locale);
    if (isConflictViolation(error)) throw new AppError("CONFLICT", "draftOutdatedGeneric");
    throw error;
  }
}

/** The agenda of each meeting: the request's message, else the organizer's proposal note. */
async function agendasOf(
  tx: DbClient,
  items: { id: string; meetingRequestId: string | null; proposalId: string | null }[],
) {
  const [requests, proposals] = await Promise.all([
    tx.meetingRequest.findMany({
      where: { id: { in: items.flatMap((i) => (i.meetingRequestId ? [i.meetingRequestId] : [])) } },
      select: { id: true, message: true },
    }),
    tx.matchProposal.findMany({
      where: { id: { in: items.flatMap((i) => (i.proposalId ? [i.proposalId] : [])) } },
      select: { id: true, note: true },
    }),
  ]);
  const message = new Map(requests.map((r) => [r.id, r.message]));
  const note = new Map(proposals.map((p) => [p.id, p.note]));
  return new Map<string, Candidate>(
    items.map((i) => [
      i.id,
      {
        agenda:
          (i.meetingRequestId && message.get(i.meetingRequestId)) || (i.proposalId && note.get(i.proposalId)) || null,
      },
    ]),
  );
}

async function outdatedError({ itemId, goneOrganizationId }: DraftOutdated, locale: AppLocale) {
  const item = await db.scheduleDraftItem.findUnique({ where: { id: itemId } });
  const names = item
    ? await db.organization.findMany({
        where: { id: { in: [item.supplierOrgId, item.buyerOrgId] } },
        select: { id: true, nameEn: true, nameZh: true, nameRu: true },
      })
    : [];
  const name = (id?: string) => {
    const org = names.find((o) => o.id === id);
    return org ? localized(org, "name", locale) : "?";
  };
  if (item && goneOrganizationId) {
    const other = goneOrganizationId === item.supplierOrgId ? item.buyerOrgId : item.supplierOrgId;
    return new AppError("CONFLICT", "draftPartyGone", undefined, {
      party: name(goneOrganizationId),
      other: name(other),
    });
  }
  return new AppError("CONFLICT", "draftOutdated", undefined, {
    supplier: name(item?.supplierOrgId),
    buyer: name(item?.buyerOrgId),
  });
}

/**
 * Writes the fabric session's activity of upcoming-fabric.ts through the domain
 * functions a buyer, a supplier and an organizer would call. No mail is queued:
 * nobody should find demo history in a mailbox.
 */
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { proposeMatch } from "@/lib/matching/propose-match";
import { reactToMatch } from "@/lib/matching/react-to-match";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { createRequirement } from "@/lib/requirements/create-requirement";
import { sessionDays, zonedInstant } from "@/lib/time/session-window";
import { actorByEmail } from "./actors";
import {
  bookedMeetings,
  fabricSessionSlug,
  mutualInterest,
  organizerProposals,
  pendingRequests,
  upcomingRequirements,
} from "./upcoming-fabric";

const daysFromNow = (now: Date, days: number) => new Date(now.getTime() + days * 86_400_000).toISOString().slice(0, 10);
const minuteOf = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3));

export async function seedFabricSessionActivity(
  organizer: Actor,
  sessionIds: Map<string, string>,
  { now }: { now: Date },
) {
  const sessionId = sessionIds.get(fabricSessionSlug)!;
  const session = await db.fairSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: { startDate: true, endDate: true, fair: { select: { timeZone: true } } },
  });
  const days = sessionDays(session);
  const at = ({ day, at }: { day: number; at: string }) => zonedInstant(days[day], minuteOf(at), session.fair.timeZone);

  const requirementIds = await seedRequirements(sessionId, now);
  const organizationOf = async (email: string) => (await actorByEmail(email)).organizationId!;

  for (const plan of bookedMeetings) {
    const { request } = await requestMeeting(
      await actorByEmail(plan.from),
      {
        sessionId,
        organizationId: await organizationOf(plan.to),
        message: plan.message,
        preferredSlots: [at(plan)],
        needsInterpreter: plan.needsInterpreter,
        requirementId: plan.requirement ? requirementIds.get(plan.requirement) : undefined,
      },
      { now, notify: false },
    );
    await acceptRequest(await actorByEmail(plan.to), request.id, { start: at(plan) }, { now, notify: false });
  }
  for (const plan of pendingRequests) {
    await requestMeeting(
      await actorByEmail(plan.from),
      {
        sessionId,
        organizationId: await organizationOf(plan.to),
        message: plan.message,
        preferredSlots: plan.preferred.map(at),
        needsInterpreter: plan.needsInterpreter,
        requirementId: plan.requirement ? requirementIds.get(plan.requirement) : undefined,
      },
      { now, notify: false },
    );
  }
  for (const pair of mutualInterest) {
    const requirementId = requirementIds.get(pair.requirement)!;
    const buyer = upcomingRequirements.find((r) => r.key === pair.requirement)!.buyer;
    const supplierOrgId = await organizationOf(pair.supplier);
    await reactToMatch(await actorByEmail(buyer), { requirementId, supplierOrgId, kind: "INTERESTED" });
    await reactToMatch(await actorByEmail(pair.supplier), { requirementId, supplierOrgId, kind: "INTERESTED" });
  }
  for (const proposal of organizerProposals) {
    await proposeMatch(organizer, {
      sessionId,
      requirementId: requirementIds.get(proposal.requirement)!,
      supplierOrgId: await organizationOf(proposal.supplier),
      note: proposal.note,
      priorityAdjustment: proposal.priorityAdjustment,
    });
  }
}

/** The requirements, created as their buyers would, aimed at the upcoming session (the form's session field). */
async function seedRequirements(sessionId: string, now: Date): Promise<Map<string, string>> {
  const categoryIds = new Map(
    (await db.category.findMany({ select: { id: true, slug: true } })).map((c) => [c.slug, c.id]),
  );
  const ids = new Map<string, string>();
  for (const { key, buyer, categorySlug, requirement } of upcomingRequirements) {
    const created = await createRequirement(await actorByEmail(buyer), {
      ...requirement,
      categoryId: categoryIds.get(categorySlug)!,
      neededBy: daysFromNow(now, 90),
      sessionId,
    });
    ids.set(key, created.id);
  }
  return ids;
}

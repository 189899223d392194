/**
 * Places the live session's meetings (live-meeting-plan.ts) around `now` through
 * the domain functions the parties would have called: requested and accepted two
 * days earlier, the room visits at the times they happened, the outcomes recorded
 * now, and the no-shows marked by the app's own check (markNoShows, which the
 * periodic sweep runs; without the sweep's mail, as no demo history is mailed).
 *
 * The in-progress meeting's parties are recorded as having come at its start and
 * left at the seeding instant (a restart drops every room connection): otherwise
 * the sweep would mark them absent 10 minutes into the slot, before a newcomer who
 * seeded late in the slot has even signed in.
 */
import type { Meeting } from "@/lib/generated/prisma/client";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { joinRoom } from "@/lib/rooms/join-room";
import { closeVisit } from "@/lib/rooms/leave-room";
import { markNoShows } from "@/lib/rooms/no-show";
import { dbClient } from "@/lib/scheduling/db-client";
import { loadSessionGrid } from "@/lib/scheduling/load-session-grid";
import { actorByEmail } from "./actors";
import { liveMeetings, type LiveMeetingPlan } from "./live-meeting-plan";

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export async function placeLiveMeetings(sessionId: string, now: Date): Promise<void> {
  const { slots } = await loadSessionGrid(dbClient, sessionId);
  const current = slots.findIndex((slot) => slot.start <= now && now < slot.end);
  if (current < 0) throw new Error(`seed: no slot of the live session holds ${now.toISOString()}`);
  const requestedAt = new Date(now.getTime() - 2 * DAY);

  const meetingIds: string[] = [];
  for (const plan of liveMeetings) {
    const meeting = await book(sessionId, plan, slots[current + plan.slot].start, requestedAt);
    await recordVisits(meeting, plan, now);
    for (const { email, outcome, note } of plan.outcomes) {
      await recordOutcome(await actorByEmail(email), { meetingId: meeting.id, outcome, note }, { now });
    }
    meetingIds.push(meeting.id);
  }
  await markNoShows({ now, meetingIds });
}

async function book(sessionId: string, plan: LiveMeetingPlan, start: Date, requestedAt: Date): Promise<Meeting> {
  const to = await actorByEmail(plan.to);
  const { request } = await requestMeeting(
    await actorByEmail(plan.from),
    {
      sessionId,
      organizationId: to.organizationId!,
      message: plan.message,
      preferredSlots: [start],
      needsInterpreter: plan.needsInterpreter,
    },
    { now: requestedAt, notify: false },
  );
  const acceptedAt = new Date(requestedAt.getTime() + 90 * MINUTE);
  return (await acceptRequest(to, request.id, { start }, { now: acceptedAt, notify: false })).meeting;
}

async function recordVisits(meeting: Meeting, plan: LiveMeetingPlan, now: Date): Promise<void> {
  const at = (minute: number) => new Date(meeting.startsAt.getTime() + minute * MINUTE);
  for (const visit of plan.visits) {
    const actor = await actorByEmail(visit.email);
    const { visitId } = await joinRoom(actor, meeting.roomToken, { now: at(visit.joined) });
    const left = visit.left === "now" ? now : at(visit.left);
    await closeVisit({ visitId, meetingId: meeting.id, userId: actor.id }, { now: left });
  }
}

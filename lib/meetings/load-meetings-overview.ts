import "server-only";
import type { Actor } from "@/lib/auth/actor";
import { can } from "@/lib/auth/permissions";
import { listAcceptableSlots } from "./list-acceptable-slots";
import { listMySchedule } from "./list-my-schedule";
import { listRequests } from "./list-requests";

export type MeetingsOverview = Awaited<ReturnType<typeof loadMeetingsOverview>>;
export type RequestSummary = MeetingsOverview["incoming"][number];

/**
 * Everything "My meetings" shows: the actor's schedule, the requests received and sent
 * (only for the parties to meetings; an interpreter has none) and, for each received
 * request still open, the slots it may be accepted at. A fixed number of statements
 * whatever the number of requests (tests/integration/meetings-page-statements.test.ts).
 */
export async function loadMeetingsOverview(actor: Actor, { now = new Date() }: { now?: Date } = {}) {
  const party = can(actor, "request:meeting:own");
  const [schedule, incoming, outgoing] = await Promise.all([
    listMySchedule(actor),
    party ? listRequests(actor, { direction: "incoming" }, { now }) : [],
    party ? listRequests(actor, { direction: "outgoing" }, { now }) : [],
  ]);
  const open = incoming
    .filter((request) => request.status === "PENDING")
    .map((request) => ({
      ...request,
      fromOrganizationId: request.fromOrganization.id,
      toOrganizationId: request.toOrganization.id,
    }));
  const acceptable = await listAcceptableSlots(open, { now });
  return { schedule, incoming, outgoing, acceptable };
}

import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { db } from "@/lib/db";
import { registerForSession } from "@/lib/fairs/register-for-session";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import type { SignUpInput } from "@/lib/organizations/schemas";
import { actorFor } from "./actors";
import { beforeTheFair, createFairWithSession, sessionDay } from "./fairs";

export { beforeTheFair };
import { createApprovedSupplier, createPendingOrganization } from "./organizations";
import { createMany } from "./unique";
import { createInterpreterActor, createOrganizerActor } from "./users";

/** A UTC instant on the factory session's day, e.g. at("10:20"). */
export function at(clock: string, day = sessionDay): Date {
  return new Date(`${day}T${clock}:00.000Z`);
}

export type MeetingParties = {
  sessionId: string;
  supplierOrgId: string;
  buyerOrgId: string;
  interpreterId?: string | null;
};

/** Data for a direct `db.meeting.create`, the way booking code will insert it. */
export function meetingData(
  parties: MeetingParties,
  from: string,
  to: string,
  status: "SCHEDULED" | "COMPLETED" | "CANCELLED" = "SCHEDULED",
) {
  return {
    ...parties,
    interpreterId: parties.interpreterId ?? null,
    startsAt: at(from),
    endsAt: at(to),
    status,
    roomToken: randomBytes(16).toString("hex"),
  };
}

type Participant = Awaited<ReturnType<typeof createApprovedSupplier>>;

/** An approved organization registered (APPROVED) for the session. */
export async function createParticipant(
  kind: "SUPPLIER" | "BUYER",
  sessionId: string,
  organizer: Actor,
  overrides: Partial<SignUpInput> = {},
): Promise<Participant> {
  const { organization, user } = await createPendingOrganization(kind, overrides);
  await reviewOrganization(organizer, { organizationId: organization.id, decision: "approve", reason: "" });
  const actor = await actorFor(user.id);
  await registerForSession(actor, sessionId, { now: beforeTheFair });
  return { organization: { ...organization, status: "APPROVED" as const }, user, actor };
}

/**
 * The factory session (Hangzhou, 1-2 June 2026, 10:00-18:00, lunch 12-13, 20-minute
 * slots, no registration approval) with `suppliers` Hangzhou suppliers and `buyers`
 * Moscow buyers registered. A Moscow buyer's default day is 08:00-13:00 Moscow =
 * 05:00-10:00 UTC, so by default a pair meets in at("05:00") .. at("09:40").
 */
export async function createMeetingWorld({ suppliers = 1, buyers = 1 } = {}) {
  const organizer = await createOrganizerActor();
  const { fair, session } = await createFairWithSession(organizer, { registrationNeedsApproval: false });
  const supplierList = await createMany(suppliers, () => createParticipant("SUPPLIER", session.id, organizer));
  const buyerList = await createMany(buyers, () => createParticipant("BUYER", session.id, organizer));
  return {
    organizer,
    fair,
    session,
    supplier: supplierList[0],
    buyer: buyerList[0],
    suppliers: supplierList,
    buyers: buyerList,
  };
}
export type MeetingWorld = Awaited<ReturnType<typeof createMeetingWorld>>;

/** A Chinese-Russian interpreter with shifts in the session, e.g. [["05:00", "06:00"]] (UTC on the session day). */
export async function createInterpreterOnShift(organizer: Actor, sessionId: string, shifts: [string, string][]) {
  const interpreter = await createInterpreterActor(organizer);
  await db.interpreterShift.createMany({
    data: shifts.map(([from, to]) => ({
      sessionId,
      interpreterId: interpreter.id,
      startsAt: at(from),
      endsAt: at(to),
    })),
  });
  return interpreter;
}

import { db } from "@/lib/db";
import { createInterpreterOnShift, createMeetingWorld, meetingData } from "./meetings";

// The room, no-show and outcome tests all start the same way: a meeting world with one
// interpreter on shift, and meetings written straight into the table between its parties.

/** createMeetingWorld plus a Chinese-Russian interpreter on `shift` (UTC on the session day). */
export async function createBookedMeetingWorld({
  buyers = 1,
  shift = ["05:00", "09:00"],
}: { buyers?: number; shift?: [string, string] } = {}) {
  const world = await createMeetingWorld({ buyers });
  const interpreter = await createInterpreterOnShift(world.organizer, world.session.id, [shift]);
  return { ...world, interpreter };
}
export type BookedMeetingWorld = Awaited<ReturnType<typeof createBookedMeetingWorld>>;

/** A meeting of the world's supplier and `buyer` (default its first) with its interpreter, e.g. "05:00".."05:20". */
export function bookMeeting(
  world: BookedMeetingWorld,
  from: string,
  to: string,
  {
    status,
    buyer = world.buyer,
  }: { status?: "SCHEDULED" | "COMPLETED" | "CANCELLED"; buyer?: BookedMeetingWorld["buyer"] } = {},
) {
  return db.meeting.create({
    data: meetingData(
      {
        sessionId: world.session.id,
        supplierOrgId: world.supplier.organization.id,
        buyerOrgId: buyer.organization.id,
        interpreterId: world.interpreter.id,
      },
      from,
      to,
      status,
    ),
  });
}

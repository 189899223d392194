/**
 * The dashboard's "upcoming meetings": an interpreter sees the meetings assigned to
 * them, the same ones their Meetings page lists (listMySchedule), from now on.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listMySchedule } from "@/lib/meetings/list-my-schedule";
import { listUpcomingMeetings } from "@/lib/users/list-upcoming-meetings";
import { bookMeeting, createBookedMeetingWorld, type BookedMeetingWorld } from "../factories/booked-meetings";
import { sessionDay } from "../factories/fairs";
import { at, beforeTheFair, createInterpreterOnShift, meetingData } from "../factories/meetings";

let world: BookedMeetingWorld;

beforeAll(async () => {
  world = await createBookedMeetingWorld({ buyers: 2 });
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
});

const idsOf = (days: Awaited<ReturnType<typeof listUpcomingMeetings>>) =>
  days.map((day) => [day.day, day.meetings.map((meeting) => meeting.id)]);

describe("listUpcomingMeetings (dashboard)", () => {
  it("gives an interpreter the meetings assigned to them, as their Meetings page lists them", async () => {
    const first = await bookMeeting(world, "05:00", "05:20");
    const second = await bookMeeting(world, "06:00", "06:20", { buyer: world.buyers[1] });

    const upcoming = await listUpcomingMeetings(world.interpreter, { now: beforeTheFair });
    expect(idsOf(upcoming)).toEqual([[sessionDay, [first.id, second.id]]]);
    expect(upcoming[0].meetings[0]).toMatchObject({
      viewerRole: "interpreter",
      interpreter: { id: world.interpreter.id },
      supplierOrg: { id: world.supplier.organization.id },
      buyerOrg: { id: world.buyer.organization.id },
    });
    expect(upcoming).toEqual(await listMySchedule(world.interpreter));
  });

  it("leaves out finished, cancelled and other interpreters' meetings, keeps the one in progress", async () => {
    await bookMeeting(world, "05:00", "05:20", { status: "COMPLETED" });
    const inProgress = await bookMeeting(world, "05:40", "06:00");
    const later = await bookMeeting(world, "07:00", "07:20");
    await bookMeeting(world, "08:00", "08:20", { status: "CANCELLED" });
    const colleague = await createInterpreterOnShift(world.organizer, world.session.id, [["05:00", "09:00"]]);
    const theirs = await db.meeting.create({
      data: meetingData(
        {
          sessionId: world.session.id,
          supplierOrgId: world.supplier.organization.id,
          buyerOrgId: world.buyers[1].organization.id,
          interpreterId: colleague.id,
        },
        "06:20",
        "06:40",
      ),
    });

    expect(idsOf(await listUpcomingMeetings(world.interpreter, { now: at("05:50") }))).toEqual([
      [sessionDay, [inProgress.id, later.id]],
    ]);
    expect(idsOf(await listUpcomingMeetings(colleague, { now: at("05:50") }))).toEqual([[sessionDay, [theirs.id]]]);
    expect(await listUpcomingMeetings(world.interpreter, { now: at("07:20") })).toEqual([]);
  });

  it("shows at most `limit` meetings, the soonest first", async () => {
    const meetings = [];
    for (const [from, to] of [
      ["05:00", "05:20"],
      ["05:20", "05:40"],
      ["05:40", "06:00"],
    ] as const) {
      meetings.push(await bookMeeting(world, from, to));
    }
    expect(idsOf(await listUpcomingMeetings(world.interpreter, { now: beforeTheFair, limit: 2 }))).toEqual([
      [sessionDay, [meetings[0].id, meetings[1].id]],
    ]);
  });

  it("is empty for an interpreter with nothing assigned and for an organizer", async () => {
    await bookMeeting(world, "05:00", "05:20");
    const idle = await createInterpreterOnShift(world.organizer, world.session.id, [["05:00", "09:00"]]);
    expect(await listUpcomingMeetings(idle, { now: beforeTheFair })).toEqual([]);
    expect(await listUpcomingMeetings(world.organizer, { now: beforeTheFair })).toEqual([]);
  });
});

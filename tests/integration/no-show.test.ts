/**
 * Attendance and no-show marking on a real Postgres: the 10-minute deadline, any
 * member of a side counting, late joins not undoing a mark, idempotence and
 * concurrency, cancelled meetings left alone, who may read the attendance, and the
 * mail that tells the side that came.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { roomUrl } from "@/lib/calendar/room-url";
import { db } from "@/lib/db";
import { localized } from "@/lib/i18n/localized";
import { buildMeetingMail } from "@/lib/mail/build-meeting-mail";
import { getMeetingAttendance } from "@/lib/outcomes/get-attendance";
import { noShowEvents } from "@/lib/outcomes/run-no-show-check";
import { markNoShows } from "@/lib/rooms/no-show";
import type { Actor } from "@/lib/auth/actor";
import { actorFor } from "../factories/actors";
import { expectAppError } from "../factories/errors";
import { bookMeeting, createBookedMeetingWorld, type BookedMeetingWorld } from "../factories/booked-meetings";
import { at } from "../factories/meetings";
import { createApprovedBuyer } from "../factories/organizations";
import { uniqueEmail } from "../factories/unique";

let world: BookedMeetingWorld;
let interpreter: Actor;
let buyerColleague: Actor;

beforeAll(async () => {
  world = await createBookedMeetingWorld();
  interpreter = world.interpreter;
  const colleague = await db.user.create({
    data: {
      email: uniqueEmail("buyer-colleague"),
      passwordHash: "not-used",
      name: "Buyer Colleague",
      role: "BUYER",
      organizationId: world.buyer.organization.id,
      locale: "ru",
      timeZone: "Europe/Moscow",
    },
  });
  buyerColleague = await actorFor(colleague.id);
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
});

const book = (from: string, to: string, status?: "SCHEDULED" | "COMPLETED" | "CANCELLED") =>
  bookMeeting(world, from, to, { status });

/** A room visit as the video room writes it (F's join/leave), by the clock of the session day. */
function visit(meetingId: string, who: Actor, role: string, joined: string, left: string | null = null) {
  return db.roomAttendance.create({
    data: {
      meetingId,
      userId: who.id,
      role,
      organizationId: who.organizationId,
      joinedAt: at(joined),
      leftAt: left ? at(left) : null,
    },
  });
}

const flags = (id: string) =>
  db.meeting.findUniqueOrThrow({
    where: { id },
    select: { supplierNoShow: true, buyerNoShow: true, noShowCheckedAt: true },
  });

describe("markNoShows", () => {
  it("marks nothing before the deadline, then each side by whether it joined within 10 minutes", async () => {
    const onTime = await book("05:00", "05:20");
    await visit(onTime.id, world.supplier.actor, "SUPPLIER", "04:55", "05:20"); // in the room before the start
    await visit(onTime.id, buyerColleague, "BUYER", "05:10"); // any member of the buyer counts; 05:10 is in time
    const late = await book("05:20", "05:40");
    await visit(late.id, world.supplier.actor, "SUPPLIER", "05:21");
    await visit(late.id, world.buyer.actor, "BUYER", "05:31"); // 11 minutes in
    const never = await book("05:40", "06:00");
    await visit(never.id, interpreter, "INTERPRETER", "05:40"); // the interpreter is neither side

    expect(await markNoShows({ now: at("05:09") })).toEqual([]);
    expect((await flags(onTime.id)).noShowCheckedAt).toBeNull();

    const marks = await markNoShows({ now: at("06:30") });
    expect(marks.map((m) => m.meetingId).sort()).toEqual([onTime.id, late.id, never.id].sort());
    expect(await flags(onTime.id)).toMatchObject({ supplierNoShow: false, buyerNoShow: false });
    expect(await flags(late.id)).toMatchObject({ supplierNoShow: false, buyerNoShow: true });
    expect(await flags(never.id)).toMatchObject({ supplierNoShow: true, buyerNoShow: true });
    expect((await flags(never.id)).noShowCheckedAt).toEqual(at("06:30"));
  });

  it("checks a meeting once: a later join does not undo the mark, a second run changes nothing", async () => {
    const meeting = await book("05:00", "05:20");
    await visit(meeting.id, world.supplier.actor, "SUPPLIER", "05:02");
    const first = await markNoShows({ now: at("05:10") });
    expect(first).toEqual([
      expect.objectContaining({ meetingId: meeting.id, supplierNoShow: false, buyerNoShow: true }),
    ]);

    await visit(meeting.id, world.buyer.actor, "BUYER", "05:12");
    expect(await markNoShows({ now: at("05:15") })).toEqual([]);
    expect(await flags(meeting.id)).toMatchObject({ buyerNoShow: true, noShowCheckedAt: at("05:10") });
  });

  it("decides the same when the sweep runs late: only visits begun by the deadline count", async () => {
    const meeting = await book("05:00", "05:20");
    await visit(meeting.id, world.buyer.actor, "BUYER", "05:15");
    await visit(meeting.id, world.supplier.actor, "SUPPLIER", "05:03");
    await markNoShows({ now: at("09:00") });
    expect(await flags(meeting.id)).toMatchObject({ supplierNoShow: false, buyerNoShow: true });
  });

  it("leaves cancelled and completed meetings alone", async () => {
    const cancelled = await book("05:00", "05:20", "CANCELLED");
    const completed = await book("05:20", "05:40", "COMPLETED");
    expect(await markNoShows({ now: at("09:00") })).toEqual([]);
    for (const id of [cancelled.id, completed.id]) {
      expect(await flags(id)).toEqual({ supplierNoShow: false, buyerNoShow: false, noShowCheckedAt: null });
    }
  });

  it("narrows to the given meetings", async () => {
    const a = await book("05:00", "05:20");
    const b = await book("05:20", "05:40");
    const marks = await markNoShows({ now: at("09:00"), meetingIds: [b.id] });
    expect(marks.map((m) => m.meetingId)).toEqual([b.id]);
    expect((await flags(a.id)).noShowCheckedAt).toBeNull();
  });

  it("marks each meeting exactly once when two instances sweep at the same time", async () => {
    const meetings = await Promise.all(
      ["05:00", "05:20", "05:40", "06:00"].map((from, i) => book(from, ["05:20", "05:40", "06:00", "06:20"][i])),
    );
    const [one, two] = await Promise.all([markNoShows({ now: at("09:00") }), markNoShows({ now: at("09:00") })]);
    expect(one.length + two.length).toBe(meetings.length);
    expect(new Set([...one, ...two].map((m) => m.meetingId)).size).toBe(meetings.length);
  });
});

describe("attendance as the meeting page shows it", () => {
  it("lists the visits and explains a late join, for both parties, the interpreter and the organizer", async () => {
    const meeting = await book("05:00", "05:20");
    await visit(meeting.id, world.supplier.actor, "SUPPLIER", "04:58", "05:05");
    await visit(meeting.id, world.supplier.actor, "SUPPLIER", "05:06"); // reconnected
    await visit(meeting.id, world.buyer.actor, "BUYER", "05:14", "05:20");
    await markNoShows({ now: at("05:10") });

    for (const viewer of [world.supplier.actor, world.buyer.actor, interpreter, world.organizer]) {
      const attendance = await getMeetingAttendance(viewer, meeting.id, { now: at("05:30") });
      expect(attendance.visits.map((v) => [v.userName, v.role])).toEqual([
        [world.supplier.actor.name, "SUPPLIER"],
        [world.supplier.actor.name, "SUPPLIER"],
        [world.buyer.actor.name, "BUYER"],
      ]);
      expect(attendance.supplier).toEqual({ state: "onTime", firstJoinedAt: at("04:58") });
      expect(attendance.buyer).toEqual({ state: "late", firstJoinedAt: at("05:14") });
      expect(attendance.meeting).toMatchObject({ supplierNoShow: false, buyerNoShow: true });
    }
  });

  it("says 'not joined yet' before the deadline and 'did not join' after", async () => {
    const meeting = await book("05:00", "05:20");
    expect((await getMeetingAttendance(world.buyer.actor, meeting.id, { now: at("05:05") })).supplier).toEqual({
      state: "waiting",
    });
    expect((await getMeetingAttendance(world.buyer.actor, meeting.id, { now: at("05:11") })).supplier).toEqual({
      state: "absent",
    });
  });

  it("does not exist for another organization", async () => {
    const meeting = await book("05:00", "05:20");
    const stranger = await createApprovedBuyer();
    await expectAppError(getMeetingAttendance(stranger.actor, meeting.id), "NOT_FOUND", "meetingNotFound");
  });
});

describe("telling the side that came", () => {
  it("mails the present side only, without a calendar update; nobody when both stayed away", async () => {
    const meeting = await book("05:00", "05:20");
    const events = await noShowEvents([
      {
        meetingId: meeting.id,
        supplierOrgId: world.supplier.organization.id,
        buyerOrgId: world.buyer.organization.id,
        supplierNoShow: false,
        buyerNoShow: true,
      },
      {
        meetingId: meeting.id,
        supplierOrgId: world.supplier.organization.id,
        buyerOrgId: world.buyer.organization.id,
        supplierNoShow: true,
        buyerNoShow: true,
      },
    ]);
    expect(events).toEqual([
      { kind: "noShow", requestId: null, meetingId: meeting.id, recipients: [world.supplier.user.id] },
    ]);
    const mail = await buildMeetingMail({
      kind: "noShow",
      recipientId: world.supplier.user.id,
      requestId: null,
      meetingId: meeting.id,
    });
    expect(mail).not.toBeNull();
    expect(mail!.subject).toContain(localized(world.buyer.organization, "name", mail!.locale));
    expect(mail!.calendar).toBeUndefined();
    expect(mail!.text).not.toContain(roomUrl(meeting.roomToken, mail!.locale));
    expect(mail!.text).not.toContain("/rooms/");
  });
});

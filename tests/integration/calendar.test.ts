/**
 * Calendar files of meetings (RFC 5545, read back with ical.js) and the private
 * calendar feed behind a revocable secret URL.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/calendar/[token]/route";
import { db } from "@/lib/db";
import { calendarFeedFor, createCalendarFeed, hasCalendarFeed, revokeCalendarFeed } from "@/lib/calendar/calendar-feed";
import { loadCalendarMeeting } from "@/lib/calendar/calendar-meeting";
import { meetingIcs, meetingUid } from "@/lib/calendar/meeting-ics";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { rescheduleMeeting } from "@/lib/meetings/reschedule-meeting";
import {
  at,
  beforeTheFair,
  createInterpreterOnShift,
  createMeetingWorld,
  type MeetingWorld,
} from "../factories/meetings";
import { expectAppError } from "../factories/errors";
import { parseIcs } from "../support/ics";

const now = beforeTheFair;
let world: MeetingWorld;
let interpreterEmail: string;

beforeAll(async () => {
  process.env.APP_URL = "https://fair.example.test/";
  process.env.MAIL_FROM = "FairBridge <no-reply@fair.example.test>";
  world = await createMeetingWorld();
  const interpreter = await createInterpreterOnShift(world.organizer, world.session.id, [["05:00", "09:00"]]);
  interpreterEmail = interpreter.email;
});

afterEach(async () => {
  await db.meeting.deleteMany({});
  await db.meetingRequest.deleteMany({});
});

async function book(start = at("05:00")) {
  const { request } = await requestMeeting(
    world.buyer.actor,
    {
      sessionId: world.session.id,
      organizationId: world.supplier.organization.id,
      message: "Fleece, 3 000 m",
      needsInterpreter: true,
    },
    { now },
  );
  const { meeting } = await acceptRequest(world.supplier.actor, request.id, { start }, { now });
  return meeting;
}

const icsOf = async (meetingId: string, method: "REQUEST" | "CANCEL", viewerLocale: "en" | "zh" | "ru" = "en") =>
  meetingIcs((await loadCalendarMeeting(meetingId))!, { method, viewerLocale });

describe("meetingIcs", () => {
  it("is an invitation with UTC times, a stable UID, organizer, every attendee and the room link", async () => {
    const meeting = await book();
    const text = await icsOf(meeting.id, "REQUEST");
    expect(text).toContain("DTSTART:20260601T050000Z");
    const ics = parseIcs(text);
    expect(ics.version).toBe("2.0");
    expect(ics.method).toBe("REQUEST");
    expect(ics.events).toHaveLength(1);
    const [event] = ics.events;
    expect(event).toMatchObject({
      uid: `${meeting.id}@fairbridge`,
      sequence: 0,
      status: "CONFIRMED",
      start: "2026-06-01T05:00:00.000Z",
      end: "2026-06-01T05:20:00.000Z",
      organizer: "no-reply@fair.example.test",
      url: `https://fair.example.test/en/rooms/${meeting.roomToken}`,
      location: `https://fair.example.test/en/rooms/${meeting.roomToken}`,
    });
    expect(event.uid).toBe(meetingUid(meeting.id));
    expect(event.attendees).toEqual([world.supplier.user.email, world.buyer.user.email, interpreterEmail].sort());
    expect(event.summary).toContain(world.supplier.organization.nameEn!);
    expect(event.summary).toContain(world.buyer.organization.nameEn!);
    expect(event.description).toContain("Test Interpreter");
  });

  it("speaks the viewer's language", async () => {
    const meeting = await book();
    const [zh] = parseIcs(await icsOf(meeting.id, "REQUEST", "zh")).events;
    expect(zh.summary).toMatch(/^会谈：/);
    expect(zh.url).toContain("/zh/rooms/");
    const [ru] = parseIcs(await icsOf(meeting.id, "REQUEST", "ru")).events;
    expect(ru.summary).toMatch(/^Встреча: /);
  });

  it("a move raises SEQUENCE; a cancellation is METHOD:CANCEL, STATUS:CANCELLED with the same UID", async () => {
    const meeting = await book();
    await rescheduleMeeting(world.buyer.actor, meeting.id, { start: at("06:00") }, { now });
    const moved = parseIcs(await icsOf(meeting.id, "REQUEST"));
    expect(moved.events[0]).toMatchObject({
      uid: `${meeting.id}@fairbridge`,
      sequence: 1,
      start: "2026-06-01T06:00:00.000Z",
    });

    await cancelMeeting(world.supplier.actor, meeting.id, { reason: "Sample not ready" }, { now });
    const cancelled = parseIcs(await icsOf(meeting.id, "CANCEL"));
    expect(cancelled.method).toBe("CANCEL");
    expect(cancelled.events[0]).toMatchObject({
      uid: `${meeting.id}@fairbridge`,
      sequence: 2,
      status: "CANCELLED",
      start: "2026-06-01T06:00:00.000Z",
      end: "2026-06-01T06:20:00.000Z",
    });
  });
});

describe("the private calendar feed", () => {
  afterEach(async () => {
    await db.calendarFeedToken.deleteMany({});
  });

  const fetchFeed = (token: string) =>
    GET(new Request(`https://fair.example.test/api/calendar/${token}`), { params: Promise.resolve({ token }) });

  it("serves the user's meetings, cancelled ones as CANCELLED, in their language, stored only as a hash", async () => {
    const kept = await book(at("05:00"));
    const dropped = await book(at("06:00"));
    await cancelMeeting(world.buyer.actor, dropped.id, {}, { now });

    const { token, url } = await createCalendarFeed(world.buyer.actor);
    expect(url).toBe(`https://fair.example.test/api/calendar/${token}`);
    const stored = await db.calendarFeedToken.findMany({ where: { userId: world.buyer.actor.id } });
    expect(stored).toHaveLength(1);
    expect(stored[0].tokenHash).not.toContain(token);
    expect(stored[0].tokenHash).toMatch(/^[0-9a-f]{64}$/);

    const response = await fetchFeed(token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    const feed = parseIcs(await response.text());
    expect(feed.method).toBe("PUBLISH");
    const byUid = Object.fromEntries(feed.events.map((event) => [event.uid, event]));
    expect(Object.keys(byUid).sort()).toEqual([`${kept.id}@fairbridge`, `${dropped.id}@fairbridge`].sort());
    expect(byUid[`${kept.id}@fairbridge`]).toMatchObject({
      status: "CONFIRMED",
      sequence: 0,
      start: "2026-06-01T05:00:00.000Z",
    });
    expect(byUid[`${dropped.id}@fairbridge`]).toMatchObject({ status: "CANCELLED", sequence: 1 });
    // The buyer's user reads Russian.
    expect(byUid[`${kept.id}@fairbridge`].summary).toMatch(/^Встреча: /);

    // The supplier's own feed has the same meetings; an unrelated token nothing.
    const supplierFeed = await createCalendarFeed(world.supplier.actor);
    expect(parseIcs((await calendarFeedFor(supplierFeed.token))!).events).toHaveLength(2);
    expect(await calendarFeedFor("x".repeat(43))).toBeNull();
  });

  it("answers 404 once revoked, and a new feed replaces the old URL", async () => {
    const first = await createCalendarFeed(world.buyer.actor);
    expect(await hasCalendarFeed(world.buyer.actor)).toBe(true);
    const second = await createCalendarFeed(world.buyer.actor);
    expect((await fetchFeed(first.token)).status).toBe(404);
    expect((await fetchFeed(second.token)).status).toBe(200);

    expect(await revokeCalendarFeed(world.buyer.actor)).toBe(true);
    expect((await fetchFeed(second.token)).status).toBe(404);
    expect(await hasCalendarFeed(world.buyer.actor)).toBe(false);
    expect(await revokeCalendarFeed(world.buyer.actor)).toBe(false);
  });

  it("is only for people who have meetings to show", async () => {
    const { createPendingOrganization } = await import("../factories/organizations");
    const pending = await createPendingOrganization("BUYER");
    await expectAppError(createCalendarFeed(pending.actor), "FORBIDDEN");
  });
});

/**
 * Meeting mail end to end: a domain change queues its own mail once committed ->
 * pg-boss jobs (real queue on the test database) -> the mail worker -> SMTP, read
 * back from an in-process SMTP server:
 * recipients, language, both clocks, and the .ics attachment parsed with ical.js.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { runExpireRequests, runMeetingReminder, startMailWorker } from "@/lib/jobs/mail-worker";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { declineRequest } from "@/lib/meetings/decline-request";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { rescheduleMeeting } from "@/lib/meetings/reschedule-meeting";
import type { Actor } from "@/lib/auth/actor";
import {
  at,
  beforeTheFair,
  createInterpreterOnShift,
  createMeetingWorld,
  type MeetingWorld,
} from "../factories/meetings";
import { parseIcs } from "../support/ics";
import { startTestSmtp, type TestMail, type TestSmtp } from "../support/smtp";
import { deliverMailTo, stopMailDelivery } from "../support/mail-delivery";

const now = beforeTheFair;
let smtp: TestSmtp;
let world: MeetingWorld;
let interpreter: Actor;

beforeAll(async () => {
  smtp = await startTestSmtp();
  deliverMailTo(smtp);
  world = await createMeetingWorld();
  interpreter = await createInterpreterOnShift(world.organizer, world.session.id, [["05:00", "09:00"]]);
  // The periodic expiry sweep stays off: it runs on the wall clock, these requests live before the fair.
  await startMailWorker({ expireEverySeconds: 0 });
});

afterAll(async () => {
  await stopMailDelivery(smtp);
});

beforeEach(async () => {
  smtp.messages.length = 0;
  await db.meeting.deleteMany({});
  await db.meetingRequest.deleteMany({});
});

const supplierEmail = () => world.supplier.user.email;
const buyerEmail = () => world.buyer.user.email;
const to = (address: string) => (mail: TestMail) => mail.envelope.to.includes(address);

async function mailTo(address: string, subject: RegExp): Promise<TestMail> {
  const [mail] = await smtp.waitForMail((m) => to(address)(m) && subject.test(m.subject ?? ""));
  return mail;
}

function icsOf(mail: TestMail) {
  const attachment = mail.attachments.find((a) => a.filename === "meeting.ics");
  expect(attachment, "meeting.ics attached").toBeDefined();
  return parseIcs(attachment!.content.toString("utf8"));
}

async function ask(preferredSlots: Date[] = []) {
  const result = await requestMeeting(
    world.buyer.actor,
    {
      sessionId: world.session.id,
      organizationId: world.supplier.organization.id,
      message: "Down jackets, 5 000 pcs",
      preferredSlots,
      needsInterpreter: true,
    },
    { now },
  );
  return result.request;
}

async function book(start = at("05:00")) {
  const request = await ask([start]);
  await mailTo(supplierEmail(), /会谈请求/);
  const { meeting } = await acceptRequest(world.supplier.actor, request.id, { start }, { now });
  return meeting;
}

describe("meeting mail", () => {
  it("a request reaches the other side in its language, with the preferred time on both clocks", async () => {
    await ask([at("05:00")]);
    const mail = await mailTo(supplierEmail(), /会谈请求/);
    expect(mail.from?.value[0].address).toBe("no-reply@fair.example.test");
    expect(mail.subject).toContain(world.buyer.organization.nameEn!);
    // Hangzhou supplier: own clock first, the Moscow buyer's beside it.
    expect(mail.text).toContain("13:00–13:20 杭州 · 08:00–08:20 莫斯科");
    expect(mail.text).toContain("Down jackets, 5 000 pcs");
    expect(mail.html).toContain("<li>");
    expect(mail.attachments.filter((a) => a.filename === "meeting.ics")).toHaveLength(0);
    // Nobody else is told (the buyer sent it; no interpreter yet).
    expect(smtp.messages.filter(to(buyerEmail()))).toHaveLength(0);
  });

  it("a booking tells the buyer and the interpreter, each on their own clock, with an invitation", async () => {
    const meeting = await book();
    const buyerMail = await mailTo(buyerEmail(), /Встреча с .* назначена/);
    expect(buyerMail.text).toContain("08:00–08:20 Москва · 13:00–13:20 Ханчжоу");
    expect(buyerMail.text).toContain(`https://fair.example.test/ru/rooms/${meeting.roomToken}`);
    expect(buyerMail.headers.get("content-language")).toBe("ru");
    const invitation = icsOf(buyerMail);
    expect(invitation.method).toBe("REQUEST");
    expect(invitation.events[0]).toMatchObject({
      uid: `${meeting.id}@fairbridge`,
      sequence: 0,
      status: "CONFIRMED",
      start: "2026-06-01T05:00:00.000Z",
      end: "2026-06-01T05:20:00.000Z",
      organizer: "no-reply@fair.example.test",
    });
    expect(invitation.events[0].attendees).toEqual([supplierEmail(), buyerEmail(), interpreter.email].sort());

    // The interpreter (Russian, in Hangzhou) sees both parties' clocks.
    const interpreterMail = await mailTo(interpreter.email, /назначена/);
    expect(interpreterMail.text).toContain("13:00–13:20 Ханчжоу · 08:00–08:20 Москва");
    expect(icsOf(interpreterMail).events[0].uid).toBe(`${meeting.id}@fairbridge`);

    // The accepting supplier is not mailed about its own action, and the reminder is planned.
    expect(smtp.messages.filter(to(supplierEmail())).map((m) => m.subject)).toEqual([
      expect.stringMatching(/会谈请求/),
    ]);
    const reminders = await db.$queryRaw<{ start_after: Date }[]>(
      Prisma.sql`SELECT start_after FROM pgboss.job WHERE name = 'meeting-reminder' AND singleton_key = ${`${meeting.id}:0`}`,
    );
    expect(reminders.map((r) => r.start_after.toISOString())).toEqual(["2026-06-01T04:45:00.000Z"]);
  });

  it("a reminder goes to everyone 15 minutes before, unless the meeting moved since", async () => {
    const meeting = await book();
    await mailTo(buyerEmail(), /назначена/);
    expect(await runMeetingReminder({ meetingId: meeting.id, sequence: 0 }, { now: at("04:45") })).toBe(3);
    const reminder = await mailTo(supplierEmail(), /即将开始/);
    expect(reminder.text).toContain("13:00–13:20 杭州 · 08:00–08:20 莫斯科");
    await mailTo(buyerEmail(), /Скоро начало/);
    await mailTo(interpreter.email, /Скоро начало/);

    await rescheduleMeeting(world.buyer.actor, meeting.id, { start: at("06:00") }, { now });
    expect(await runMeetingReminder({ meetingId: meeting.id, sequence: 0 }, { now: at("04:45") })).toBe(0);
    expect(await runMeetingReminder({ meetingId: meeting.id, sequence: 1 }, { now: at("06:00") })).toBe(0);
  });

  it("a move sends the new time with a higher SEQUENCE; a cancellation METHOD:CANCEL with the same UID", async () => {
    const meeting = await book();
    await mailTo(buyerEmail(), /назначена/);

    await rescheduleMeeting(world.buyer.actor, meeting.id, { start: at("06:00") }, { now });
    const movedMail = await mailTo(supplierEmail(), /已改至/);
    expect(movedMail.text).toContain("14:00–14:20 杭州 · 09:00–09:20 莫斯科");
    expect(icsOf(movedMail).events[0]).toMatchObject({
      uid: `${meeting.id}@fairbridge`,
      sequence: 1,
      start: "2026-06-01T06:00:00.000Z",
    });

    await cancelMeeting(world.buyer.actor, meeting.id, { reason: "Factory audit moved" }, { now });
    const cancelMail = await mailTo(supplierEmail(), /已取消/);
    expect(cancelMail.text).toContain("Factory audit moved");
    const cancellation = icsOf(cancelMail);
    expect(cancellation.method).toBe("CANCEL");
    expect(cancellation.events[0]).toMatchObject({
      uid: `${meeting.id}@fairbridge`,
      sequence: 2,
      status: "CANCELLED",
      start: "2026-06-01T06:00:00.000Z",
    });
    expect(cancelMail.raw.toString("utf8")).toMatch(/text\/calendar; charset=utf-8; method=CANCEL/i);
    const interpreterMail = await mailTo(interpreter.email, /отменена/);
    expect(icsOf(interpreterMail).method).toBe("CANCEL");
    // The buyer cancelled: it is not told about its own action.
    expect(smtp.messages.filter(to(buyerEmail())).filter((m) => /отменена/.test(m.subject ?? ""))).toHaveLength(0);
  });

  it("an interpreter replaced by a move is told, and only their calendar entry is cancelled", async () => {
    const other = await createMeetingWorld();
    const early = await createInterpreterOnShift(other.organizer, other.session.id, [["05:00", "05:40"]]);
    const late = await createInterpreterOnShift(other.organizer, other.session.id, [["06:00", "06:40"]]);
    const { request } = await requestMeeting(
      other.buyer.actor,
      { sessionId: other.session.id, organizationId: other.supplier.organization.id, needsInterpreter: true },
      { now },
    );
    const booked = await acceptRequest(other.supplier.actor, request.id, { start: at("05:00") }, { now });
    expect(booked.meeting.interpreterId).toBe(early.id);
    const moved = await rescheduleMeeting(other.buyer.actor, booked.meeting.id, { start: at("06:00") }, { now });
    expect(moved.meeting.interpreterId).toBe(late.id);

    const dropped = await mailTo(early.email, /больше не переводите/);
    const removal = icsOf(dropped);
    expect(removal.method).toBe("CANCEL");
    expect(removal.events[0]).toMatchObject({ uid: `${booked.meeting.id}@fairbridge`, sequence: 1 });
    expect(removal.events[0].attendees).toEqual([early.email]);

    const joined = await mailTo(late.email, /перенесена/);
    const invitation = icsOf(joined);
    expect(invitation.method).toBe("REQUEST");
    expect(invitation.events[0].attendees).toContain(late.email);
    expect(invitation.events[0].attendees).not.toContain(early.email);
    await mailTo(other.supplier.user.email, /已改至/);
  });

  it("a decline and an expiry are told in each side's language", async () => {
    const first = await ask();
    await mailTo(supplierEmail(), /会谈请求/);
    await declineRequest(world.supplier.actor, first.id, { reason: "MOQ too small" }, { now });
    const declineMail = await mailTo(buyerEmail(), /отклонила/);
    expect(declineMail.text).toContain("MOQ too small");

    await ask();
    expect(await runExpireRequests({ now: new Date(now.getTime() + 49 * 3_600_000) })).toBe(1);
    await mailTo(buyerEmail(), /Истёк срок/);
    await mailTo(supplierEmail(), /已过期/);
  });
});

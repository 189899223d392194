/**
 * After a meeting: the "record the outcome" reminder (claimed once per person and meeting
 * in the database, however many runs race; mailed in each person's language through the
 * real queue and SMTP) and follow-ups (due date not before the meeting, only the two
 * organizations, listed until done, private to the organization that set them).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startMailWorker } from "@/lib/jobs/mail-worker";
import { completeFollowUp, setFollowUp } from "@/lib/follow-ups/set-follow-up";
import { listMeetingFollowUps, listOpenFollowUps } from "@/lib/follow-ups/list-follow-ups";
import { sendOutcomeReminders } from "@/lib/follow-ups/send-outcome-reminders";
import type { Actor } from "@/lib/auth/actor";
import { actorFor } from "../factories/actors";
import { bookMeeting, createBookedMeetingWorld, type BookedMeetingWorld } from "../factories/booked-meetings";
import { expectAppError, expectValidationError } from "../factories/errors";
import { at } from "../factories/meetings";
import { createParticipant } from "../factories/meetings";
import { uniqueEmail } from "../factories/unique";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { deliverMailTo, stopMailDelivery } from "../support/mail-delivery";

let smtp: TestSmtp;
let world: BookedMeetingWorld;
let buyerColleague: Actor;
let outsider: Actor;

beforeAll(async () => {
  smtp = await startTestSmtp();
  deliverMailTo(smtp);
  world = await createBookedMeetingWorld();
  const colleague = await db.user.create({
    data: {
      email: uniqueEmail("buyer-colleague"),
      passwordHash: "not-used",
      name: "Мария Коллегова",
      role: "BUYER",
      organizationId: world.buyer.organization.id,
      locale: "ru",
      timeZone: "Europe/Moscow",
    },
  });
  buyerColleague = await actorFor(colleague.id);
  outsider = (await createParticipant("BUYER", world.session.id, world.organizer)).actor;
  await startMailWorker({ expireEverySeconds: 0 });
});

afterAll(async () => {
  await stopMailDelivery(smtp);
});

beforeEach(async () => {
  smtp.messages.length = 0;
  await db.meeting.deleteMany({});
});

const reminderRows = (meetingId: string) =>
  db.outcomeReminder.findMany({ where: { meetingId }, select: { userId: true }, orderBy: { userId: "asc" } });

describe("the outcome reminder", () => {
  it("claims each person of each side once, however many runs race, and only after the meeting ended", async () => {
    const meeting = await bookMeeting(world, "05:00", "05:20");
    expect(await sendOutcomeReminders({ now: at("05:19"), meetingIds: [meeting.id] })).toEqual([]);

    const runs = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        i % 2 === 0
          ? sendOutcomeReminders({ now: at("05:21"), meetingIds: [meeting.id] })
          : sendOutcomeReminders({ now: at("05:21") }),
      ),
    );
    const recipients = runs.flat().flatMap((event) => event.recipients);
    const people = [world.supplier.user.id, world.buyer.user.id, buyerColleague.id].sort();
    expect([...recipients].sort()).toEqual(people); // each exactly once across the six runs
    expect((await reminderRows(meeting.id)).map((row) => row.userId)).toEqual(people);
    expect(runs.flat().every((event) => event.kind === "outcomeDue" && event.meetingId === meeting.id)).toBe(true);

    // A later sweep sends nothing more.
    expect(await sendOutcomeReminders({ now: at("07:00") })).toEqual([]);
  });

  it("skips a side that has reported, cancelled meetings and meetings both sides missed", async () => {
    const reported = await bookMeeting(world, "05:00", "05:20");
    await db.meetingOutcomeReport.create({
      data: {
        meetingId: reported.id,
        side: "SUPPLIER",
        organizationId: world.supplier.organization.id,
        authorId: world.supplier.user.id,
        outcome: "FOLLOW_UP",
      },
    });
    const cancelled = await bookMeeting(world, "05:20", "05:40", { status: "CANCELLED" });
    const missed = await bookMeeting(world, "05:40", "06:00");
    await db.meeting.update({ where: { id: missed.id }, data: { supplierNoShow: true, buyerNoShow: true } });

    const events = await sendOutcomeReminders({ now: at("06:30") });
    expect(events.map((event) => event.meetingId)).toEqual([reported.id]);
    expect([...events[0].recipients].sort()).toEqual([world.buyer.user.id, buyerColleague.id].sort());
    expect(await reminderRows(cancelled.id)).toEqual([]);
    expect(await reminderRows(missed.id)).toEqual([]);
  });

  it("arrives by mail once per person, in each person's language, linking the meeting page", async () => {
    const meeting = await bookMeeting(world, "05:00", "05:20");
    await Promise.all([
      sendOutcomeReminders({ now: at("05:30"), meetingIds: [meeting.id] }),
      sendOutcomeReminders({ now: at("05:30"), meetingIds: [meeting.id] }),
    ]);
    const mails = await smtp.waitForMail(() => true, { count: 3 });
    const ru = mails.find((mail) => mail.envelope.to.includes(buyerColleague.email))!;
    expect(ru.subject).toMatch(/^Запишите итог встречи с /);
    expect(ru.text).toContain(`https://fair.example.test/ru/meetings/${meeting.id}`);
    const supplierMail = mails.find((mail) => mail.envelope.to.includes(world.supplier.user.email))!;
    expect(supplierMail.subject).toBeTruthy();
    // A reminder about the past: no calendar update attached.
    expect(supplierMail.attachments.find((a) => a.filename === "meeting.ics")).toBeUndefined();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(smtp.messages.length).toBe(3);
  });
});

describe("follow-ups", () => {
  it("are set by either side, listed until done, and private to the organization that set them", async () => {
    const meeting = await bookMeeting(world, "05:00", "05:20");
    const mine = await setFollowUp(world.buyer.actor, {
      meetingId: meeting.id,
      dueOn: "2026-06-10",
      note: "  Send the sample invoice  ",
    });
    expect(mine.note).toBe("Send the sample invoice");
    await setFollowUp(buyerColleague, { meetingId: meeting.id, dueOn: "2026-06-03", note: "Call back" });
    await setFollowUp(world.supplier.actor, { meetingId: meeting.id, dueOn: "2026-06-05", note: "Quote" });

    const open = await listOpenFollowUps(world.buyer.actor);
    expect(open.map((f) => [f.dueOn, f.note])).toEqual([
      ["2026-06-03", "Call back"],
      ["2026-06-10", "Send the sample invoice"],
    ]);
    expect(open[0].meeting.counterpart.id).toBe(world.supplier.organization.id);
    expect((await listOpenFollowUps(world.buyer.actor, { fairId: world.fair.id })).length).toBe(2);
    expect(await listOpenFollowUps(world.buyer.actor, { fairId: "no-such-fair" })).toEqual([]);
    expect((await listOpenFollowUps(world.supplier.actor)).map((f) => f.note)).toEqual(["Quote"]);

    // The supplier cannot close the buyer's; the buyer can, once.
    await expectAppError(
      completeFollowUp(world.supplier.actor, { followUpId: mine.id }),
      "NOT_FOUND",
      "followUpNotFound",
    );
    await completeFollowUp(world.buyer.actor, { followUpId: mine.id });
    await expectAppError(completeFollowUp(buyerColleague, { followUpId: mine.id }), "NOT_FOUND", "followUpNotFound");
    expect((await listOpenFollowUps(world.buyer.actor)).map((f) => f.note)).toEqual(["Call back"]);
    const onMeeting = await listMeetingFollowUps(world.buyer.actor, meeting.id);
    expect(onMeeting.map((f) => [f.note, f.done])).toEqual([
      ["Call back", false],
      ["Send the sample invoice", true],
    ]);
  });

  it("refuses a due date before the meeting, bad input, other organizations' and cancelled meetings, writing nothing", async () => {
    const meeting = await bookMeeting(world, "05:00", "05:20");
    // The meeting is on 1 June (Moscow and Hangzhou alike at 05:00 UTC).
    await expectAppError(
      setFollowUp(world.buyer.actor, { meetingId: meeting.id, dueOn: "2026-05-31", note: "Too early" }),
      "VALIDATION",
      "followUpDueBeforeMeeting",
    );
    expect(
      await expectValidationError(
        setFollowUp(world.buyer.actor, { meetingId: meeting.id, dueOn: "2026-02-30", note: "x" }),
      ),
    ).toEqual({ dueOn: "followUpDueInvalid" });
    expect(
      await expectValidationError(
        setFollowUp(world.buyer.actor, { meetingId: meeting.id, dueOn: "2026-06-02", note: "   " }),
      ),
    ).toEqual({ note: "followUpNoteRequired" });
    expect(
      await expectValidationError(
        setFollowUp(world.buyer.actor, { meetingId: meeting.id, dueOn: "2026-06-02", note: "x".repeat(1001) }),
      ),
    ).toEqual({ note: "tooLong" });
    await expectAppError(
      setFollowUp(outsider, { meetingId: meeting.id, dueOn: "2026-06-02", note: "Not mine" }),
      "NOT_FOUND",
      "meetingNotFound",
    );
    await expectAppError(
      setFollowUp(world.organizer, { meetingId: meeting.id, dueOn: "2026-06-02", note: "x" }),
      "FORBIDDEN",
    );
    const cancelled = await bookMeeting(world, "05:20", "05:40", { status: "CANCELLED" });
    await expectAppError(
      setFollowUp(world.buyer.actor, { meetingId: cancelled.id, dueOn: "2026-06-02", note: "x" }),
      "INVALID_STATE",
      "followUpMeetingCancelled",
    );
    expect(await db.meetingFollowUp.count({ where: { meetingId: { in: [meeting.id, cancelled.id] } } })).toBe(0);
    // The database refuses a blank note even if the code did not.
    await expect(
      db.meetingFollowUp.create({
        data: {
          meetingId: meeting.id,
          organizationId: world.buyer.organization.id,
          createdById: world.buyer.user.id,
          dueOn: at("00:00"),
          note: " ",
        },
      }),
    ).rejects.toThrow();
  });
});

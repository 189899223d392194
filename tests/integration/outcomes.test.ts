/**
 * Meeting outcomes on a real Postgres: validation (value and currency only with an
 * order intent, note length, not before the meeting), who may record, privacy of
 * each side's report, the derived Meeting.outcome and COMPLETED status, the audit
 * entry, and the organizer's per-session view with its totals.
 */
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { completeReportedMeetings } from "@/lib/outcomes/complete-reported-meetings";
import { getMeetingOutcomes } from "@/lib/outcomes/get-meeting-outcomes";
import { listSessionOutcomes } from "@/lib/outcomes/list-session-outcomes";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import type { OutcomeInput } from "@/lib/outcomes/schemas";
import type { Actor } from "@/lib/auth/actor";
import { expectAppError, expectValidationError, isTranslatedErrorKey } from "../factories/errors";
import { bookMeeting, createBookedMeetingWorld, type BookedMeetingWorld } from "../factories/booked-meetings";
import { at } from "../factories/meetings";
import { createApprovedSupplier } from "../factories/organizations";
import { createOrganizerActor } from "../factories/users";

let world: BookedMeetingWorld;
let interpreter: Actor;

beforeAll(async () => {
  world = await createBookedMeetingWorld({ buyers: 2 });
  interpreter = world.interpreter;
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
});

const book = (from: string, to: string, status?: "SCHEDULED" | "CANCELLED", buyer = world.buyer) =>
  bookMeeting(world, from, to, { status, buyer });

const during = { now: at("05:05") };
const after = { now: at("06:00") };
const record = (actor: Actor, meetingId: string, input: Omit<OutcomeInput, "meetingId">, when = after) =>
  recordOutcome(actor, { meetingId, ...input }, when);

describe("validation", () => {
  it("requires a positive value and a currency for an order intent, and only for it", async () => {
    const meeting = await book("05:00", "05:20");
    const buyer = world.buyer.actor;
    const cases: [Omit<OutcomeInput, "meetingId">, Record<string, string>][] = [
      [{ outcome: "ORDER_INTENT" }, { estimatedValue: "outcomeValueRequired", currency: "outcomeCurrencyRequired" }],
      [{ outcome: "ORDER_INTENT", estimatedValue: "25000" }, { currency: "outcomeCurrencyRequired" }],
      [{ outcome: "ORDER_INTENT", estimatedValue: "0", currency: "USD" }, { estimatedValue: "outcomeValuePositive" }],
      [
        { outcome: "ORDER_INTENT", estimatedValue: "12.345", currency: "USD" },
        { estimatedValue: "moneyTooManyDecimals" },
      ],
      [{ outcome: "ORDER_INTENT", estimatedValue: "10", currency: "EUR" }, { currency: "outcomeCurrencyRequired" }],
      [{ outcome: "FOLLOW_UP", estimatedValue: "100" }, { estimatedValue: "outcomeValueOnlyWithOrder" }],
      [{ outcome: "FOLLOW_UP", currency: "RUB" }, { currency: "outcomeValueOnlyWithOrder" }],
      [{ outcome: "MAYBE" as never }, { outcome: "outcomeKindRequired" }],
      [{ outcome: "NO_INTEREST", note: "x".repeat(2001) }, { note: "tooLong" }],
    ];
    for (const [input, fields] of cases) {
      expect(await expectValidationError(record(buyer, meeting.id, input)), JSON.stringify(input)).toEqual(fields);
      for (const key of Object.values(fields)) expect(isTranslatedErrorKey(key), key).toBe(true);
    }
    expect(await db.meetingOutcomeReport.count()).toBe(0);

    const ok = await record(buyer, meeting.id, { outcome: "NO_INTEREST", note: "y".repeat(2000) });
    expect(ok.report.note).toHaveLength(2000);
  });

  it("refuses before the slot starts and for a cancelled meeting; allows from the start on", async () => {
    const meeting = await book("05:00", "05:20");
    await expectAppError(
      record(world.supplier.actor, meeting.id, { outcome: "FOLLOW_UP" }, { now: at("04:59") }),
      "INVALID_STATE",
      "outcomeTooEarly",
    );
    await record(world.supplier.actor, meeting.id, { outcome: "FOLLOW_UP" }, { now: at("05:00") });
    const cancelled = await book("05:20", "05:40", "CANCELLED");
    await expectAppError(
      record(world.supplier.actor, cancelled.id, { outcome: "FOLLOW_UP" }),
      "INVALID_STATE",
      "outcomeMeetingCancelled",
    );
    expect(isTranslatedErrorKey("outcomeTooEarly") && isTranslatedErrorKey("outcomeMeetingCancelled")).toBe(true);
  });

  it("lets only a member of a side record; organizers, the interpreter and other organizations may not", async () => {
    const meeting = await book("05:00", "05:20");
    const stranger = await createApprovedSupplier();
    await expectAppError(record(stranger.actor, meeting.id, { outcome: "FOLLOW_UP" }), "NOT_FOUND", "meetingNotFound");
    await expectAppError(record(world.organizer, meeting.id, { outcome: "FOLLOW_UP" }), "FORBIDDEN");
    await expectAppError(record(interpreter, meeting.id, { outcome: "FOLLOW_UP" }), "FORBIDDEN");
    const otherBuyer = world.buyers[1].actor; // registered in the session, but not in this meeting
    await expectAppError(record(otherBuyer, meeting.id, { outcome: "FOLLOW_UP" }), "NOT_FOUND");
    expect(await db.meetingOutcomeReport.count()).toBe(0);
  });
});

describe("recording", () => {
  it("keeps one report per side (a correction replaces it), audits it and stores money exactly", async () => {
    const meeting = await book("05:00", "05:20");
    await record(world.buyer.actor, meeting.id, { outcome: "FOLLOW_UP", note: "Call next week" });
    await record(world.buyer.actor, meeting.id, {
      outcome: "ORDER_INTENT",
      estimatedValue: "1 250 000,50",
      currency: "RUB",
      note: "",
    });
    const reports = await db.meetingOutcomeReport.findMany({ where: { meetingId: meeting.id } });
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatchObject({
      side: "BUYER",
      organizationId: world.buyer.organization.id,
      authorId: world.buyer.actor.id,
      outcome: "ORDER_INTENT",
      estimatedValueMinor: 125000050n,
      currency: "RUB",
      note: null,
    });
    // Back to a follow-up: the value and currency go with the order intent.
    await record(world.buyer.actor, meeting.id, { outcome: "FOLLOW_UP" });
    expect(await db.meetingOutcomeReport.findFirstOrThrow({ where: { meetingId: meeting.id } })).toMatchObject({
      estimatedValueMinor: null,
      currency: null,
    });
    const audit = await db.auditLog.findMany({
      where: { entityId: meeting.id, action: "meeting.outcome-recorded" },
      orderBy: { createdAt: "asc" },
    });
    expect(audit.map((a) => a.data)).toEqual([
      { side: "BUYER", outcome: "FOLLOW_UP" },
      { side: "BUYER", outcome: "ORDER_INTENT" },
      { side: "BUYER", outcome: "FOLLOW_UP" },
    ]);
  });

  it("derives Meeting.outcome from both reports", async () => {
    const meeting = await book("05:00", "05:20");
    const outcome = async () => (await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).outcome;
    await record(world.supplier.actor, meeting.id, { outcome: "NO_INTEREST" });
    expect(await outcome()).toBe("NO_DEAL");
    await record(world.buyer.actor, meeting.id, { outcome: "NO_INTEREST" });
    expect(await outcome()).toBe("NO_DEAL");
    await record(world.buyer.actor, meeting.id, { outcome: "SAMPLE_REQUESTED" });
    expect(await outcome()).toBe("FOLLOW_UP");
    await record(world.supplier.actor, meeting.id, { outcome: "QUOTATION_SENT" });
    expect(await outcome()).toBe("FOLLOW_UP");
    await record(world.buyer.actor, meeting.id, { outcome: "ORDER_INTENT", estimatedValue: "9000", currency: "USD" });
    expect(await outcome()).toBe("ORDER_PLACED");
  });

  it("completes the meeting only once its room has closed, so a report during the meeting keeps the room usable", async () => {
    const meeting = await book("05:00", "05:20");
    const status = async () => (await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).status;
    await record(world.supplier.actor, meeting.id, { outcome: "FOLLOW_UP" }, during);
    expect(await status()).toBe("SCHEDULED");
    expect(await completeReportedMeetings({ now: at("05:34") })).toBe(0);
    expect(await completeReportedMeetings({ now: at("05:35") })).toBe(1);
    expect(await status()).toBe("COMPLETED");
    expect(await completeReportedMeetings({ now: at("06:00") })).toBe(0);

    const later = await book("05:20", "05:40");
    await record(world.buyer.actor, later.id, { outcome: "NO_INTEREST" }, { now: at("06:00") });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: later.id } })).status).toBe("COMPLETED");
    // A meeting nobody reported stays SCHEDULED.
    const unreported = await book("05:40", "06:00");
    await completeReportedMeetings({ now: at("09:00") });
    expect((await db.meeting.findUniqueOrThrow({ where: { id: unreported.id } })).status).toBe("SCHEDULED");
  });

  it("skips a meeting another transaction holds instead of waiting on it; the next sweep completes it", async () => {
    const held = await book("05:00", "05:20");
    const free = await book("05:20", "05:40");
    // Reported during each meeting: the sweep, not the report, completes them.
    await record(world.supplier.actor, held.id, { outcome: "FOLLOW_UP" }, { now: at("05:05") });
    await record(world.supplier.actor, free.id, { outcome: "FOLLOW_UP" }, { now: at("05:25") });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const isLocked = new Promise<void>((resolve) => (locked = resolve));
    const holder = db.$transaction(async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Meeting" WHERE id = ${held.id} FOR UPDATE`;
      locked();
      await released;
    });
    await isLocked;
    try {
      expect(await completeReportedMeetings(after)).toBe(1);
    } finally {
      release();
      await holder;
    }
    const status = async (id: string) => (await db.meeting.findUniqueOrThrow({ where: { id } })).status;
    expect([await status(held.id), await status(free.id)]).toEqual(["SCHEDULED", "COMPLETED"]);
    expect(await completeReportedMeetings(after)).toBe(1);
    expect(await status(held.id)).toBe("COMPLETED");
  });
});

describe("privacy", () => {
  it("shows each side its own report and only the existence of the other's; organizers both; others nothing", async () => {
    const meeting = await book("05:00", "05:20");
    await record(world.buyer.actor, meeting.id, {
      outcome: "ORDER_INTENT",
      estimatedValue: "50000",
      currency: "CNY",
      note: "Buyer-only: budget approved by the board",
    });
    await record(world.supplier.actor, meeting.id, { outcome: "QUOTATION_SENT", note: "Supplier-only: 5% margin" });

    const supplierView = await getMeetingOutcomes(world.supplier.actor, meeting.id, after);
    expect(supplierView.reports.map((r) => r.side)).toEqual(["SUPPLIER"]);
    expect(supplierView.otherSideReported).toBe(true);
    expect(supplierView.meetingOutcome).toBeNull();
    expect(JSON.stringify(supplierView, (_, v) => (typeof v === "bigint" ? v.toString() : v))).not.toMatch(
      /Buyer-only|50000|5000000|CNY|ORDER/,
    );

    const buyerView = await getMeetingOutcomes(world.buyer.actor, meeting.id, after);
    expect(buyerView.reports).toEqual([
      expect.objectContaining({
        side: "BUYER",
        note: "Buyer-only: budget approved by the board",
        estimatedValueMinor: 5000000n,
        currency: "CNY",
      }),
    ]);
    expect(JSON.stringify(buyerView, (_, v) => (typeof v === "bigint" ? v.toString() : v))).not.toMatch(
      /Supplier-only|QUOTATION/,
    );

    const organizerView = await getMeetingOutcomes(world.organizer, meeting.id, after);
    expect(organizerView.reports.map((r) => [r.side, r.note])).toEqual([
      ["BUYER", "Buyer-only: budget approved by the board"],
      ["SUPPLIER", "Supplier-only: 5% margin"],
    ]);
    expect(organizerView.meetingOutcome).toBe("ORDER_PLACED");

    expect((await getMeetingOutcomes(interpreter, meeting.id, after)).reports).toEqual([]);
    const stranger = await createApprovedSupplier();
    await expectAppError(getMeetingOutcomes(stranger.actor, meeting.id), "NOT_FOUND");
    const otherOrganizer = await createOrganizerActor(); // organizer of another host
    await expectAppError(getMeetingOutcomes(otherOrganizer, meeting.id), "NOT_FOUND");
  });
});

describe("the organizer's session outcomes", () => {
  it("lists begun, non-cancelled meetings with both reports, no-shows and totals per currency", async () => {
    const [b1, b2] = world.buyers;
    const order = await book("05:00", "05:20", "SCHEDULED", b1);
    const followUp = await book("05:20", "05:40", "SCHEDULED", b2);
    const noShow = await book("05:40", "06:00", "SCHEDULED", b1);
    await book("06:00", "06:20", "CANCELLED", b2);
    const future = await book("09:00", "09:20", "SCHEDULED", b2);
    await record(b1.actor, order.id, { outcome: "ORDER_INTENT", estimatedValue: "1000", currency: "USD" });
    // Both sides gave an estimate: the buyer's counts, once.
    await record(world.supplier.actor, order.id, { outcome: "ORDER_INTENT", estimatedValue: "7000", currency: "CNY" });
    await record(world.supplier.actor, followUp.id, { outcome: "SAMPLE_REQUESTED" });
    await db.meeting.update({ where: { id: noShow.id }, data: { buyerNoShow: true, noShowCheckedAt: at("05:50") } });

    const { meetings, totals } = await listSessionOutcomes(world.organizer, world.session.id, { now: at("07:00") });
    expect(meetings.map((m) => m.id)).toEqual([order.id, followUp.id, noShow.id]);
    expect(meetings.map((m) => m.id)).not.toContain(future.id);
    expect(meetings[0].reports.map((r) => r.side)).toEqual(["BUYER", "SUPPLIER"]);
    expect(totals).toEqual({
      held: 2,
      noShows: 1,
      orderIntents: 1,
      followUps: 1,
      noDeals: 0,
      notReported: 1,
      valueByCurrency: [{ currency: "USD", minor: 100000n }],
    });

    await expectAppError(listSessionOutcomes(world.supplier.actor, world.session.id), "FORBIDDEN");
    const otherOrganizer = await createOrganizerActor();
    await expectAppError(listSessionOutcomes(otherOrganizer, world.session.id), "NOT_FOUND", "sessionNotFound");
  });
});

/**
 * Credit supervision on a real Postgres: complaints (held meetings only, one per meeting
 * and complainant, evidence stored through lib/storage with the product-image limits,
 * nothing written on refusal, invariants in the database), the organizer's review and
 * sanctions through the audited state machine (tenant-scoped), blocked negative-list
 * attempts recorded although the save rolls back, and the credit formula over it all.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { COMPLAINT_WINDOW_DAYS, fileComplaint } from "@/lib/complaints/file-complaint";
import { reviewComplaint } from "@/lib/complaints/review-complaint";
import { creditScore } from "@/lib/credit/credit-score";
import { creditBadgesOf, creditOf, loadCreditLevels } from "@/lib/credit/load-credit";
import { loadCreditRecord } from "@/lib/credit/load-credit-record";
import { takeSanction } from "@/lib/credit/take-sanction";
import { registerForSession } from "@/lib/fairs/register-for-session";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { setSupplierVerified } from "@/lib/organizations/set-verified";
import { findReadableFile } from "@/lib/storage/find-readable-file";
import type { Actor } from "@/lib/auth/actor";
import { bookMeeting, createBookedMeetingWorld, type BookedMeetingWorld } from "../factories/booked-meetings";
import { expectAppError, expectValidationError, postgresErrorOf, failureOf } from "../factories/errors";
import { at, beforeTheFair, createParticipant } from "../factories/meetings";
import { oversizedPng, textFilePretendingToBeImage, upload } from "../factories/product-images";
import { createCatalogueWorld, createTestProduct } from "../factories/products";
import { withTemporaryStorage } from "../factories/storage";
import { createOrganizerActor } from "../factories/users";
import { uniqueSuffix } from "../factories/unique";

const storage = withTemporaryStorage();
const afterTheFair = new Date("2026-07-01T00:00:00Z");
let world: BookedMeetingWorld;
let otherHost: Actor;
let outsider: Actor;

beforeAll(async () => {
  world = await createBookedMeetingWorld();
  otherHost = await createOrganizerActor();
  outsider = (await createParticipant("BUYER", world.session.id, world.organizer)).actor;
});

const snapshot = async () => ({
  complaints: await db.complaint.count(),
  evidence: await db.complaintEvidence.count(),
  audit: await db.auditLog.count({ where: { entityType: "Complaint" } }),
  files: await storage.keys(),
});

describe("complaints", () => {
  it("are filed after a held meeting with evidence, once per meeting and complainant, readable only by the right people", async () => {
    const meeting = await bookMeeting(world, "05:00", "05:20");
    const complaint = await fileComplaint(
      world.buyer.actor,
      { meetingId: meeting.id, text: "  The supplier shared our price list with a competitor.  " },
      [await upload("png", "chat.png"), await upload("jpeg", "invoice.jpg")],
      { now: afterTheFair },
    );
    const stored = await db.complaint.findUniqueOrThrow({ where: { id: complaint.id }, include: { evidence: true } });
    expect(stored).toMatchObject({
      text: "The supplier shared our price list with a competitor.",
      status: "OPEN",
      complainantOrgId: world.buyer.organization.id,
      respondentOrgId: world.supplier.organization.id,
    });
    expect(stored.evidence.map((e) => [e.fileName, e.contentType])).toEqual([
      ["chat.png", "image/png"],
      ["invoice.jpg", "image/jpeg"],
    ]);
    expect(await storage.keys()).toEqual(stored.evidence.map((e) => e.storageKey).sort());

    const key = stored.evidence[0].storageKey;
    const read = (viewer: Actor) => findReadableFile(key, async () => viewer);
    expect((await read(world.buyer.actor))?.contentType).toBe("image/png");
    expect(await read(world.organizer)).not.toBeNull();
    expect(await read(world.supplier.actor)).toBeNull(); // the side complained about never sees it
    expect(await read(otherHost)).toBeNull(); // another host's organizer neither
    expect(await findReadableFile(key, async () => null)).toBeNull();

    const before = await snapshot();
    await expectAppError(
      fileComplaint(world.buyer.actor, { meetingId: meeting.id, text: "Again" }, [await upload("png")], {
        now: afterTheFair,
      }),
      "CONFLICT",
      "complaintExists",
    );
    expect(await snapshot()).toEqual(before);
    // The other side may file its own.
    await fileComplaint(world.supplier.actor, { meetingId: meeting.id, text: "The buyer came late." }, [], {
      now: afterTheFair,
    });
  });

  it("refuses bad input and meetings not held or not one's own, writing nothing", async () => {
    const meeting = await bookMeeting(world, "05:20", "05:40");
    const cancelled = await bookMeeting(world, "05:40", "06:00", { status: "CANCELLED" });
    const before = await snapshot();
    const file = (
      actor: Actor,
      meetingId: string,
      text: string,
      files = [] as Awaited<ReturnType<typeof upload>>[],
      now = afterTheFair,
    ) => fileComplaint(actor, { meetingId, text }, files, { now });

    expect(await expectValidationError(file(world.buyer.actor, meeting.id, "   "))).toEqual({
      text: "complaintTextRequired",
    });
    expect(await expectValidationError(file(world.buyer.actor, meeting.id, "x".repeat(5001)))).toEqual({
      text: "tooLong",
    });
    await expectAppError(
      file(world.buyer.actor, meeting.id, "Too early", [], beforeTheFair),
      "INVALID_STATE",
      "complaintMeetingNotHeld",
    );
    await expectAppError(
      file(world.buyer.actor, cancelled.id, "Cancelled"),
      "INVALID_STATE",
      "complaintMeetingNotHeld",
    );
    // The window: COMPLAINT_WINDOW_DAYS after the meeting's end, to the millisecond.
    const windowEnds = meeting.endsAt.getTime() + COMPLAINT_WINDOW_DAYS * 86_400_000;
    const late = await expectAppError(
      file(world.buyer.actor, meeting.id, "Long after", [], new Date(windowEnds + 1)),
      "INVALID_STATE",
      "complaintWindowClosed",
    );
    expect(late.params).toEqual({ days: COMPLAINT_WINDOW_DAYS });
    await expectAppError(file(outsider, meeting.id, "Not my meeting"), "NOT_FOUND", "meetingNotFound");
    await expectAppError(file(world.organizer, meeting.id, "Organizer"), "FORBIDDEN");
    const tooBig = await expectAppError(
      file(world.buyer.actor, meeting.id, "Big", [await oversizedPng()]),
      "VALIDATION",
      "productImageTooBig",
    );
    expect(tooBig.fields).toEqual({ evidence: "productImageTooBig" });
    await expectAppError(
      file(world.buyer.actor, meeting.id, "Fake", [textFilePretendingToBeImage()]),
      "VALIDATION",
      "productImageType",
    );
    const four = await Promise.all([1, 2, 3, 4].map(() => upload("png")));
    await expectAppError(file(world.buyer.actor, meeting.id, "Many", four), "VALIDATION", "complaintEvidenceTooMany");
    expect(await snapshot()).toEqual(before);

    // The database keeps the invariants itself: parties of the meeting, not a cancelled one, never oneself.
    const row = {
      meetingId: meeting.id,
      complainantOrgId: outsider.organizationId!,
      respondentOrgId: world.supplier.organization.id,
      authorId: outsider.id,
      text: "direct insert",
    };
    expect(postgresErrorOf(await failureOf(db.complaint.create({ data: row }))).code).toBe("23514");
    expect(
      postgresErrorOf(
        await failureOf(
          db.complaint.create({
            data: {
              ...row,
              meetingId: cancelled.id,
              complainantOrgId: world.buyer.organization.id,
              authorId: world.buyer.user.id,
            },
          }),
        ),
      ).code,
    ).toBe("23514");
  });
});

describe("review and sanctions", () => {
  it("are taken by an organizer of the fair, audited, and refused to another host", async () => {
    const meeting = await bookMeeting(world, "06:00", "06:20");
    const complaint = await fileComplaint(world.buyer.actor, { meetingId: meeting.id, text: "Rude" }, [], {
      now: afterTheFair,
    });

    await expectAppError(
      reviewComplaint(otherHost, { complaintId: complaint.id, decision: "upheld", note: "x" }),
      "NOT_FOUND",
      "complaintNotFound",
    );
    await expectAppError(
      reviewComplaint(world.buyer.actor, { complaintId: complaint.id, decision: "upheld", note: "x" }),
      "FORBIDDEN",
    );
    expect(
      await expectValidationError(
        reviewComplaint(world.organizer, { complaintId: complaint.id, decision: "upheld", note: " " }),
      ),
    ).toEqual({
      note: "complaintNoteRequired",
    });
    await reviewComplaint(world.organizer, {
      complaintId: complaint.id,
      decision: "upheld",
      note: "Confirmed by the chat log",
    });
    await expectAppError(
      reviewComplaint(world.organizer, { complaintId: complaint.id, decision: "dismissed", note: "Changed my mind" }),
      "INVALID_STATE",
      "complaintAlreadyReviewed",
    );
    const audit = await db.auditLog.findFirstOrThrow({ where: { entityId: complaint.id, action: "complaint.upheld" } });
    expect(audit).toMatchObject({
      actorId: world.organizer.id,
      organizationId: world.supplier.organization.id,
      reason: "Confirmed by the chat log",
    });

    const supplierId = world.supplier.organization.id;
    await expectAppError(
      takeSanction(otherHost, { organizationId: supplierId, kind: "warning", reason: "x" }),
      "NOT_FOUND",
      "organizationNotFound",
    );
    await expectAppError(
      takeSanction(world.buyer.actor, { organizationId: supplierId, kind: "warning", reason: "x" }),
      "FORBIDDEN",
    );
    expect(
      await expectValidationError(
        takeSanction(world.organizer, { organizationId: supplierId, kind: "exclusion", reason: "x" }),
      ),
    ).toEqual({
      sessionId: "sanctionSessionRequired",
    });
    await takeSanction(world.organizer, {
      organizationId: supplierId,
      kind: "warning",
      reason: "Keep prices confidential",
      complaintId: complaint.id,
    });
    const warning = await db.auditLog.findFirstOrThrow({
      where: { organizationId: supplierId, action: "organization.warn" },
    });
    expect(warning).toMatchObject({
      actorId: world.organizer.id,
      reason: "Keep prices confidential",
      data: { complaintId: complaint.id, status: "APPROVED" },
    });
  });

  it("exclude from a session (the registration rejected, a new one refused) and suspend through the state machine", async () => {
    const participant = await createParticipant("SUPPLIER", world.session.id, world.organizer);
    const id = participant.organization.id;
    await takeSanction(world.organizer, {
      organizationId: id,
      kind: "exclusion",
      sessionId: world.session.id,
      reason: "No-shows",
    });
    const registration = await db.sessionRegistration.findUniqueOrThrow({
      where: { sessionId_organizationId: { sessionId: world.session.id, organizationId: id } },
    });
    expect(registration).toMatchObject({ status: "REJECTED", decidedById: world.organizer.id });
    expect((await registerForSession(participant.actor, world.session.id, { now: beforeTheFair })).status).toBe(
      "REJECTED",
    );
    expect(
      await db.auditLog.count({
        where: { organizationId: id, action: "registration.exclude", entityId: registration.id },
      }),
    ).toBe(1);
    await expectAppError(
      takeSanction(world.organizer, {
        organizationId: id,
        kind: "exclusion",
        sessionId: world.session.id,
        reason: "Again",
      }),
      "INVALID_STATE",
      "sanctionNotRegistered",
    );

    await takeSanction(world.organizer, { organizationId: id, kind: "suspension", reason: "Repeated misconduct" });
    expect(
      await db.organization.findUniqueOrThrow({ where: { id }, select: { status: true, statusReason: true } }),
    ).toEqual({
      status: "SUSPENDED",
      statusReason: "Repeated misconduct",
    });
    expect(await db.auditLog.count({ where: { organizationId: id, action: "organization.suspend" } })).toBe(1);
    expect((await creditOf([id])).get(id)?.level).toBe("D");
  });

  it("cancel the organization's meetings that have not begun (the session's on exclusion, all on suspension) and tell both sides", async () => {
    const buyer = await createParticipant("BUYER", world.session.id, world.organizer);
    const organizationId = buyer.organization.id;
    const begun = await bookMeeting(world, "07:00", "07:20", { buyer });
    const upcoming = await bookMeeting(world, "07:20", "07:40", { buyer });
    const now = at("07:10");
    const statusOf = async (id: string) =>
      await db.meeting.findUniqueOrThrow({ where: { id }, select: { status: true, cancelReason: true } });
    const cancelMails = async (meetingId: string) =>
      (
        await db.$queryRaw<{ n: number }[]>`
          SELECT count(*)::int AS n FROM pgboss.job
          WHERE name = 'mail' AND data->>'kind' = 'cancelled' AND data->>'meetingId' = ${meetingId}`
      )[0]!.n;

    const { request } = await requestMeeting(
      buyer.actor,
      { sessionId: world.session.id, organizationId: world.supplier.organization.id, message: "Samples?" },
      { now },
    );

    const excluded = await takeSanction(
      world.organizer,
      { organizationId, kind: "exclusion", sessionId: world.session.id, reason: "Abusive language" },
      { now },
    );
    expect(excluded.cancelledMeetings).toBe(1);
    expect(await statusOf(begun.id)).toEqual({ status: "SCHEDULED", cancelReason: null });
    expect(await statusOf(upcoming.id)).toEqual({ status: "CANCELLED", cancelReason: "Abusive language" });
    // The supplier's people, the buyer's and the interpreter.
    expect(await cancelMails(upcoming.id)).toBeGreaterThanOrEqual(3);
    expect(await cancelMails(begun.id)).toBe(0);
    // Its pending request there is declined with the reason (tests/integration/sanction-requests.test.ts) and
    // can no longer be accepted: nothing is booked.
    expect(excluded.declinedRequests).toBe(1);
    expect(await db.meetingRequest.findUniqueOrThrow({ where: { id: request.id } })).toMatchObject({
      status: "DECLINED",
      declineReason: "Abusive language",
    });
    const meetingsBefore = await db.meeting.count();
    await expectAppError(
      acceptRequest(world.supplier.actor, request.id, { start: at("08:40").toISOString() }, { now }),
      "INVALID_STATE",
      "requestNotPending",
    );
    expect(await db.meeting.count()).toBe(meetingsBefore);

    const later = await bookMeeting(world, "08:00", "08:20", { buyer });
    const suspended = await takeSanction(
      world.organizer,
      { organizationId, kind: "suspension", reason: "Repeated misconduct" },
      { now },
    );
    expect(suspended.cancelledMeetings).toBe(1);
    expect((await statusOf(later.id)).status).toBe("CANCELLED");
    expect((await statusOf(begun.id)).status).toBe("SCHEDULED");
  });
});

describe("the credit formula on a real world", () => {
  it("counts verification, certificates, attendance, reporting, blocked attempts, complaints and sanctions", async () => {
    const local = await createBookedMeetingWorld();
    const supplier = local.supplier;
    const id = supplier.organization.id;
    const fresh = (await creditOf([id])).get(id)!;
    expect(fresh.factors.filter((f) => f.value !== null).map((f) => f.factor)).toEqual([
      "verification",
      "negativeList",
      "complaints",
      "sanctions",
    ]);

    await setSupplierVerified(local.organizer, { organizationId: id, verified: true });
    await db.certificateType.upsert({
      where: { code: "CE" },
      create: { code: "CE", nameEn: "CE", nameZh: "CE", nameRu: "CE" },
      update: {},
    });
    await db.certificate.createMany({
      data: [
        { organizationId: id, typeCode: "CE", number: `A-${uniqueSuffix()}`, expiresOn: new Date("2099-01-01") },
        { organizationId: id, typeCode: "CE", number: `B-${uniqueSuffix()}`, expiresOn: new Date("2020-01-01") },
      ],
    });
    // Four meetings that ended: one the supplier missed, two of the three it attended reported; one still ahead.
    const meetings = [];
    for (const [from, to] of [
      ["05:00", "05:20"],
      ["05:20", "05:40"],
      ["05:40", "06:00"],
      ["06:00", "06:20"],
    ] as const) {
      meetings.push(await bookMeeting(local, from, to));
    }
    await db.meeting.update({ where: { id: meetings[0].id }, data: { supplierNoShow: true } });
    for (const meeting of meetings.slice(1, 3)) {
      await db.meetingOutcomeReport.create({
        data: {
          meetingId: meeting.id,
          side: "SUPPLIER",
          organizationId: id,
          authorId: supplier.user.id,
          outcome: "QUOTATION_SENT",
        },
      });
    }
    await db.meeting.update({
      where: { id: meetings[3].id },
      data: { startsAt: new Date("2099-01-01T05:00:00Z"), endsAt: new Date("2099-01-01T05:20:00Z") },
    });

    // A blocked product save: refused and rolled back, the attempt kept.
    const { category } = await createCatalogueWorld();
    const entry = await db.negativeListEntry.create({
      data: {
        kind: "KEYWORD",
        keyword: "象牙",
        reasonEn: "CITES",
        reasonZh: "CITES",
        reasonRu: "CITES",
        createdById: local.organizer.id,
      },
    });
    try {
      await expectAppError(
        createTestProduct(supplier.actor, category.id, { nameZh: "象牙羽绒服", hsCode: "6201930000" }),
        "VALIDATION",
        "negativeListKeyword",
      );
    } finally {
      await db.negativeListEntry.update({ where: { id: entry.id }, data: { active: false } });
    }
    expect(await db.product.count({ where: { organizationId: id } })).toBe(0);
    expect(
      await db.negativeListAttempt.findMany({
        where: { organizationId: id },
        select: { hsCode: true, entryId: true, userId: true },
      }),
    ).toEqual([{ hsCode: "6201930000", entryId: entry.id, userId: supplier.user.id }]);

    const complaint = await fileComplaint(local.buyer.actor, { meetingId: meetings[1].id, text: "Late quote" }, [], {
      now: afterTheFair,
    });
    await reviewComplaint(local.organizer, { complaintId: complaint.id, decision: "upheld", note: "Yes" });
    await takeSanction(local.organizer, { organizationId: id, kind: "warning", reason: "Late quote" });

    const now = afterTheFair;
    const credit = (await creditOf([id], now)).get(id)!;
    const expected = creditScore({
      kind: "SUPPLIER",
      suspended: false,
      verified: true,
      certificates: { total: 2, valid: 1 },
      meetings: { ended: 3, noShows: 1, held: 2, reported: 2 },
      negativeListAttempts: 1,
      complaints: { upheld: 1 },
      sanctions: { warnings: 1, exclusions: 0 },
    });
    expect(credit).toEqual(expected);
    expect(credit.badges).toEqual(["verified"]); // 1 of 3 missed: not reliable; a complaint upheld: not good standing

    // The buyer: counterparts see only badges; the organizer sees the record of the organizations of its fairs.
    expect((await creditBadgesOf([id])).get(id)).toEqual(["verified"]);
    expect((await loadCreditLevels(local.organizer, [id, local.buyer.organization.id])).get(id)).toEqual({
      level: credit.level,
      score: credit.score,
    });
    expect((await loadCreditLevels(otherHost, [id])).size).toBe(0);
    await expectAppError(loadCreditRecord(otherHost, id), "NOT_FOUND", "organizationNotFound");
    await expectAppError(loadCreditRecord(supplier.actor, id), "FORBIDDEN");
    const record = await loadCreditRecord(local.organizer, id, { now });
    expect(record.complaints.map((c) => [c.id, c.against, c.status])).toEqual([[complaint.id, true, "UPHELD"]]);
    expect(record.sanctions.map((s) => s.action)).toEqual(["organization.warn"]);
    expect(record.attempts).toHaveLength(1);
    expect(record.registrations.map((r) => r.session.id)).toEqual([local.session.id]);
  });
});

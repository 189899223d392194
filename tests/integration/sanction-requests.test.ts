/**
 * A sanction and the sanctioned company's pending meeting requests, on a real Postgres with the
 * real mail queue and worker: an exclusion declines those of its session (sent and received, in
 * the same transaction, with the sanction's reason) and leaves other sessions alone, a suspension
 * declines them everywhere, the other side is mailed in its language (read back over SMTP), and
 * a refused sanction changes nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startMailWorker } from "@/lib/jobs/mail-worker";
import { takeSanction } from "@/lib/credit/take-sanction";
import { registerForSession } from "@/lib/fairs/register-for-session";
import { acceptRequest } from "@/lib/meetings/accept-request";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import type { Actor } from "@/lib/auth/actor";
import { expectAppError } from "../factories/errors";
import { createFairWithSession } from "../factories/fairs";
import { at, beforeTheFair, createMeetingWorld, createParticipant, type MeetingWorld } from "../factories/meetings";
import { createOrganizerActor } from "../factories/users";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { deliverMailTo, stopMailDelivery } from "../support/mail-delivery";

const now = at("07:10");
let smtp: TestSmtp;
let world: MeetingWorld;
let otherSessionId: string;

beforeAll(async () => {
  smtp = await startTestSmtp();
  deliverMailTo(smtp);
  world = await createMeetingWorld();
  // A second session of the same organizer, where the world's supplier takes part too.
  otherSessionId = (await createFairWithSession(world.organizer, { registrationNeedsApproval: false })).session.id;
  await registerForSession(world.supplier.actor, otherSessionId, { now: beforeTheFair });
  await startMailWorker({ expireEverySeconds: 0 });
});

afterAll(async () => {
  await stopMailDelivery(smtp);
});

/** A buyer taking part in both sessions. */
async function buyerInBothSessions() {
  const buyer = await createParticipant("BUYER", world.session.id, world.organizer);
  await registerForSession(buyer.actor, otherSessionId, { now: beforeTheFair });
  return buyer;
}

async function ask(from: Actor, organizationId: string, sessionId = world.session.id) {
  const { request } = await requestMeeting(from, { sessionId, organizationId, message: "Samples?" }, { now });
  return request.id;
}

const requestsById = async (ids: string[]) =>
  await db.meetingRequest.findMany({
    where: { id: { in: ids } },
    select: { id: true, status: true, declineReason: true },
    orderBy: { id: "asc" },
  });

/** The "declinedByOrganizers" mail jobs queued for these users (rows stay in pgboss.job once sent). */
const closedMailJobsFor = async (userIds: string[]) =>
  (
    await db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM pgboss.job
      WHERE name = 'mail' AND data->>'kind' = 'declinedByOrganizers' AND data->>'recipientId' = ANY(${userIds}::text[])`
  )[0]!.n;

describe("a sanction and the company's pending requests", () => {
  it("an exclusion declines those of its session, sent and received, and mails the other side in its language", async () => {
    const excluded = await buyerInBothSessions();
    const english = await createParticipant("SUPPLIER", world.session.id, world.organizer, { locale: "en" });
    const sent = await ask(excluded.actor, world.supplier.organization.id);
    const received = await ask(english.actor, excluded.organization.id);
    const elsewhere = await ask(excluded.actor, world.supplier.organization.id, otherSessionId);
    const unrelated = await ask(world.buyer.actor, world.supplier.organization.id);
    const reason = "Abusive language towards exhibitors";

    const result = await takeSanction(
      world.organizer,
      { organizationId: excluded.organization.id, kind: "exclusion", sessionId: world.session.id, reason },
      { now },
    );

    expect(result).toMatchObject({ cancelledMeetings: 0, declinedRequests: 2 });
    const declined = { status: "DECLINED", declineReason: reason };
    const pending = { status: "PENDING", declineReason: null };
    expect(await requestsById([sent, received, elsewhere, unrelated])).toEqual(
      [
        { id: sent, ...declined },
        { id: received, ...declined },
        { id: elsewhere, ...pending },
        { id: unrelated, ...pending },
      ].sort((a, b) => (a.id < b.id ? -1 : 1)),
    );
    const audits = await db.auditLog.findMany({
      where: { action: "meetingRequest.declined", entityId: { in: [sent, received] } },
      select: { actorId: true, organizationId: true, reason: true, data: true },
    });
    expect(audits).toEqual(
      Array(2).fill({
        actorId: world.organizer.id,
        organizationId: excluded.organization.id,
        reason,
        data: { by: "organizers" },
      }),
    );
    // A declined request can no longer be accepted.
    await expectAppError(
      acceptRequest(world.supplier.actor, sent, { start: at("08:40").toISOString() }, { now }),
      "INVALID_STATE",
      "requestNotPending",
    );

    // The other side of each request learns it in its language, with the reason; the excluded company is not mailed.
    const [chinese] = await smtp.waitForMail(
      (m) => m.envelope.to.includes(world.supplier.user.email) && /主办方已关闭/.test(m.subject ?? ""),
    );
    expect(chinese.text).toContain(reason);
    expect(chinese.text).toContain("已不再参加");
    const [inEnglish] = await smtp.waitForMail(
      (m) => m.envelope.to.includes(english.user.email) && /The organizers closed/.test(m.subject ?? ""),
    );
    expect(inEnglish.text).toContain(reason);
    expect(inEnglish.text).toContain("no longer takes part");
    expect(await closedMailJobsFor([excluded.user.id])).toBe(0);
    expect(await closedMailJobsFor([world.buyer.user.id])).toBe(0);
  });

  it("a suspension declines them in every session", async () => {
    const suspended = await buyerInBothSessions();
    const here = await ask(suspended.actor, world.supplier.organization.id);
    const there = await ask(suspended.actor, world.supplier.organization.id, otherSessionId);
    const reason = "Repeated misconduct";
    const mailsBefore = await closedMailJobsFor([world.supplier.user.id]);

    const result = await takeSanction(
      world.organizer,
      { organizationId: suspended.organization.id, kind: "suspension", reason },
      { now },
    );

    expect(result).toMatchObject({ cancelledMeetings: 0, declinedRequests: 2 });
    expect((await requestsById([here, there])).map((r) => [r.status, r.declineReason])).toEqual([
      ["DECLINED", reason],
      ["DECLINED", reason],
    ]);
    expect(await closedMailJobsFor([world.supplier.user.id])).toBe(mailsBefore + 2);
  });

  it("a refused sanction declines nothing and mails nobody", async () => {
    const buyer = await buyerInBothSessions();
    const requests = [
      await ask(buyer.actor, world.supplier.organization.id),
      await ask(buyer.actor, world.supplier.organization.id, otherSessionId),
    ];
    const snapshot = async () => ({
      requests: await requestsById(requests),
      audit: await db.auditLog.count({ where: { entityId: { in: requests } } }),
      mails: await closedMailJobsFor([world.supplier.user.id]),
    });
    const before = await snapshot();
    const organizationId = buyer.organization.id;
    const exclusion = { organizationId, kind: "exclusion" as const, sessionId: world.session.id, reason: "No-shows" };

    // Another host's organizer does not supervise it.
    await expectAppError(takeSanction(await createOrganizerActor(), exclusion, { now }), "NOT_FOUND");
    // A complaint that is not about it.
    await expectAppError(
      takeSanction(world.organizer, { ...exclusion, complaintId: "c-not-there" }, { now }),
      "NOT_FOUND",
      "complaintNotFound",
    );
    // Its registration is no longer one to exclude (it withdrew meanwhile): refused inside the transaction.
    await db.sessionRegistration.update({
      where: { sessionId_organizationId: { sessionId: world.session.id, organizationId } },
      data: { status: "WITHDRAWN" },
    });
    await expectAppError(takeSanction(world.organizer, exclusion, { now }), "INVALID_STATE", "sanctionNotRegistered");

    expect(await snapshot()).toEqual(before);
    expect(before.requests.map((r) => r.status)).toEqual(["PENDING", "PENDING"]);
  });
});

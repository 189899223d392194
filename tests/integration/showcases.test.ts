/**
 * Live-stream showcases (issue 17) on a real Postgres: scheduling and its refusals
 * (outside the session, overlapping, in the past, someone else's products) with nothing
 * written, the database's own guards behind them, the organizer's review and overlap limit,
 * who may watch and publish (lib/showcases/access.ts), chat moderation, meeting requests
 * credited to a showcase, and the reminder mail sent once through the real queue and SMTP.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { createCategory } from "@/lib/fairs/create-category";
import { startMailWorker } from "@/lib/jobs/mail-worker";
import { requestMeeting } from "@/lib/meetings/request-meeting";
import { loadShowcaseAccess, mayPublishShowcase, mayWatchShowcase } from "@/lib/showcases/access";
import {
  followShowcase,
  moderateShowcaseMessage,
  pinShowcaseProduct,
  postShowcaseMessage,
  recordShowcaseHeartbeat,
} from "@/lib/showcases/engagement";
import { loadShowcaseFeed } from "@/lib/showcases/load-feed";
import { loadShowcaseIcs } from "@/lib/showcases/load-showcase-ics";
import { runShowcaseReminders } from "@/lib/showcases/reminders";
import { peakConcurrency, reviewShowcase, setShowcaseOverlapLimit } from "@/lib/showcases/review-showcase";
import { cancelShowcase, scheduleShowcase, updateShowcase } from "@/lib/showcases/schedule-showcase";
import { stopBroadcast } from "@/lib/showcases/media/showcase-media";
import { ensureDefaultCertificateTypes } from "@/lib/suppliers/ensure-default-certificate-types";
import { expectAppError, failureOf, postgresErrorOf } from "../factories/errors";
import { beforeTheFair, createMeetingWorld, type MeetingWorld } from "../factories/meetings";
import { createApprovedBuyer, createApprovedSupplier } from "../factories/organizations";
import { createTestProduct } from "../factories/products";
import { uniqueSuffix } from "../factories/unique";
import { startTestSmtp, type TestSmtp } from "../support/smtp";
import { deliverMailTo, stopMailDelivery } from "../support/mail-delivery";

// The factory session: 1-2 June 2026 in Asia/Shanghai (UTC+8); "local" times below are Hangzhou's.
const now = beforeTheFair;
const utc = (local: string) => new Date(new Date(`${local}:00.000Z`).getTime() - 8 * 3_600_000);

let world: MeetingWorld;
let smtp: TestSmtp;
let products: string[];
let otherProduct: string;
let outsider: Awaited<ReturnType<typeof createApprovedBuyer>>;
let unregisteredSupplier: Awaited<ReturnType<typeof createApprovedSupplier>>;

function fields(overrides: Record<string, unknown> = {}) {
  return {
    sessionId: world.session.id,
    titleEn: "Fabric live",
    titleZh: "Fabric live",
    titleRu: "Fabric live",
    start: "2026-06-01T10:00",
    durationMinutes: 30,
    productIds: products.slice(0, 2),
    ...overrides,
  };
}

async function counts() {
  const [showcases, featured] = await Promise.all([db.showcase.count(), db.showcaseProduct.count()]);
  return { showcases, featured };
}

async function approved(supplier: Actor, overrides: Record<string, unknown> = {}) {
  const showcase = await scheduleShowcase(supplier, fields(overrides), { now });
  await reviewShowcase(world.organizer, { showcaseId: showcase.id, decision: "APPROVED", isPublic: "" }, { now });
  return showcase;
}

beforeAll(async () => {
  smtp = await startTestSmtp();
  deliverMailTo(smtp);
  world = await createMeetingWorld({ suppliers: 2, buyers: 1 });
  await ensureDefaultCertificateTypes();
  const category = await createCategory(world.organizer, {
    slug: `fabrics-${uniqueSuffix()}`,
    nameEn: "Fabrics",
    nameZh: "面料",
    nameRu: "Ткани",
  });
  await db.sessionCategory.create({ data: { sessionId: world.session.id, categoryId: category.id } });
  products = [];
  for (const name of ["Twill 240", "Canvas 300", "Hidden lining"]) {
    products.push((await createTestProduct(world.supplier.actor, category.id, { nameEn: name })).id);
  }
  await db.product.update({ where: { id: products[2] }, data: { visibility: "HIDDEN_BY_SUPPLIER" } });
  otherProduct = (await createTestProduct(world.suppliers[1].actor, category.id)).id;
  outsider = await createApprovedBuyer(world.organizer);
  unregisteredSupplier = await createApprovedSupplier(world.organizer);
  await startMailWorker({ expireEverySeconds: 0 });
});

afterAll(async () => {
  await stopMailDelivery(smtp);
});

beforeEach(async () => {
  await db.meetingRequest.deleteMany({});
  await db.showcase.deleteMany({});
  await db.fairSession.update({ where: { id: world.session.id }, data: { showcaseOverlapLimit: null } });
  smtp.messages.length = 0;
});

describe("scheduling", () => {
  it("a registered supplier proposes a showcase with its own products, in order, awaiting approval", async () => {
    const showcase = await scheduleShowcase(world.supplier.actor, fields({ productIds: [products[1], products[0]] }), {
      now,
    });
    expect(showcase.status).toBe("PENDING");
    expect(showcase.startsAt.toISOString()).toBe("2026-06-01T02:00:00.000Z");
    expect(showcase.endsAt.toISOString()).toBe("2026-06-01T02:30:00.000Z");
    const featured = await db.showcaseProduct.findMany({
      where: { showcaseId: showcase.id },
      orderBy: { position: "asc" },
    });
    expect(featured.map((row) => row.productId)).toEqual([products[1], products[0]]);
  });

  it("refuses outside the session, overlapping, past, wrong products, bad lengths — nothing written", async () => {
    await scheduleShowcase(world.supplier.actor, fields(), { now });
    const before = await counts();
    const refused = async (input: Record<string, unknown>, field: string, key: string, at = now) => {
      const error = await expectAppError(
        scheduleShowcase(world.supplier.actor, fields(input), { now: at }),
        error0(key),
      );
      expect(error.fields).toEqual({ [field]: key });
    };
    const error0 = (key: string) => (key === "showcaseOverlap" ? "CONFLICT" : "VALIDATION");
    await refused({ start: "2026-06-03T10:00" }, "start", "showcaseOutsideSession");
    await refused({ start: "2026-05-31T23:50" }, "start", "showcaseOutsideSession");
    await refused({ start: "2026-06-02T23:50", durationMinutes: 20 }, "start", "showcaseOutsideSession");
    await refused({ start: "2026-06-01T10:20" }, "start", "showcaseOverlap");
    await refused({ start: "2026-06-01T09:40" }, "start", "showcaseOverlap");
    await refused({ start: "2026-06-01T12:00" }, "start", "showcaseInPast", new Date("2026-06-01T05:00:00Z"));
    await refused({ start: "2026-06-01T12:00", productIds: [otherProduct] }, "productIds", "showcaseProductInvalid");
    await refused({ start: "2026-06-01T12:00", productIds: [products[2]] }, "productIds", "showcaseProductInvalid");
    await expect(
      scheduleShowcase(world.supplier.actor, fields({ start: "2026-06-01T12:00", durationMinutes: 241 }), { now }),
    ).rejects.toThrow();
    await expect(
      scheduleShowcase(
        world.supplier.actor,
        fields({ start: "2026-06-01T12:00", titleEn: "", titleZh: "", titleRu: "" }),
        {
          now,
        },
      ),
    ).rejects.toThrow();
    expect(await counts()).toEqual(before);
    // Back to back is fine, and another supplier may overlap.
    await scheduleShowcase(world.supplier.actor, fields({ start: "2026-06-01T10:30" }), { now });
    await scheduleShowcase(world.suppliers[1].actor, fields({ productIds: [otherProduct] }), { now });
  });

  it("refuses a supplier not approved for the session, and a cancelled showcase frees its time", async () => {
    await expectAppError(
      scheduleShowcase(unregisteredSupplier.actor, fields({ productIds: [] }), { now }),
      "FORBIDDEN",
      "showcaseNotRegistered",
    );
    const first = await scheduleShowcase(world.supplier.actor, fields(), { now });
    await cancelShowcase(world.supplier.actor, { showcaseId: first.id }, { now });
    await scheduleShowcase(world.supplier.actor, fields(), { now });
    await expectAppError(cancelShowcase(world.suppliers[1].actor, { showcaseId: first.id }, { now }), "NOT_FOUND");
  });
});

describe("the database's own guards", () => {
  const base = () => ({
    sessionId: world.session.id,
    organizationId: world.supplier.organization.id,
    titleEn: "Direct",
  });

  it("forbids overlapping pending/approved showcases of one supplier (exclusion constraint)", async () => {
    await db.showcase.create({
      data: { ...base(), startsAt: utc("2026-06-01T10:00"), endsAt: utc("2026-06-01T10:30") },
    });
    const error = await failureOf(
      db.showcase.create({ data: { ...base(), startsAt: utc("2026-06-01T10:15"), endsAt: utc("2026-06-01T10:45") } }),
    );
    expect(postgresErrorOf(error).code).toBe("23P01");
    // A rejected one does not count.
    await db.showcase.create({
      data: { ...base(), status: "REJECTED", startsAt: utc("2026-06-01T10:15"), endsAt: utc("2026-06-01T10:45") },
    });
  });

  it("forbids a showcase outside its session's days and a length outside 5..240 minutes", async () => {
    const outside = await failureOf(
      db.showcase.create({ data: { ...base(), startsAt: utc("2026-06-02T23:50"), endsAt: utc("2026-06-03T00:10") } }),
    );
    expect(JSON.stringify(postgresErrorOf(outside))).toContain("showcase_within_session");
    const short = await failureOf(
      db.showcase.create({ data: { ...base(), startsAt: utc("2026-06-01T11:00"), endsAt: utc("2026-06-01T11:04") } }),
    );
    expect(postgresErrorOf(short).code).toBe("23514");
    const untitled = await failureOf(
      db.showcase.create({
        data: { ...base(), titleEn: " ", startsAt: utc("2026-06-01T11:00"), endsAt: utc("2026-06-01T11:30") },
      }),
    );
    expect(postgresErrorOf(untitled).code).toBe("23514");
  });

  it("forbids featuring or pinning another supplier's product", async () => {
    const showcase = await db.showcase.create({
      data: { ...base(), startsAt: utc("2026-06-01T11:00"), endsAt: utc("2026-06-01T11:30") },
    });
    for (const write of [
      db.showcaseProduct.create({ data: { showcaseId: showcase.id, productId: otherProduct } }),
      db.showcasePin.create({ data: { showcaseId: showcase.id, productId: otherProduct } }),
    ]) {
      expect(JSON.stringify(postgresErrorOf(await failureOf(write)))).toContain("showcase_product_owner");
    }
  });
});

describe("review", () => {
  it("approves, rejects with a note, keeps the session's limit of simultaneous showcases", async () => {
    expect(peakConcurrency([])).toBe(0);
    await setShowcaseOverlapLimit(world.organizer, { sessionId: world.session.id, limit: "1" });
    const first = await approved(world.supplier.actor);
    const second = await scheduleShowcase(
      world.suppliers[1].actor,
      fields({ productIds: [otherProduct], start: "2026-06-01T10:15" }),
      { now },
    );
    await expectAppError(
      reviewShowcase(world.organizer, { showcaseId: second.id, decision: "APPROVED", isPublic: "" }, { now }),
      "CONFLICT",
      "showcaseOverlapLimit",
    );
    expect((await db.showcase.findUniqueOrThrow({ where: { id: second.id } })).status).toBe("PENDING");
    await reviewShowcase(
      world.organizer,
      { showcaseId: second.id, decision: "REJECTED", reviewNote: "Too late", isPublic: "" },
      { now },
    );
    const rejected = await db.showcase.findUniqueOrThrow({ where: { id: second.id } });
    expect(rejected).toMatchObject({ status: "REJECTED", reviewNote: "Too late" });
    expect(first.status).toBe("PENDING");
    // Another host's organizer does not see it; a supplier may not review.
    await expectAppError(
      reviewShowcase(world.supplier.actor, { showcaseId: first.id, decision: "APPROVED", isPublic: "" }, { now }),
      "FORBIDDEN",
    );
  });
});

describe("access", () => {
  it("lets the supplier, organizers and approved participants watch; others only when public", async () => {
    const showcase = await scheduleShowcase(world.supplier.actor, fields(), { now });
    const access = (await loadShowcaseAccess(showcase.id))!;
    expect(await mayWatchShowcase(world.supplier.actor, access)).toBe(true);
    expect(await mayWatchShowcase(world.organizer, access)).toBe(true);
    expect(await mayWatchShowcase(world.buyer.actor, access)).toBe(false); // not approved yet
    await reviewShowcase(world.organizer, { showcaseId: showcase.id, decision: "APPROVED", isPublic: "" }, { now });
    const live = (await loadShowcaseAccess(showcase.id))!;
    expect(await mayWatchShowcase(world.buyer.actor, live)).toBe(true);
    expect(await mayWatchShowcase(outsider.actor, live)).toBe(false);
    expect(await mayWatchShowcase(unregisteredSupplier.actor, live)).toBe(false);
    expect(await mayWatchShowcase(null, live)).toBe(false);
    await reviewShowcase(world.organizer, { showcaseId: showcase.id, decision: "APPROVED", isPublic: "on" }, { now });
    const open = (await loadShowcaseAccess(showcase.id))!;
    expect(await mayWatchShowcase(null, open)).toBe(true);
    expect(await mayWatchShowcase(outsider.actor, open)).toBe(true);
  });

  it("lets only the showcase's supplier publish, approved, from 10 minutes before until the end", async () => {
    const showcase = await approved(world.supplier.actor);
    const access = (await loadShowcaseAccess(showcase.id))!;
    const start = utc("2026-06-01T10:00");
    const minutes = (m: number) => new Date(start.getTime() + m * 60_000);
    expect(mayPublishShowcase(world.supplier.actor, access, minutes(-11))).toBe(false);
    expect(mayPublishShowcase(world.supplier.actor, access, minutes(-10))).toBe(true);
    expect(mayPublishShowcase(world.supplier.actor, access, minutes(29))).toBe(true);
    expect(mayPublishShowcase(world.supplier.actor, access, minutes(30))).toBe(false);
    for (const other of [world.suppliers[1].actor, world.buyer.actor, world.organizer, null]) {
      expect(mayPublishShowcase(other, access, minutes(0))).toBe(false);
    }
    await db.showcase.update({ where: { id: showcase.id }, data: { status: "CANCELLED" } });
    expect(mayPublishShowcase(world.supplier.actor, (await loadShowcaseAccess(showcase.id))!, minutes(0))).toBe(false);
  });

  it("gives an approved showcase's calendar file to anyone only while its fair's programme is public", async () => {
    const showcase = await approved(world.supplier.actor);
    expect(await loadShowcaseIcs(null, showcase.id, "en")).toContain("BEGIN:VEVENT");
    try {
      await db.fair.update({ where: { id: world.fair.id }, data: { status: "DRAFT" } });
      await expectAppError(loadShowcaseIcs(null, showcase.id, "en"), "NOT_FOUND");
      await expectAppError(loadShowcaseIcs(outsider.actor, showcase.id, "en"), "NOT_FOUND");
      // Those who may watch it still get it: its supplier and the host's organizers.
      expect(await loadShowcaseIcs(world.supplier.actor, showcase.id, "en")).toContain("BEGIN:VEVENT");
      expect(await loadShowcaseIcs(world.organizer, showcase.id, "en")).toContain("BEGIN:VEVENT");
    } finally {
      await db.fair.update({ where: { id: world.fair.id }, data: { status: "PUBLISHED" } });
    }
  });
});

describe("while live", () => {
  it("viewers post, the supplier hides and pins; others cannot moderate; hidden lines leave the viewers' feed", async () => {
    const showcase = await approved(world.supplier.actor);
    const at = utc("2026-06-01T10:05");
    const question = await postShowcaseMessage(world.buyer.actor, showcase.id, { kind: "QUESTION", text: "MOQ?" }, at);
    const chat = await postShowcaseMessage(world.buyer.actor, showcase.id, { kind: "CHAT", text: "spam" }, at);
    await expectAppError(
      postShowcaseMessage(outsider.actor, showcase.id, { kind: "CHAT", text: "hi" }, at),
      "NOT_FOUND",
    );
    await expect(
      postShowcaseMessage(world.buyer.actor, showcase.id, { kind: "CHAT", text: "x".repeat(1001) }, at),
    ).rejects.toThrow();
    await expectAppError(
      moderateShowcaseMessage(world.suppliers[1].actor, showcase.id, { messageId: question.id, action: "pin" }, at),
      "FORBIDDEN",
    );
    await expectAppError(
      moderateShowcaseMessage(world.supplier.actor, showcase.id, { messageId: chat.id, action: "pin" }, at),
      "VALIDATION",
      "showcaseOnlyQuestionsPinned",
    );
    await moderateShowcaseMessage(world.supplier.actor, showcase.id, { messageId: question.id, action: "pin" }, at);
    await moderateShowcaseMessage(world.supplier.actor, showcase.id, { messageId: chat.id, action: "hide" }, at);
    await pinShowcaseProduct(world.supplier.actor, showcase.id, { productId: products[0], pinned: true }, at);
    await expectAppError(
      pinShowcaseProduct(world.supplier.actor, showcase.id, { productId: products[2], pinned: true }, at),
      "VALIDATION",
      "showcaseProductInvalid",
    );
    await expectAppError(
      pinShowcaseProduct(world.supplier.actor, showcase.id, { productId: otherProduct, pinned: true }, at),
      "VALIDATION",
      "showcaseProductInvalid",
    );
    await recordShowcaseHeartbeat(world.buyer.actor, showcase.id, at);
    const viewerFeed = await loadShowcaseFeed(world.buyer.actor, showcase.id, at);
    expect(viewerFeed.messages.map((m) => [m.text, m.pinned])).toEqual([["MOQ?", true]]);
    expect(viewerFeed.pins.map((p) => p.id)).toEqual([products[0]]);
    expect(viewerFeed.viewers).toBeNull();
    const supplierFeed = await loadShowcaseFeed(world.supplier.actor, showcase.id, at);
    expect(supplierFeed.messages.map((m) => [m.text, m.hidden])).toEqual([
      ["MOQ?", false],
      ["spam", true],
    ]);
    expect(supplierFeed.viewers).toBe(1);
    expect(supplierFeed.peakViewers).toBe(1);
    // After the end the chat belongs to the replay.
    const late = await postShowcaseMessage(
      world.buyer.actor,
      showcase.id,
      { kind: "CHAT", text: "thanks" },
      utc("2026-06-01T11:00"),
    );
    expect(late.phase).toBe("REPLAY");
  });

  it("credits a meeting request to the showcase it came from, and only to the supplier's own", async () => {
    const showcase = await approved(world.supplier.actor);
    const other = await approved(world.suppliers[1].actor, { productIds: [otherProduct] });
    const request = {
      sessionId: world.session.id,
      organizationId: world.supplier.organization.id,
      message: "From the stream",
    };
    await expectAppError(
      requestMeeting(world.buyer.actor, { ...request, showcaseId: other.id }, { now }),
      "VALIDATION",
    );
    const { request: sent } = await requestMeeting(world.buyer.actor, { ...request, showcaseId: showcase.id }, { now });
    expect((await db.meetingRequest.findUniqueOrThrow({ where: { id: sent.id } })).showcaseId).toBe(showcase.id);
  });
});

describe("reminders", () => {
  it("mails each follower once, 15 minutes before the start, in their language", async () => {
    const showcase = await approved(world.supplier.actor, {
      titleEn: "Reminder live",
      titleRu: "Напоминание",
      titleZh: "提醒直播",
    });
    await followShowcase(world.buyer.actor, { showcaseId: showcase.id, follow: true }, now);
    await expectAppError(followShowcase(outsider.actor, { showcaseId: showcase.id, follow: true }, now), "NOT_FOUND");
    const start = utc("2026-06-01T10:00");
    expect(await runShowcaseReminders({ now: new Date(start.getTime() - 16 * 60_000) })).toBe(0);
    expect(await runShowcaseReminders({ now: new Date(start.getTime() - 14 * 60_000) })).toBe(1);
    expect(await runShowcaseReminders({ now: new Date(start.getTime() - 13 * 60_000) })).toBe(0);
    const [mail] = await smtp.waitForMail((m) => m.envelope.to.includes(world.buyer.user.email));
    expect(mail.subject).toMatch(/Reminder live|Напоминание|提醒直播/);
    expect(mail.text).toContain(`https://fair.example.test/`);
    expect(mail.text).toContain(`/showcases/${showcase.id}`);
    const follow = await db.showcaseFollow.findFirstOrThrow({ where: { showcaseId: showcase.id } });
    expect(follow.reminderSentAt).not.toBeNull();
  });
});

describe("review mail", () => {
  it("tells the supplier's members the organizers' decision with their note, in each member's language", async () => {
    await db.user.update({ where: { id: world.supplier.user.id }, data: { locale: "ru" } });
    try {
      const title = `Review mail ${uniqueSuffix()}`;
      const rejected = await scheduleShowcase(
        world.supplier.actor,
        fields({ titleEn: title, titleRu: title, titleZh: title, start: "2026-06-01T16:00" }),
        { now },
      );
      await reviewShowcase(
        world.organizer,
        { showcaseId: rejected.id, decision: "REJECTED", reviewNote: "Please show the fabric weights", isPublic: "" },
        { now },
      );
      const [mail] = await smtp.waitForMail(
        (m) => m.envelope.to.includes(world.supplier.user.email) && (m.subject ?? "").includes(title),
      );
      expect(mail.subject).toBe(`Трансляция не одобрена: ${title}`);
      expect(mail.text).toContain("Комментарий организаторов: Please show the fabric weights");
      expect(mail.text).toContain("https://fair.example.test/ru/supplier/showcases");
      // Nobody outside the supplier is told.
      expect(
        smtp.messages
          .filter((m) => (m.subject ?? "").includes(title))
          .map((m) => m.envelope.to)
          .flat(),
      ).toEqual([world.supplier.user.email]);
    } finally {
      await db.user.update({ where: { id: world.supplier.user.id }, data: { locale: "en" } });
    }
  });
});

describe("phases", () => {
  it("plans nothing in an archived fair, pins no card after the end, stops only a broadcast on air", async () => {
    const showcase = await approved(world.supplier.actor);
    await db.fair.update({ where: { id: world.fair.id }, data: { status: "ARCHIVED" } });
    try {
      const before = await counts();
      await expectAppError(
        scheduleShowcase(world.supplier.actor, fields({ start: "2026-06-01T14:00" }), { now }),
        "SESSION_ENDED",
        "sessionEnded",
      );
      await expectAppError(
        updateShowcase(world.supplier.actor, { ...fields(), showcaseId: showcase.id }, { now }),
        "SESSION_ENDED",
        "sessionEnded",
      );
      expect(await counts()).toEqual(before);
    } finally {
      await db.fair.update({ where: { id: world.fair.id }, data: { status: "PUBLISHED" } });
    }

    const pin = { productId: products[0], pinned: true };
    await expectAppError(
      pinShowcaseProduct(world.supplier.actor, showcase.id, pin, showcase.endsAt),
      "INVALID_STATE",
      "showcaseEnded",
    );
    expect(await db.showcasePin.count({ where: { showcaseId: showcase.id } })).toBe(0);

    // A stop before the broadcast went on air would end the showcase before it began.
    await expectAppError(stopBroadcast(world.supplier.actor, showcase.id, now), "INVALID_STATE", "notLive");
    expect((await db.showcase.findUniqueOrThrow({ where: { id: showcase.id } })).liveEndedAt).toBeNull();
  });
});

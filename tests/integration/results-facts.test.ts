/**
 * What the fair report reads is kept by the database (migration meeting_report_facts): one
 * MeetingReportFact row per meeting and each supplier's Organization.mainCategoryId. These
 * tests write the way the app, the seed and bulk SQL do and check that the facts follow every
 * later change (an outcome reported after booking, a cancellation, a product moved to another
 * category, a city or a requirement changed), that they equal a computation from scratch
 * after a long mixed sequence of writes, and that two sides reporting at once both land.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { cancelMeeting } from "@/lib/meetings/cancel-meeting";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { at, beforeTheFair, createMeetingWorld, meetingData, type MeetingWorld } from "../factories/meetings";

let world: MeetingWorld;
let cats: { linen: string; silk: string; toys: string };
const after = { now: at("09:00") };

const category = (slug: string) =>
  db.category
    .create({ data: { slug: `${slug}-${randomBytes(4).toString("hex")}`, nameEn: slug, nameZh: slug, nameRu: slug } })
    .then((c) => c.id);
const product = (organizationId: string, categoryId: string) =>
  db.product.create({
    data: { organizationId, categoryId, nameEn: "P", hsCode: "520811", moq: 1, moqUnit: "m", currency: "CNY" },
  });
const meeting = (from: string, to: string, options: { supplier?: number; buyer?: number; requestId?: string } = {}) =>
  db.meeting
    .create({
      data: {
        ...meetingData(
          {
            sessionId: world.session.id,
            supplierOrgId: world.suppliers[options.supplier ?? 0].organization.id,
            buyerOrgId: world.buyers[options.buyer ?? 0].organization.id,
          },
          from,
          to,
        ),
        requestId: options.requestId ?? null,
      },
    })
    .then((m) => m.id);
const fact = (meetingId: string) => db.meetingReportFact.findUniqueOrThrow({ where: { meetingId } });
const mainCategoryOf = (organizationId: string) =>
  db.organization.findUniqueOrThrow({ where: { id: organizationId } }).then((o) => o.mainCategoryId);

/** Facts that differ from the view's computation from scratch, either way (missing, extra or stale rows). */
const factDrift = () =>
  db.$queryRaw<{ meetingId: string }[]>`
    (SELECT * FROM meeting_report_fact_source EXCEPT SELECT * FROM "MeetingReportFact")
    UNION ALL
    (SELECT * FROM "MeetingReportFact" EXCEPT SELECT * FROM meeting_report_fact_source)`;
/** Organizations whose kept main category is not the one their products give. */
const mainCategoryDrift = () =>
  db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Organization" WHERE "mainCategoryId" IS DISTINCT FROM organization_main_category(id)`;

async function request(supplier: number, buyer: number, requirementId: string | null) {
  const from = world.buyers[buyer];
  const created = await db.meetingRequest.create({
    data: {
      sessionId: world.session.id,
      fromOrganizationId: from.organization.id,
      toOrganizationId: world.suppliers[supplier].organization.id,
      requestedById: from.user.id,
      requirementId,
      message: "",
      status: "ACCEPTED",
      expiresAt: new Date("2026-05-20T00:00:00Z"),
      createdAt: beforeTheFair,
    },
  });
  return created.id;
}

beforeAll(async () => {
  world = await createMeetingWorld({ suppliers: 2, buyers: 2 });
  cats = { linen: await category("linen"), silk: await category("silk"), toys: await category("toys") };
});

describe("the meeting facts", () => {
  it("are written when a meeting is booked and follow the outcomes reported afterwards", async () => {
    const id = await meeting("05:00", "05:20");
    expect(await fact(id)).toMatchObject({ status: "SCHEDULED", stage: 0, supplierOutcome: null, valueMinor: null });
    expect((await fact(id)).supplierCityKey).toBe(world.suppliers[0].organization.city.trim().toLowerCase());

    await recordOutcome(
      world.buyers[0].actor,
      { meetingId: id, outcome: "ORDER_INTENT", estimatedValue: "1000", currency: "CNY" },
      after,
    );
    expect(await fact(id)).toMatchObject({
      buyerOutcome: "ORDER_INTENT",
      stage: 4,
      valueMinor: 100_000n,
      valueCurrency: "CNY",
    });
    // The supplier's own estimate does not replace the buyer's; it counts once the buyer's is gone.
    await recordOutcome(
      world.suppliers[0].actor,
      { meetingId: id, outcome: "ORDER_INTENT", estimatedValue: "50", currency: "USD" },
      after,
    );
    expect(await fact(id)).toMatchObject({
      supplierOutcome: "ORDER_INTENT",
      valueMinor: 100_000n,
      valueCurrency: "CNY",
    });
    await recordOutcome(world.buyers[0].actor, { meetingId: id, outcome: "FOLLOW_UP" }, after);
    expect(await fact(id)).toMatchObject({
      buyerOutcome: "FOLLOW_UP",
      stage: 4,
      valueMinor: 5_000n,
      valueCurrency: "USD",
    });
    await db.meetingOutcomeReport.deleteMany({ where: { meetingId: id } });
    expect(await fact(id)).toMatchObject({ supplierOutcome: null, buyerOutcome: null, stage: 0, valueMinor: null });
  });

  it("follow a cancellation, a no-show, a reschedule and an interpreter", async () => {
    const id = await meeting("06:00", "06:20");
    await cancelMeeting(world.buyers[0].actor, id, {}, { now: beforeTheFair });
    expect((await fact(id)).status).toBe("CANCELLED");
    const other = await meeting("06:40", "07:00");
    await db.meeting.update({ where: { id: other }, data: { supplierNoShow: true, noShowCheckedAt: at("06:50") } });
    expect(await fact(other)).toMatchObject({ supplierNoShow: true, buyerNoShow: false });
    await db.meeting.update({ where: { id: other }, data: { startsAt: at("07:00"), endsAt: at("07:40") } });
    expect(await fact(other)).toMatchObject({ startsAt: at("07:00"), endsAt: at("07:40") });
    await db.meeting.update({ where: { id: other }, data: { interpreterId: world.organizer.id } });
    expect((await fact(other)).interpreted).toBe(true);
    await db.meeting.delete({ where: { id: other } });
    expect(await db.meetingReportFact.count({ where: { meetingId: other } })).toBe(0);
  });

  it("count a meeting under its requirement's category, else under the supplier's main one, as they change", async () => {
    const supplier = world.suppliers[1].organization.id;
    await product(supplier, cats.linen);
    await product(supplier, cats.linen);
    const toy = await product(supplier, cats.toys);
    expect(await mainCategoryOf(supplier)).toBe(cats.linen);
    const plain = await meeting("08:00", "08:20", { supplier: 1 });
    expect((await fact(plain)).categoryId).toBe(cats.linen);

    // A product moved to another category: toys 2, linen 1.
    const linen = await db.product.findFirstOrThrow({ where: { organizationId: supplier, categoryId: cats.linen } });
    await db.product.update({ where: { id: linen.id }, data: { categoryId: cats.toys } });
    expect(await mainCategoryOf(supplier)).toBe(cats.toys);
    expect((await fact(plain)).categoryId).toBe(cats.toys);
    // Bulk writes (one statement, many products) and deletes too.
    await db.product.createMany({
      data: [1, 2, 3].map(() => ({
        organizationId: supplier,
        categoryId: cats.silk,
        nameEn: "P",
        hsCode: "500710",
        moq: 1,
        moqUnit: "m",
        currency: "CNY" as const,
      })),
    });
    expect((await fact(plain)).categoryId).toBe(cats.silk);
    await db.product.deleteMany({ where: { organizationId: supplier, categoryId: cats.silk } });
    await db.product.delete({ where: { id: toy.id } });
    const tieWinner = [cats.toys, cats.linen].sort()[0]; // toys 1, linen 1: the smaller id wins a tie
    expect(await mainCategoryOf(supplier)).toBe(tieWinner);
    expect((await fact(plain)).categoryId).toBe(tieWinner);

    // A meeting from a request for a purchasing requirement counts under the requirement's category.
    const requirement = await db.purchasingRequirement.create({
      data: {
        organizationId: world.buyers[1].organization.id,
        categoryId: cats.silk,
        quantity: 1,
        unit: "m",
        textEn: "Silk",
      },
    });
    const requested = await meeting("08:40", "09:00", {
      supplier: 1,
      buyer: 1,
      requestId: await request(1, 1, requirement.id),
    });
    expect((await fact(requested)).categoryId).toBe(cats.silk);
    await db.purchasingRequirement.update({ where: { id: requirement.id }, data: { categoryId: cats.linen } });
    expect((await fact(requested)).categoryId).toBe(cats.linen);
    await db.purchasingRequirement.delete({ where: { id: requirement.id } }); // the request keeps no requirement
    expect((await fact(requested)).categoryId).toBe(await mainCategoryOf(supplier));
  });

  it("follow a party's city", async () => {
    const id = await meeting("09:20", "09:40");
    await db.organization.update({ where: { id: world.buyers[0].organization.id }, data: { city: " Казань " } });
    expect((await fact(id)).buyerCityKey).toBe("казань");
  });

  it("equal a computation from scratch after a long mixed sequence of writes", async () => {
    const ids: string[] = [];
    for (const [index, slot] of ["02:00", "02:20", "02:40", "03:00", "03:20", "03:40"].entries()) {
      const [hour, minute] = slot.split(":").map(Number);
      const end = `${String(hour + (minute === 40 ? 1 : 0)).padStart(2, "0")}:${minute === 40 ? "00" : String(minute + 20)}`;
      ids.push(await meeting(slot, end, { supplier: index % 2, buyer: Math.floor(index / 2) % 2 }));
    }
    await db.meetingOutcomeReport.createMany({
      data: ids.slice(0, 4).flatMap((meetingId, index) => [
        {
          meetingId,
          side: "BUYER" as const,
          organizationId: world.buyers[Math.floor(index / 2) % 2].organization.id,
          authorId: world.organizer.id,
          outcome: index % 2 ? ("ORDER_INTENT" as const) : ("SAMPLE_REQUESTED" as const),
          estimatedValueMinor: index % 2 ? 7_000n : null,
          currency: index % 2 ? ("RUB" as const) : null,
        },
      ]),
    });
    await db.meetingOutcomeReport.updateMany({ where: { meetingId: ids[1] }, data: { currency: "USD" } });
    await db.meeting.updateMany({ where: { id: { in: ids.slice(2, 4) } }, data: { status: "COMPLETED" } });
    await db.meeting.update({ where: { id: ids[4] }, data: { status: "CANCELLED", cancelledAt: at("01:00") } });
    await product(world.suppliers[0].organization.id, cats.silk);
    await db.product.updateMany({
      where: { organizationId: world.suppliers[1].organization.id },
      data: { categoryId: cats.silk },
    });
    await db.organization.update({ where: { id: world.suppliers[0].organization.id }, data: { city: "Yiwu" } });
    await db.meetingOutcomeReport.deleteMany({ where: { meetingId: ids[0] } });
    await db.meeting.delete({ where: { id: ids[5] } });
    // A write that bypasses nothing: raw SQL, as the benchmark's bulk inserts are.
    await db.$executeRaw`UPDATE "Meeting" SET "buyerNoShow" = true WHERE id = ${ids[3]}`;

    expect(await factDrift()).toEqual([]);
    expect(await mainCategoryDrift()).toEqual([]);
    expect(await db.meetingReportFact.count()).toBe(await db.meeting.count());
  });

  it("keep both sides' outcomes when the supplier and the buyer report at the same moment", async () => {
    const id = await meeting("04:00", "04:20", { supplier: 1, buyer: 1 });
    const report = (side: "SUPPLIER" | "BUYER") => ({
      meetingId: id,
      side,
      organizationId: (side === "SUPPLIER" ? world.suppliers[1] : world.buyers[1]).organization.id,
      authorId: world.organizer.id,
      outcome: side === "SUPPLIER" ? ("FOLLOW_UP" as const) : ("QUOTATION_SENT" as const),
    });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let inserted!: () => void;
    const firstInserted = new Promise<void>((resolve) => (inserted = resolve));
    // The supplier's report is written but not committed while the buyer's is written.
    const first = db.$transaction(
      async (tx) => {
        await tx.meetingOutcomeReport.create({ data: report("SUPPLIER") });
        inserted();
        await held;
      },
      { timeout: 20_000 },
    );
    await firstInserted;
    const second = db.meetingOutcomeReport.create({ data: report("BUYER") }).then(() => undefined); // sent now
    // Wait until the buyer's statement waits on the supplier's transaction, then commit that.
    for (let tries = 0; ; tries++) {
      const [{ waiting }] = await db.$queryRaw<{ waiting: number }[]>`
        SELECT count(*)::int AS waiting FROM pg_stat_activity
         WHERE datname = current_database() AND wait_event_type = 'Lock'`;
      if (waiting > 0) break;
      if (tries > 200) throw new Error("the second report never waited for the first");
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    release();
    await Promise.all([first, second]);
    expect(await fact(id)).toMatchObject({ supplierOutcome: "FOLLOW_UP", buyerOutcome: "QUOTATION_SENT", stage: 3 });
  });
});

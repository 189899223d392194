/**
 * The organizer's fair report over a real PostgreSQL: a hand-built world with known totals
 * (cancellations, no-shows, a reported no-show, a meeting still ahead, three currencies,
 * a meeting after midnight in the fair's zone, a previous edition), every breakdown, the
 * filters, the tenant rule, the streamed exports and the participants' own reports.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { parse } from "csv-parse/sync";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { loadFairReport } from "@/lib/results/load-fair-report";
import { reportFiltersSchema } from "@/lib/results/filters";
import { meetingListStream, reportFileStream } from "@/lib/results/export-files";
import { loadParticipantReport } from "@/lib/results/load-participant-report";
import { expectAppError } from "../factories/errors";
import { createOrganizerActor } from "../factories/users";
import { actorFor } from "../factories/actors";

const now = new Date("2026-06-03T03:30:00Z");
const past = new Date("2026-05-01T00:00:00Z");
let organizer: Actor;
let fairId: string;
let sessions: { textile: string; toys: string; previousTextile: string };
let cats: { textiles: string; fabrics: string; toys: string };
let orgs: Record<"s1" | "s2" | "s3" | "b1" | "b2" | "b3", string>;
let users: Record<"s1" | "b1" | "b2", Actor>;

const filters = (raw: Record<string, string> = {}) => reportFiltersSchema.parse(raw);

async function org(kind: "SUPPLIER" | "BUYER", city: string, name: string) {
  const o = await db.organization.create({
    data: {
      kind,
      status: "APPROVED",
      nameEn: name,
      nameZh: `${name} 中`,
      nameRu: `${name} ру`,
      city,
      country: kind === "SUPPLIER" ? "CN" : "RU",
      timeZone: kind === "SUPPLIER" ? "Asia/Shanghai" : "Europe/Moscow",
    },
  });
  return o.id;
}

async function member(organizationId: string, role: "SUPPLIER" | "BUYER", locale: "zh" | "ru") {
  const user = await db.user.create({
    data: {
      email: `${randomBytes(6).toString("hex")}@results.test`,
      name: "Member",
      passwordHash: "x",
      role,
      organizationId,
      locale,
      timeZone: "Europe/Moscow",
    },
  });
  return actorFor(user.id);
}

async function meeting(
  sessionId: string,
  supplier: string,
  buyer: string,
  startsAt: string,
  options: {
    status?: "SCHEDULED" | "COMPLETED" | "CANCELLED";
    interpreterId?: string;
    supplierNoShow?: boolean;
    buyerNoShow?: boolean;
    requestId?: string;
    reports?: { side: "SUPPLIER" | "BUYER"; outcome: string; value?: bigint; currency?: "CNY" | "USD" | "RUB" }[];
  } = {},
) {
  const start = new Date(startsAt);
  const m = await db.meeting.create({
    data: {
      sessionId,
      supplierOrgId: supplier,
      buyerOrgId: buyer,
      startsAt: start,
      endsAt: new Date(start.getTime() + 20 * 60_000),
      status: options.status ?? "SCHEDULED",
      interpreterId: options.interpreterId ?? null,
      supplierNoShow: options.supplierNoShow ?? false,
      buyerNoShow: options.buyerNoShow ?? false,
      requestId: options.requestId ?? null,
      roomToken: randomBytes(16).toString("hex"),
    },
  });
  for (const report of options.reports ?? []) {
    await db.meetingOutcomeReport.create({
      data: {
        meetingId: m.id,
        side: report.side,
        organizationId: report.side === "SUPPLIER" ? supplier : buyer,
        authorId: organizer.id,
        outcome: report.outcome as "FOLLOW_UP",
        estimatedValueMinor: report.value ?? null,
        currency: report.currency ?? null,
      },
    });
  }
  return m.id;
}

beforeAll(async () => {
  organizer = await createOrganizerActor();
  const host = organizer.organizationId!;
  const category = (slug: string, parentId?: string) =>
    db.category.create({
      data: { slug: `${slug}-${randomBytes(4).toString("hex")}`, nameEn: slug, nameZh: slug, nameRu: slug, parentId },
    });
  const textiles = await category("textiles");
  const fabrics = await category("fabrics", textiles.id);
  const toys = await category("toys");
  cats = { textiles: textiles.id, fabrics: fabrics.id, toys: toys.id };

  const fair = (slug: string, year: number) =>
    db.fair.create({
      data: {
        slug: `${slug}-${randomBytes(4).toString("hex")}`,
        nameEn: `Fair ${year}`,
        nameZh: `交易会 ${year}`,
        nameRu: `Ярмарка ${year}`,
        hostOrganizationId: host,
        status: "PUBLISHED",
        startDate: new Date(`${year}-06-01`),
        endDate: new Date(`${year}-06-03`),
      },
    });
  const session = (fairId: string, slug: string, start: string, end: string, categoryId: string) =>
    db.fairSession.create({
      data: {
        fairId,
        slug,
        titleEn: slug,
        titleZh: slug,
        titleRu: slug,
        startDate: new Date(start),
        endDate: new Date(end),
        dailyStartMinute: 0,
        dailyEndMinute: 1440,
        categories: { create: { categoryId } },
      },
    });
  const current = await fair("results", 2026);
  const previous = await fair("results-prev", 2025);
  fairId = current.id;
  sessions = {
    textile: (await session(current.id, "textile", "2026-06-01", "2026-06-02", textiles.id)).id,
    toys: (await session(current.id, "toys", "2026-06-03", "2026-06-03", toys.id)).id,
    previousTextile: (await session(previous.id, "textile", "2025-06-01", "2025-06-02", textiles.id)).id,
  };
  await db.exchangeRate.createMany({
    data: [
      { fairId, currency: "CNY", perUsdCentMicros: 7_200_000n },
      { fairId, currency: "RUB", perUsdCentMicros: 90_000_000n },
    ],
  });

  orgs = {
    s1: await org("SUPPLIER", "Ningbo", "Supplier One"),
    s2: await org("SUPPLIER", "慈溪", "Supplier Two"), // Cixi counts under Ningbo
    s3: await org("SUPPLIER", "Yiwu", "Supplier Three"), // under Jinhua; no products
    b1: await org("BUYER", "Moscow", "Buyer One"),
    b2: await org("BUYER", "Казань", "Buyer Two"),
    b3: await org("BUYER", "Minsk", "Buyer Three"), // not a known place
  };
  users = {
    s1: await member(orgs.s1, "SUPPLIER", "zh"),
    b1: await member(orgs.b1, "BUYER", "ru"),
    b2: await member(orgs.b2, "BUYER", "ru"),
  };
  const product = (organizationId: string, categoryId: string) =>
    db.product.create({
      data: { organizationId, categoryId, nameEn: "P", hsCode: "520811", moq: 1, moqUnit: "m", currency: "CNY" },
    });
  await product(orgs.s1, fabrics.id);
  await product(orgs.s1, fabrics.id);
  await product(orgs.s1, toys.id);
  await product(orgs.s2, toys.id);

  const register = (sessionId: string, organizationId: string, status: "APPROVED" | "PENDING" | "REJECTED") =>
    db.sessionRegistration.create({ data: { sessionId, organizationId, status, createdAt: past } });
  await register(sessions.textile, orgs.s1, "APPROVED");
  await register(sessions.textile, orgs.s2, "APPROVED");
  await register(sessions.textile, orgs.s3, "PENDING");
  await register(sessions.textile, orgs.b1, "APPROVED");
  await register(sessions.textile, orgs.b2, "REJECTED");
  await register(sessions.toys, orgs.s2, "APPROVED");
  await register(sessions.toys, orgs.b1, "APPROVED");

  const requirement = await db.purchasingRequirement.create({
    data: { organizationId: orgs.b1, categoryId: fabrics.id, quantity: 100, unit: "m", textEn: "Linen" },
  });
  const request = (sessionId: string, from: string, to: string, status: string, requirementId?: string) =>
    db.meetingRequest
      .create({
        data: {
          sessionId,
          fromOrganizationId: from,
          toOrganizationId: to,
          requestedById: organizer.id,
          requirementId,
          message: "",
          status: status as "PENDING",
          expiresAt: new Date("2026-06-01"),
          createdAt: past,
        },
      })
      .then((r) => r.id);
  const r1 = await request(sessions.textile, orgs.b1, orgs.s1, "ACCEPTED", requirement.id);
  await request(sessions.textile, orgs.b2, orgs.s1, "DECLINED");
  await request(sessions.textile, orgs.s3, orgs.b1, "PENDING");
  await request(sessions.toys, orgs.b1, orgs.s2, "ACCEPTED");

  const interpreterId = organizer.id;
  // M1 10:00 Shanghai, 1 June: interpreted; buyer's order intent in CNY wins over the supplier's quotation.
  await meeting(sessions.textile, orgs.s1, orgs.b1, "2026-06-01T02:00:00Z", {
    interpreterId,
    requestId: r1,
    reports: [
      { side: "BUYER", outcome: "ORDER_INTENT", value: 100_000n, currency: "CNY" },
      { side: "SUPPLIER", outcome: "QUOTATION_SENT" },
    ],
  });
  // M2: the supplier never came, nobody reported.
  await meeting(sessions.textile, orgs.s2, orgs.b2, "2026-06-01T03:00:00Z", { supplierNoShow: true });
  // M3 01:00 Shanghai on 2 June (17:00 UTC on 1 June): the supplier's RUB estimate (the buyer gave none).
  await meeting(sessions.textile, orgs.s1, orgs.b2, "2026-06-01T17:00:00Z", {
    interpreterId,
    reports: [
      { side: "SUPPLIER", outcome: "ORDER_INTENT", value: 900_000n, currency: "RUB" },
      { side: "BUYER", outcome: "FOLLOW_UP" },
    ],
  });
  // M4: cancelled.
  await meeting(sessions.textile, orgs.s3, orgs.b1, "2026-06-02T02:00:00Z", { status: "CANCELLED" });
  // M5: the buyer was marked a no-show but reported: held and a no-show.
  await meeting(sessions.textile, orgs.s1, orgs.b3, "2026-06-02T03:00:00Z", {
    buyerNoShow: true,
    reports: [{ side: "BUYER", outcome: "SAMPLE_REQUESTED" }],
  });
  // M6 (toys): a USD order intent; M7 still ahead at `now`.
  await meeting(sessions.toys, orgs.s2, orgs.b1, "2026-06-03T02:00:00Z", {
    reports: [
      { side: "BUYER", outcome: "ORDER_INTENT", value: 500_000n, currency: "USD" },
      { side: "SUPPLIER", outcome: "NO_INTEREST" },
    ],
  });
  await meeting(sessions.toys, orgs.s2, orgs.b1, "2026-06-03T04:00:00Z");
  // The 2025 edition: one held meeting with a USD order intent, one cancelled.
  await meeting(sessions.previousTextile, orgs.s1, orgs.b1, "2025-06-01T02:00:00Z", {
    reports: [{ side: "BUYER", outcome: "ORDER_INTENT", value: 2_000_000n, currency: "USD" }],
  });
  await meeting(sessions.previousTextile, orgs.s1, orgs.b2, "2025-06-01T03:00:00Z", { status: "CANCELLED" });
});

const keyed = <T extends { key: string | null }>(rows: T[], pick: (row: T) => number) =>
  Object.fromEntries(rows.map((row) => [row.key ?? "none", pick(row)]));

describe("the fair report", () => {
  it("counts the whole fair, its funnel and its values", async () => {
    const report = await loadFairReport(organizer, fairId, filters(), { now });
    const { meetings, requests, suppliers, buyers } = report.headline;
    expect(meetings).toMatchObject({
      booked: 7,
      cancelled: 1,
      held: 4,
      noShows: 2,
      interpreterHours: 0.67,
      reported: 4,
      followUp: 4,
      sampleRequested: 4,
      quotationSent: 3,
      orderIntent: 3,
      // 1,000 CNY at 7.20 = $138.89; 9,000 RUB at 90 = $100; $5,000
      valueConverted: 13_889n + 10_000n + 500_000n,
      unconverted: 0,
    });
    expect(requests).toMatchObject({ sent: 4, accepted: 2, declined: 1, pending: 1, acceptanceRate: 0.5 });
    expect(suppliers).toEqual({ registered: 4, approved: 3, pending: 1, rejected: 0 });
    expect(buyers).toEqual({ registered: 3, approved: 2, pending: 0, rejected: 1 });
    expect(report.valueByCurrency.map((v) => [v.currency, v.minor, v.converted])).toEqual([
      ["CNY", 100_000n, 13_889n],
      ["RUB", 900_000n, 10_000n],
      ["USD", 500_000n, 500_000n],
    ]);
  });

  it("breaks the meetings down by category, place and day in the fair's zone", async () => {
    const { breakdowns, perSession } = await loadFairReport(organizer, fairId, filters(), { now });
    expect(keyed(breakdowns.category, (r) => r.booked)).toEqual({ [cats.fabrics]: 3, [cats.toys]: 3, none: 1 });
    expect(keyed(breakdowns.cnCity, (r) => r.booked)).toEqual({ ningbo: 6, jinhua: 1 });
    expect(keyed(breakdowns.ruDistrict, (r) => r.booked)).toEqual({ central: 4, volga: 2, none: 1 });
    expect(keyed(breakdowns.ruRegion, (r) => r.booked)).toEqual({ moscow: 4, tatarstan: 2, none: 1 });
    expect(keyed(breakdowns.day, (r) => r.booked)).toEqual({ "2026-06-01": 2, "2026-06-02": 3, "2026-06-03": 2 });
    expect(breakdowns.day.map((r) => r.key)).toEqual(["2026-06-01", "2026-06-02", "2026-06-03"]);
    expect(keyed(breakdowns.category, (r) => Number(r.valueConverted))).toMatchObject({
      [cats.fabrics]: 23_889,
      [cats.toys]: 500_000,
    });
    const textile = perSession(sessions.textile);
    expect(textile.meetings.booked).toBe(5);
    expect(textile.requests).toMatchObject({ sent: 3, accepted: 1 });
    expect(textile.suppliers.registered).toBe(3);
    expect(perSession(sessions.toys).meetings.booked).toBe(2);
  });

  it("applies the filters: a parent category, a place, a day range, a session, a currency", async () => {
    const load = (raw: Record<string, string>) => loadFairReport(organizer, fairId, filters(raw), { now });
    expect((await load({ category: cats.textiles })).headline.meetings.booked).toBe(3);
    const toys = await load({ category: cats.toys });
    expect(toys.headline.meetings.booked).toBe(3);
    expect(toys.headline.requests.sent).toBe(1);
    expect((await load({ region: "fd:volga" })).headline.meetings.booked).toBe(2);
    const ningbo = await load({ region: "cn:ningbo" });
    expect(ningbo.headline.meetings.booked).toBe(6);
    expect(ningbo.headline.suppliers.registered).toBe(3); // Supplier Three (Yiwu) is left out
    expect(ningbo.headline.buyers.registered).toBe(3); // buyers are not narrowed by a Zhejiang city
    expect((await load({ from: "2026-06-02", to: "2026-06-02" })).headline.meetings.booked).toBe(3);
    expect((await load({ session: sessions.toys })).headline.meetings.booked).toBe(2);
    const inCny = await load({ currency: "CNY" });
    // $5,000 at 7.20 = ¥36,000; 9,000 RUB = $100 = ¥720; ¥1,000 stays.
    expect(inCny.headline.meetings.valueConverted).toBe(100_000n + 72_000n + 3_600_000n);
  });

  it("compares with the previous edition, also per session (by its slug)", async () => {
    const whole = await loadFairReport(organizer, fairId, filters(), { now });
    expect(whole.previous?.edition.nameEn).toBe("Fair 2025");
    expect(whole.previous?.headline.meetings).toMatchObject({ booked: 2, cancelled: 1, held: 1, orderIntent: 1 });
    expect(whole.previous?.headline.meetings.valueConverted).toBe(2_000_000n);
    const textile = await loadFairReport(organizer, fairId, filters({ session: sessions.textile }), { now });
    expect(textile.previous?.headline.meetings.booked).toBe(2);
    const toys = await loadFairReport(organizer, fairId, filters({ session: sessions.toys }), { now });
    expect(toys.previous).toBeNull();
  });

  it("is only for the organizer hosting the fair", async () => {
    await expectAppError(loadFairReport(await createOrganizerActor(), fairId, filters(), { now }), "NOT_FOUND");
    await expectAppError(loadFairReport(users.s1, fairId, filters(), { now }), "FORBIDDEN");
    await expectAppError(
      loadFairReport(organizer, fairId, filters({ session: sessions.previousTextile }), { now }),
      "VALIDATION",
    );
  });

  it("refuses filters it cannot read", () => {
    for (const raw of [
      { region: "cn:moscow" },
      { from: "2026-13-01" },
      { from: "2026-06-03", to: "2026-06-01" },
      { currency: "EUR" },
      { session: "a\u0000b" },
    ]) {
      expect(reportFiltersSchema.safeParse(raw).success, JSON.stringify(raw)).toBe(false);
    }
  });
});

async function drain(stream: ReadableStream<Uint8Array>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

describe("the exports", () => {
  it("streams the meeting list as CSV in the viewer's language, safe against formulas", async () => {
    await db.organization.update({ where: { id: orgs.b3 }, data: { nameRu: "=HYPERLINK(1)" } });
    const csv = await drain(
      await meetingListStream(organizer, fairId, filters(), { format: "csv", locale: "ru", now, pageSize: 2 }),
    );
    const text = csv.toString("utf8").replace(/^\uFEFF/, "");
    const rows: string[][] = parse(text, { delimiter: ";" });
    expect(rows[0][0]).toBe("Начало");
    expect(rows).toHaveLength(1 + 7);
    expect(rows.flat()).toContain("'=HYPERLINK(1)");
    expect(rows.flat().some((cell) => cell.startsWith("="))).toBe(false);
  });

  it("streams the meeting list as XLSX with figures matching the report", async () => {
    const xlsx = await drain(
      await meetingListStream(organizer, fairId, filters({ category: cats.toys }), {
        format: "xlsx",
        locale: "en",
        now,
        pageSize: 2,
      }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet.getRow(1).getCell(1).value).toBe("Start");
    expect(sheet.rowCount).toBe(1 + 3);
  });

  it("exports the report's tables", async () => {
    const csv = await drain(await reportFileStream(organizer, fairId, filters(), { format: "csv", locale: "en", now }));
    const rows: string[][] = parse(csv.toString("utf8").replace(/^\uFEFF/, ""));
    const booked = rows.find((r) => r[0] === "Summary" && r[1] === "Meetings booked");
    expect(booked?.[3]).toBe("7");
    const xlsx = await drain(
      await reportFileStream(organizer, fairId, filters(), { format: "xlsx", locale: "zh", now }),
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    expect(workbook.worksheets.length).toBeGreaterThan(3);
  });
});

describe("participants' own reports", () => {
  it("shows a buyer its meetings, its own outcomes, and of the counterpart only that it reported", async () => {
    const report = await loadParticipantReport(users.b1, fairId, { now });
    expect(report.meetings).toHaveLength(4);
    const m1 = report.meetings.find((m) => m.startsAt.toISOString() === "2026-06-01T02:00:00.000Z")!;
    expect(m1.own).toMatchObject({ outcome: "ORDER_INTENT", estimatedValueMinor: 100_000n, currency: "CNY" });
    expect(m1.otherReported).toBe(true);
    expect(m1).not.toHaveProperty("other");
    expect(report.totals).toMatchObject({ booked: 4, cancelled: 1, held: 2 });
  });

  it("shows a supplier its own fair and no one else's", async () => {
    const report = await loadParticipantReport(users.s1, fairId, { now });
    expect(report.meetings).toHaveLength(3);
    expect(report.meetings.every((m) => m.counterpart.id !== orgs.s2)).toBe(true);
    const b2 = await loadParticipantReport(users.b2, fairId, { now });
    expect(b2.meetings).toHaveLength(2);
    await expectAppError(loadParticipantReport(organizer, fairId, { now }), "FORBIDDEN");
  });
});

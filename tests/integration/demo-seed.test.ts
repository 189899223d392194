import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { verifyPassword } from "@/lib/auth/password";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { getPublishedSession } from "@/lib/fairs/queries";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { recommendSuppliers } from "@/lib/matching/recommend-suppliers";
import { seedDemoFair } from "@/prisma/seed";
import { registrationsOpenedAt } from "@/prisma/seed/demo-fair";
import { firstSessionDay } from "@/prisma/seed/upcoming-edition";
import { actorFor } from "../factories/actors";
import { createFairWithSession } from "../factories/fairs";
import { createApprovedBuyer, createApprovedSupplier } from "../factories/organizations";

const fairSlug = "zhejiang-export-russia-2022";

// The demo content, written out here so an accidental edit of the seed shows up.
const expectedSessions = [
  {
    slug: "fabric-accessories",
    titleEn: "Fabric and Accessories",
    titleZh: "纺织面辅料专场",
    titleRu: "Ткани и фурнитура",
  },
  {
    slug: "safety-fire-protection",
    titleEn: "Safety and Fire Protection",
    titleZh: "安防消防专场",
    titleRu: "Безопасность и пожарная защита",
  },
  {
    slug: "toys-children",
    titleEn: "Toys and Children's Products",
    titleZh: "玩具及婴童用品专场",
    titleRu: "Игрушки и детские товары",
  },
  { slug: "down-jacket", titleEn: "Down Jackets", titleZh: "羽绒服专场", titleRu: "Пуховики" },
  {
    slug: "pharma-medical",
    titleEn: "Pharmaceutical and Medical",
    titleZh: "医药医疗专场",
    titleRu: "Фармацевтика и медицина",
  },
];

/** Where each buyer's city keeps its clocks (IANA), independent of lib/geo. */
const buyerZones: Record<string, string> = {
  Moscow: "Europe/Moscow",
  "Saint Petersburg": "Europe/Moscow",
  Kazan: "Europe/Moscow",
  "Nizhny Novgorod": "Europe/Moscow",
  Kaliningrad: "Europe/Kaliningrad",
  Samara: "Europe/Samara",
  Yekaterinburg: "Asia/Yekaterinburg",
  Omsk: "Asia/Omsk",
  Novosibirsk: "Asia/Novosibirsk",
  Krasnoyarsk: "Asia/Krasnoyarsk",
  Irkutsk: "Asia/Irkutsk",
  Khabarovsk: "Asia/Vladivostok",
  Vladivostok: "Asia/Vladivostok",
};

/** Row counts of every table the seed writes. */
async function tableCounts() {
  const [organizations, users, fairs, sessions, breaks, categories, sessionCategories, registrations, audit] =
    await Promise.all([
      db.organization.count(),
      db.user.count(),
      db.fair.count(),
      db.fairSession.count(),
      db.sessionBreak.count(),
      db.category.count(),
      db.sessionCategory.count(),
      db.sessionRegistration.count(),
      db.auditLog.count(),
    ]);
  return { organizations, users, fairs, sessions, breaks, categories, sessionCategories, registrations, audit };
}

let firstRun: Awaited<ReturnType<typeof seedDemoFair>>;
let seededAt: Date;
beforeAll(async () => {
  seededAt = new Date();
  firstRun = await seedDemoFair({ now: seededAt });
});

describe("seedDemoFair", () => {
  it("creates the published fair of the Zhejiang Department of Commerce", async () => {
    expect(firstRun).toBe("seeded");
    const fair = await db.fair.findUniqueOrThrow({ where: { slug: fairSlug }, include: { hostOrganization: true } });
    expect(fair).toMatchObject({
      nameEn: "2022 Zhejiang Export Online Fair (Russia)",
      nameZh: "2022浙江出口网上交易会（俄罗斯）",
      nameRu: "Онлайн-ярмарка экспорта провинции Чжэцзян 2022 (Россия)",
      status: "PUBLISHED",
      timeZone: "Asia/Shanghai",
      startDate: new Date("2022-06-21T00:00:00Z"),
      endDate: new Date("2022-10-20T00:00:00Z"),
    });
    expect(fair.hostOrganization).toMatchObject({ kind: "ORGANIZER", status: "APPROVED", nameZh: "浙江省商务厅" });
  });

  it("creates exactly five sessions in order, named in three languages, inside the fair's dates", async () => {
    const fair = await db.fair.findUniqueOrThrow({
      where: { slug: fairSlug },
      include: { sessions: { orderBy: { position: "asc" }, include: { breaks: true, categories: true } } },
    });
    expect(fair.sessions.map(({ slug, titleEn, titleZh, titleRu }) => ({ slug, titleEn, titleZh, titleRu }))).toEqual(
      expectedSessions,
    );
    const starts = fair.sessions.map((s) => s.startDate.getTime());
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const session of fair.sessions) {
      expect(session.startDate.getTime()).toBeGreaterThanOrEqual(fair.startDate.getTime());
      expect(session.endDate.getTime()).toBeLessThanOrEqual(fair.endDate.getTime());
      expect(session).toMatchObject({ dailyStartMinute: 10 * 60, dailyEndMinute: 18 * 60, slotMinutes: 20 });
      expect(session.breaks).toEqual([expect.objectContaining({ startMinute: 12 * 60, endMinute: 13 * 60 })]);
      expect(session.categories.length).toBeGreaterThan(0);
    }
  });

  it("signs up 20 Zhejiang suppliers and 15 Russian buyers, each with one contact person", async () => {
    const organizations = await db.organization.findMany({
      where: { kind: { not: "ORGANIZER" } },
      include: { users: true },
    });
    const suppliers = organizations.filter((o) => o.kind === "SUPPLIER");
    const buyers = organizations.filter((o) => o.kind === "BUYER");
    expect(suppliers).toHaveLength(20);
    expect(buyers).toHaveLength(15);
    for (const organization of organizations) {
      expect(organization.users, organization.nameEn ?? "").toEqual([
        expect.objectContaining({ role: organization.kind, timeZone: organization.timeZone }),
      ]);
    }
    for (const supplier of suppliers)
      expect(supplier).toMatchObject({ country: "CN", timeZone: "Asia/Shanghai", nameZh: expect.any(String) });
    for (const buyer of buyers) {
      expect(buyer, buyer.city).toMatchObject({
        country: "RU",
        nameRu: expect.any(String),
        timeZone: buyerZones[buyer.city],
      });
    }
    expect(buyers.find((b) => b.city === "Vladivostok")?.timeZone).toBe("Asia/Vladivostok");
  });

  it("leaves some applications pending and one rejected with a reason", async () => {
    const byStatus = await db.organization.groupBy({
      by: ["kind", "status"],
      where: { kind: { not: "ORGANIZER" } },
      _count: { _all: true },
    });
    const count = (kind: string, status: string) =>
      byStatus.find((row) => row.kind === kind && row.status === status)?._count._all ?? 0;
    expect([count("SUPPLIER", "APPROVED"), count("SUPPLIER", "PENDING"), count("SUPPLIER", "REJECTED")]).toEqual([
      18, 2, 0,
    ]);
    expect([count("BUYER", "APPROVED"), count("BUYER", "PENDING"), count("BUYER", "REJECTED")]).toEqual([13, 1, 1]);
    const rejected = await db.organization.findFirstOrThrow({ where: { status: "REJECTED" } });
    expect(rejected.statusReason).toMatch(/licence/);
  });

  it("creates 2 organizers of the host and 3 interpreters, all able to sign in", async () => {
    const staff = await db.user.findMany({
      where: { role: { in: ["ORGANIZER", "INTERPRETER"] } },
      select: {
        role: true,
        email: true,
        organization: { select: { kind: true } },
        languages: true,
        passwordHash: true,
      },
    });
    expect(staff.filter((u) => u.role === "ORGANIZER").map((u) => u.organization?.kind)).toEqual([
      "ORGANIZER",
      "ORGANIZER",
    ]);
    const interpreters = staff.filter((u) => u.role === "INTERPRETER");
    expect(interpreters).toHaveLength(3);
    for (const interpreter of interpreters) {
      expect(interpreter.organization).toBeNull();
      expect(interpreter.languages).toEqual(expect.arrayContaining(["zh", "ru"]));
    }
    const organizer = staff.find((u) => u.email === "organizer@fairbridge.demo")!;
    expect(await verifyPassword(organizer.passwordHash, "FairBridge2026!")).toBe(true);
  });

  it("registers only approved organizations, and approves all their registrations", async () => {
    const registrations = await db.sessionRegistration.findMany({
      include: { organization: { select: { status: true } } },
    });
    expect(registrations.length).toBeGreaterThan(0);
    for (const registration of registrations)
      expect(registration).toMatchObject({ status: "APPROVED", organization: { status: "APPROVED" } });
  });

  it("does nothing when run again", async () => {
    const before = await tableCounts();
    // At the same instant: the live edition moves only when time has moved on (live-edition-seed.test.ts).
    expect(await seedDemoFair({ now: seededAt })).toBe("already-seeded");
    expect(await tableCounts()).toEqual(before);
  });
});

describe("the upcoming edition", () => {
  const upcomingSlug = "zhejiang-export-russia-upcoming";
  const fabric = () =>
    db.fairSession.findFirstOrThrow({ where: { slug: "fabric-accessories", fair: { slug: upcomingSlug } } });
  const orgOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email } })).organizationId!;

  it("starts on a Monday at least 14 days after seeding, in the fair's zone", () => {
    // Sunday noon UTC is Sunday evening in Hangzhou; 14 days on is a Sunday, so the Monday after.
    expect(firstSessionDay(new Date("2026-11-29T12:00:00Z"))).toBe("2026-12-14");
    // 20:00 UTC on Sunday is already Monday in Hangzhou: exactly 14 days later is a Monday.
    expect(firstSessionDay(new Date("2026-11-29T20:00:00Z"))).toBe("2026-12-14");
    expect(firstSessionDay(new Date("2026-12-01T03:00:00Z"))).toBe("2026-12-21");
  });

  it("is published with the same five sessions and categories as 2022, all ahead of now", async () => {
    const [upcoming, stock] = await Promise.all(
      [upcomingSlug, fairSlug].map((slug) =>
        db.fair.findUniqueOrThrow({
          where: { slug },
          include: {
            sessions: { orderBy: { position: "asc" }, include: { categories: { include: { category: true } } } },
          },
        }),
      ),
    );
    const year = upcoming.startDate.getUTCFullYear();
    expect(upcoming).toMatchObject({
      status: "PUBLISHED",
      timeZone: "Asia/Shanghai",
      nameEn: `Zhejiang Export Online Fair (Russia) ${year}`,
      nameZh: `${year}浙江出口网上交易会（俄罗斯）`,
      nameRu: `Онлайн-ярмарка экспорта провинции Чжэцзян ${year} (Россия)`,
    });
    expect(upcoming.startDate.getUTCDay()).toBe(1);
    expect(upcoming.startDate.getTime()).toBeGreaterThan(seededAt.getTime() + 13 * 86_400_000);
    const shape = (fair: typeof stock) =>
      fair.sessions.map((s) => ({
        slug: s.slug,
        titleEn: s.titleEn,
        titleZh: s.titleZh,
        titleRu: s.titleRu,
        categories: s.categories.map((c) => c.category.slug).sort(),
      }));
    expect(shape(upcoming)).toEqual(shape(stock));
    for (const session of upcoming.sessions) {
      expect(session.startDate.getTime()).toBeGreaterThan(seededAt.getTime());
      expect(session).toMatchObject({ dailyStartMinute: 600, dailyEndMinute: 1080, slotMinutes: 20 });
    }
  });

  it("registers every approved demo company again, approved, plus the Krasnoyarsk buyer in fabric", async () => {
    const registrations = await db.sessionRegistration.findMany({
      include: { session: { select: { slug: true, fair: { select: { slug: true } } } } },
    });
    const key = (r: (typeof registrations)[number]) => `${r.organizationId}/${r.session.slug}`;
    const stock = registrations.filter((r) => r.session.fair.slug === fairSlug).map(key);
    const upcoming = registrations.filter((r) => r.session.fair.slug === upcomingSlug);
    expect(upcoming.every((r) => r.status === "APPROVED")).toBe(true);
    expect(upcoming.map(key).sort()).toEqual(
      [...stock, `${await orgOf("krsk.down@fairbridge.demo")}/fabric-accessories`].sort(),
    );
  });

  it("gives interpreter@ a shift on every day of every session", async () => {
    const interpreter = await db.user.findUniqueOrThrow({ where: { email: "interpreter@fairbridge.demo" } });
    const sessions = await db.fairSession.findMany({
      where: { fair: { slug: upcomingSlug } },
      include: { interpreterShifts: { where: { interpreterId: interpreter.id } } },
    });
    for (const session of sessions) {
      const days = (session.endDate.getTime() - session.startDate.getTime()) / 86_400_000 + 1;
      expect(session.interpreterShifts, session.slug).toHaveLength(days);
    }
  });

  it("leaves the fabric session with pending requests, mutual interest, a proposal and booked meetings", async () => {
    const session = await fabric();
    const [requests, meetings, proposals, reactions] = await Promise.all([
      db.meetingRequest.findMany({ where: { sessionId: session.id }, include: { meeting: true } }),
      db.meeting.findMany({ where: { sessionId: session.id } }),
      db.matchProposal.findMany({ where: { sessionId: session.id } }),
      db.matchReaction.findMany({ where: { requirement: { sessionId: session.id } } }),
    ]);
    const pending = requests.filter((r) => r.status === "PENDING");
    expect(pending).toHaveLength(4);
    for (const request of pending) {
      expect(request.meeting).toBeNull();
      expect(request.expiresAt.getTime()).toBeGreaterThanOrEqual(seededAt.getTime() + 14 * 86_400_000); // two weeks
    }
    expect(requests.filter((r) => r.status === "ACCEPTED")).toHaveLength(3);
    expect(meetings).toHaveLength(3);
    for (const meeting of meetings) {
      expect(meeting.status).toBe("SCHEDULED");
      expect(meeting.startsAt.getTime()).toBeGreaterThan(seededAt.getTime());
    }
    expect(meetings.filter((m) => m.interpreterId)).toHaveLength(2);
    const mutual = reactions.filter(
      (r) =>
        r.side === "BUYER" &&
        r.kind === "INTERESTED" &&
        reactions.some(
          (s) =>
            s.side === "SUPPLIER" &&
            s.kind === "INTERESTED" &&
            s.requirementId === r.requirementId &&
            s.supplierOrgId === r.supplierOrgId,
        ),
    );
    expect(mutual).toHaveLength(3);
    expect(proposals).toEqual([expect.objectContaining({ priorityAdjustment: 1, withdrawnAt: null })]);
    // The pairs the booking journeys of e2e/meetings.spec.ts start from are untouched.
    const huafang = await orgOf("supplier@fairbridge.demo");
    for (const buyer of ["buyer@fairbridge.demo", "spb.fabric@fairbridge.demo"]) {
      const pair = [huafang, await orgOf(buyer)];
      expect(requests.filter((r) => pair.includes(r.fromOrganizationId) && pair.includes(r.toOrganizationId))).toEqual(
        [],
      );
    }
  });

  it("recommends suppliers for the requirements pinned to the upcoming fabric session", async () => {
    const session = await fabric();
    const buyer = await db.user.findUniqueOrThrow({ where: { email: "buyer@fairbridge.demo" } });
    const chiffon = await db.purchasingRequirement.findFirstOrThrow({
      where: { organizationId: buyer.organizationId!, sessionId: session.id, textEn: { contains: "chiffon" } },
    });
    const { session: matchedIn, recommendations } = await recommendSuppliers(await actorFor(buyer.id), chiffon.id);
    expect(matchedIn?.id).toBe(session.id);
    expect(recommendations[0]?.supplier.nameEn).toBe("Shaoxing Keqiao Huafang Textile Co., Ltd.");
    expect(await db.matchScore.count({ where: { sessionId: session.id, requirementId: chiffon.id } })).toBeGreaterThan(
      0,
    );
  });
});

describe("getPublishedSession", () => {
  const participantNames = async () => {
    const session = await getPublishedSession(fairSlug, "fabric-accessories");
    return {
      suppliers: session!.suppliers.listed.map((o) => o.nameEn).sort(),
      buyers: session!.buyers.listed.map((o) => o.nameEn).sort(),
    };
  };

  it("lists the session's approved suppliers and buyers", async () => {
    const session = await getPublishedSession(fairSlug, "fabric-accessories");
    expect(session).toMatchObject({ titleEn: "Fabric and Accessories", fair: { slug: fairSlug } });
    expect(await participantNames()).toEqual({
      suppliers: [
        "Shaoxing Keqiao Huafang Textile Co., Ltd.",
        "Shaoxing Lanhua Printing & Dyeing Co., Ltd.",
        "Wenzhou Tongda Zipper Co., Ltd.",
        "Yiwu Jinkou Garment Accessories Co., Ltd.",
      ],
      buyers: ["Nevskaya Manufaktura LLC", "Primorye Apparel LLC", "TextileImport LLC"],
    });
  });

  it("hides pending, rejected and withdrawn registrations and organizations that are not APPROVED", async () => {
    const organizer = await actorFor(
      (await db.user.findUniqueOrThrow({ where: { email: "organizer@fairbridge.demo" } })).id,
    );
    const session = await db.fairSession.findFirstOrThrow({
      where: { slug: "fabric-accessories", fair: { slug: fairSlug } },
    });
    const before = await participantNames();
    // The 2022 session ended long ago: these registrations are recorded as of 2022.
    const history = { now: registrationsOpenedAt };

    // An approved buyer whose registration still waits for the organizer.
    const waiting = await createApprovedBuyer(organizer);
    expect(await registerForSession(waiting.actor, session.id, history)).toMatchObject({ status: "PENDING" });
    // An approved supplier the organizer turned down, and one who withdrew.
    const turnedDown = await createApprovedSupplier(organizer);
    await decideRegistration(organizer, (await registerForSession(turnedDown.actor, session.id, history)).id, "reject");
    const withdrawn = await createApprovedSupplier(organizer);
    await db.sessionRegistration.update({
      where: { id: (await registerForSession(withdrawn.actor, session.id, history)).id },
      data: { status: "WITHDRAWN" },
    });
    // An approved registration of an organization that is still pending (written directly: the app would refuse it).
    const pending = await db.organization.findFirstOrThrow({ where: { status: "PENDING", kind: "SUPPLIER" } });
    await db.sessionRegistration.create({
      data: { sessionId: session.id, organizationId: pending.id, status: "APPROVED", createdAt: history.now },
    });
    // A participant suspended after being approved.
    const zipper = await db.organization.findFirstOrThrow({ where: { nameEn: "Wenzhou Tongda Zipper Co., Ltd." } });
    await reviewOrganization(organizer, {
      organizationId: zipper.id,
      decision: "suspend",
      reason: "Counterfeit certificates",
    });

    expect(await participantNames()).toEqual({
      suppliers: before.suppliers.filter((name) => name !== "Wenzhou Tongda Zipper Co., Ltd."),
      buyers: before.buyers,
    });
  });

  it("returns null for unknown sessions and for sessions of unpublished fairs", async () => {
    const organizer = await actorFor(
      (await db.user.findUniqueOrThrow({ where: { email: "organizer@fairbridge.demo" } })).id,
    );
    const { fair, session } = await createFairWithSession(organizer, { publish: false });
    expect(await getPublishedSession(fair.slug, session.slug)).toBeNull();
    expect(await getPublishedSession(fairSlug, "no-such-session")).toBeNull();
    expect(await getPublishedSession("no-such-fair", "fabric-accessories")).toBeNull();
  });
});

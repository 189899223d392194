import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import type { Role } from "@/lib/generated/prisma/enums";
import { listAuditEntries } from "@/lib/audit/list-audit-entries";
import { createCategory } from "@/lib/fairs/create-category";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { countOrganizationsByStatus, listOrganizationsForReview } from "@/lib/organizations/list-organizations";
import { reviewOrganization } from "@/lib/organizations/review-organization";
import { createInterpreter, listInterpreters } from "@/lib/users/create-interpreter";
import { updateOwnProfile } from "@/lib/users/update-profile";
import { expectAppError } from "../factories/errors";
import { beforeTheFair, createFairWithSession } from "../factories/fairs";
import {
  createApprovedBuyer,
  createApprovedSupplier,
  createOrganizationWithStatus,
  createPendingOrganization,
} from "../factories/organizations";
import { uniqueEmail, uniqueSuffix } from "../factories/unique";
import { createInterpreterActor, createOrganizerActor, testPassword } from "../factories/users";

const roles: Role[] = ["ORGANIZER", "SUPPLIER", "BUYER", "INTERPRETER"];
let as: Record<Role, Actor>;
let otherHostOrganizer: Actor;
let hosted: Awaited<ReturnType<typeof createFairWithSession>>;

beforeAll(async () => {
  const organizer = await createOrganizerActor();
  const [supplier, buyer, interpreter] = await Promise.all([
    createApprovedSupplier(organizer),
    createApprovedBuyer(organizer),
    createInterpreterActor(organizer),
  ]);
  as = { ORGANIZER: organizer, SUPPLIER: supplier.actor, BUYER: buyer.actor, INTERPRETER: interpreter };
  otherHostOrganizer = await createOrganizerActor();
  hosted = await createFairWithSession(organizer);
});

/** Everything a refused call might have written, so "refused" can mean "wrote nothing". */
async function databaseSnapshot() {
  const [audit, fairs, sessions, categories, users, registrations, organizations] = await Promise.all([
    db.auditLog.count(),
    db.fair.count(),
    db.fairSession.count(),
    db.category.count(),
    db.user.findMany({ orderBy: { id: "asc" } }),
    db.sessionRegistration.findMany({ orderBy: { id: "asc" } }),
    db.organization.findMany({ orderBy: { id: "asc" }, select: { id: true, status: true, statusReason: true } }),
  ]);
  return { audit, fairs, sessions, categories, users, registrations, organizations };
}

/** A fresh PENDING registration of a new approved buyer for the hosted session. */
async function pendingRegistration() {
  const buyer = await createApprovedBuyer(as.ORGANIZER);
  return (await registerForSession(buyer.actor, hosted.session.id, { now: beforeTheFair })).id;
}

type Case = {
  name: string;
  allowed: Role[];
  /** Whether an allowed call must leave a trace in the database. */
  writes: boolean;
  /** Builds what the call needs (outside the snapshot) and returns the call itself. */
  prepare: () => Promise<(actor: Actor) => Promise<unknown>>;
};
const call = (run: (actor: Actor) => Promise<unknown>) => async () => run;

const cases: Case[] = [
  {
    name: "reviewOrganization",
    writes: true,
    allowed: ["ORGANIZER"],
    prepare: async () => {
      const { organization } = await createPendingOrganization("SUPPLIER");
      return (actor) => reviewOrganization(actor, { organizationId: organization.id, decision: "approve", reason: "" });
    },
  },
  {
    name: "listOrganizationsForReview",
    writes: false,
    allowed: ["ORGANIZER"],
    prepare: call((actor) => listOrganizationsForReview(actor, {})),
  },
  {
    name: "countOrganizationsByStatus",
    writes: false,
    allowed: ["ORGANIZER"],
    prepare: call((actor) => countOrganizationsByStatus(actor)),
  },
  {
    name: "listAuditEntries",
    writes: false,
    allowed: ["ORGANIZER"],
    prepare: call((actor) => listAuditEntries(actor)),
  },
  {
    name: "createInterpreter",
    writes: true,
    allowed: ["ORGANIZER"],
    prepare: call((actor) =>
      createInterpreter(actor, {
        name: "New Interpreter",
        email: uniqueEmail("interp"),
        password: testPassword,
        languages: ["zh", "ru"],
        locale: "zh",
        timeZone: "Asia/Shanghai",
      }),
    ),
  },
  {
    name: "listInterpreters",
    writes: false,
    allowed: ["ORGANIZER"],
    prepare: call((actor) => listInterpreters(actor)),
  },
  {
    name: "createFair",
    writes: true,
    allowed: ["ORGANIZER"],
    prepare: call((actor) =>
      createFair(actor, {
        slug: `fair-${uniqueSuffix()}`,
        nameEn: "Fair",
        nameZh: "交易会",
        nameRu: "Ярмарка",
        timeZone: "Asia/Shanghai",
        startDate: "2026-09-01",
        endDate: "2026-09-02",
      }),
    ),
  },
  {
    name: "createFairSession",
    writes: true,
    allowed: ["ORGANIZER"],
    prepare: call((actor) =>
      createFairSession(actor, {
        fairId: hosted.fair.id,
        slug: `session-${uniqueSuffix()}`,
        titleEn: "Toys",
        titleZh: "玩具",
        titleRu: "Игрушки",
        startDate: "2026-06-02",
        endDate: "2026-06-02",
        dailyStart: "09:00",
        dailyEnd: "17:00",
      }),
    ),
  },
  {
    name: "createCategory",
    writes: true,
    allowed: ["ORGANIZER"],
    prepare: call((actor) =>
      createCategory(actor, { slug: `category-${uniqueSuffix()}`, nameEn: "Toys", nameZh: "玩具", nameRu: "Игрушки" }),
    ),
  },
  {
    name: "registerForSession",
    writes: true,
    allowed: ["SUPPLIER", "BUYER"],
    prepare: async () => {
      const { session } = await createFairWithSession(as.ORGANIZER);
      return (actor) => registerForSession(actor, session.id, { now: beforeTheFair });
    },
  },
  {
    name: "decideRegistration",
    writes: true,
    allowed: ["ORGANIZER"],
    prepare: async () => {
      const registrationId = await pendingRegistration();
      return (actor) => decideRegistration(actor, registrationId, "approve");
    },
  },
  {
    name: "updateOwnProfile",
    writes: true,
    allowed: roles,
    prepare: call((actor) =>
      updateOwnProfile(actor, { name: `Renamed ${uniqueSuffix()}`, locale: "en", timeZone: "Europe/Moscow" }),
    ),
  },
];

describe.each(cases)("$name", ({ allowed, writes, prepare }) => {
  it.each(roles)("as %s", async (role) => {
    const run = await prepare();
    const before = await databaseSnapshot();
    if (allowed.includes(role)) {
      await expect(run(as[role])).resolves.toBeDefined();
      if (writes) expect(await databaseSnapshot()).not.toEqual(before);
    } else {
      await expectAppError(run(as[role]), "FORBIDDEN", "forbidden");
      expect(await databaseSnapshot()).toEqual(before);
    }
  });
});

describe("registerForSession needs an APPROVED organization", () => {
  const kinds = ["SUPPLIER", "BUYER"] as const;
  const statuses = ["PENDING", "REJECTED", "SUSPENDED"] as const;

  it.each(kinds.flatMap((kind) => statuses.map((status) => ({ kind, status }))))(
    "a $status $kind is refused and nothing is written",
    async ({ kind, status }) => {
      const { actor } = await createOrganizationWithStatus(kind, status, as.ORGANIZER);
      const before = await databaseSnapshot();
      await expectAppError(registerForSession(actor, hosted.session.id), "FORBIDDEN", `organization${status}`);
      expect(await databaseSnapshot()).toEqual(before);
    },
  );

  it("sessions of unpublished fairs cannot be joined", async () => {
    const { session } = await createFairWithSession(as.ORGANIZER, { publish: false });
    await expectAppError(registerForSession(as.SUPPLIER, session.id), "NOT_FOUND", "sessionNotFound");
    await expectAppError(registerForSession(as.SUPPLIER, "no-such-session"), "NOT_FOUND", "sessionNotFound");
    expect(await db.sessionRegistration.count({ where: { sessionId: session.id } })).toBe(0);
  });
});

describe("an organizer of another host organization", () => {
  it("cannot add sessions to this host's fair", async () => {
    const before = await databaseSnapshot();
    const run = await cases.find((c) => c.name === "createFairSession")!.prepare();
    await expectAppError(run(otherHostOrganizer), "NOT_FOUND", "fairNotFound");
    expect(await databaseSnapshot()).toEqual(before);
  });

  it.each(["approve", "reject"] as const)("cannot %s this host's registrations", async (decision) => {
    const registrationId = await pendingRegistration();
    const before = await databaseSnapshot();
    await expectAppError(
      decideRegistration(otherHostOrganizer, registrationId, decision, "not mine"),
      "NOT_FOUND",
      "registrationNotFound",
    );
    expect(await databaseSnapshot()).toEqual(before);
    expect(await db.sessionRegistration.findUniqueOrThrow({ where: { id: registrationId } })).toMatchObject({
      status: "PENDING",
      decidedById: null,
    });
  });

  it("while this host's organizer can, and is recorded as the decider", async () => {
    const registrationId = await pendingRegistration();
    await decideRegistration(as.ORGANIZER, registrationId, "reject", "Outside the session's categories");
    expect(await db.sessionRegistration.findUniqueOrThrow({ where: { id: registrationId } })).toMatchObject({
      status: "REJECTED",
      decidedById: as.ORGANIZER.id,
    });
    expect(await db.auditLog.findMany({ where: { entityId: registrationId, action: "registration.reject" } })).toEqual([
      expect.objectContaining({ actorId: as.ORGANIZER.id, reason: "Outside the session's categories" }),
    ]);
  });
});

describe("updateOwnProfile", () => {
  it.each(roles)("as %s changes only the caller's own row, whatever the input claims", async (role) => {
    const actor = as[role];
    const others = await db.user.findMany({ where: { id: { not: actor.id } }, orderBy: { id: "asc" } });
    const own = await db.user.findUniqueOrThrow({ where: { id: actor.id } });
    const victim = as[role === "ORGANIZER" ? "SUPPLIER" : "ORGANIZER"];

    const smuggled = {
      id: victim.id,
      userId: victim.id,
      email: victim.email,
      role: "ORGANIZER",
      organizationId: victim.organizationId,
    };
    const name = `Own name ${uniqueSuffix()}`;
    await updateOwnProfile(actor, { name, locale: "ru", timeZone: "Asia/Vladivostok", ...smuggled } as never);

    expect(await db.user.findMany({ where: { id: { not: actor.id } }, orderBy: { id: "asc" } })).toEqual(others);
    expect(await db.user.findUniqueOrThrow({ where: { id: actor.id } })).toEqual({
      ...own,
      name,
      locale: "ru",
      timeZone: "Asia/Vladivostok",
      updatedAt: expect.any(Date),
    });
  });
});

/**
 * The booking benchmark's data, on an empty migrated database: one published
 * fair whose session starts three days from now (so every slot lies in the
 * future), and helpers for the casts in that session, which never share an
 * organization (booking-race-world.ts, booking-load-world.ts).
 * Organizations, users and registrations are inserted directly (signing up
 * hashes a password with argon2, ~80 ms each, and nobody signs in here); the
 * fair, the session, the tokens and the race's requests go through the domain
 * functions the app uses.
 */
import pg from "pg";

export const benchPassword = "!"; // not an argon2 hash: nobody can sign in with these users

export type Party = { organizationId: string; userId: string };
export type BenchToken = { id: string; token: string; userId: string };

export type BookingSession = { sessionId: string; organizerId: string; day: string };

/** "YYYY-MM-DD" of today (UTC) plus `days`. */
export function dayFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Organizations of one kind with one user each, registered (APPROVED) for the session. */
export async function insertParties(
  client: pg.Client,
  options: {
    prefix: string;
    count: number;
    kind: "SUPPLIER" | "BUYER";
    timeZone: string;
    city: string;
    country: string;
    sessionId?: string;
    /** Extra users of the first organization (e.g. the race supplier's integrations). */
    extraUsersOfFirst?: number;
  },
): Promise<Party[]> {
  const { prefix, count, kind, timeZone, city, country, sessionId } = options;
  const ids = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(4, "0")}`);
  await client.query(
    `INSERT INTO "Organization" (id, kind, status, "statusChangedAt", "nameEn", city, country, "timeZone", "updatedAt")
     SELECT id, $2::"OrganizationKind", 'APPROVED', now(), 'Bench ' || id, $3, $4, $5, now() FROM unnest($1::text[]) AS id`,
    [ids, kind, city, country, timeZone],
  );
  const users = ids.map((id) => ({ id: `${id}-u0`, org: id }));
  for (let extra = 1; extra <= (options.extraUsersOfFirst ?? 0); extra++) {
    users.push({ id: `${ids[0]}-u${extra}`, org: ids[0] });
  }
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "organizationId", "timeZone", "updatedAt")
     SELECT u.id, u.id || '@bench.fairbridge.test', $3, 'Bench ' || u.id, $4::"Role", u.org, $5, now()
     FROM unnest($1::text[], $2::text[]) AS u(id, org)`,
    [users.map((u) => u.id), users.map((u) => u.org), benchPassword, kind, timeZone],
  );
  if (sessionId) {
    await client.query(
      `INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt")
       SELECT 'reg-' || id, $2, id, 'APPROVED', now() FROM unnest($1::text[]) AS id`,
      [ids, sessionId],
    );
  }
  return ids.map((id) => ({ organizationId: id, userId: `${id}-u0` }));
}

/**
 * The organizer, and through the domain functions a published fair with one
 * session: three days from `day`, 09:00-18:00 in Hangzhou (Asia/Shanghai), 20-minute slots.
 */
export async function createBookingSession(client: pg.Client): Promise<BookingSession> {
  await client.query(
    `INSERT INTO "Organization" (id, kind, status, "nameEn", city, country, "timeZone", "updatedAt")
     VALUES ('bk-organizer', 'ORGANIZER', 'APPROVED', 'Bench organizer', 'Hangzhou', 'CN', 'Asia/Shanghai', now())`,
  );
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "organizationId", "timeZone", "updatedAt")
     VALUES ('bk-organizer-u0', 'organizer@bench.fairbridge.test', $1, 'Bench organizer', 'ORGANIZER', 'bk-organizer', 'Asia/Shanghai', now())`,
    [benchPassword],
  );
  const { loadActor } = await import("../../lib/auth/actor");
  const { createFair } = await import("../../lib/fairs/create-fair");
  const { createFairSession } = await import("../../lib/fairs/create-session");
  const organizer = (await loadActor("bk-organizer-u0"))!;
  const day = dayFromNow(3);
  const last = dayFromNow(5);
  const fair = await createFair(organizer, {
    slug: "booking-bench",
    nameEn: "Booking bench fair",
    nameZh: "预约基准交易会",
    nameRu: "Ярмарка для замера бронирования",
    timeZone: "Asia/Shanghai",
    startDate: day,
    endDate: last,
    publish: true,
  });
  const session = await createFairSession(organizer, {
    fairId: fair.id,
    slug: "booking",
    titleEn: "Booking",
    titleZh: "预约",
    titleRu: "Бронирование",
    startDate: day,
    endDate: last,
    dailyStart: "09:00",
    dailyEnd: "18:00",
    registrationNeedsApproval: false,
  });
  return { sessionId: session.id, organizerId: organizer.id, day };
}

/** `perUser` tokens for each user, created with the app's createApiToken (hashed, audited). */
export async function createTokens(userIds: string[], perUser: number): Promise<BenchToken[]> {
  const { loadActor } = await import("../../lib/auth/actor");
  const { createApiToken } = await import("../../lib/api-tokens/create-api-token");
  const tokens: BenchToken[] = [];
  for (const userId of userIds) {
    const actor = (await loadActor(userId))!;
    for (let i = 0; i < perUser; i++) {
      const created = await createApiToken(actor, { name: `bench ${i}` });
      tokens.push({ id: created.id, token: created.token, userId });
    }
  }
  return tokens;
}

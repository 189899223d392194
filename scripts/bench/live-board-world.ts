/**
 * The live-board benchmark's data, written straight into an empty migrated database:
 * a published fair whose one session is live now (yesterday to tomorrow in Hangzhou,
 * the whole day, 15-minute slots), 100 suppliers and 100 buyers registered for it,
 * 12 interpreters on shift all day, 50 organizers of the host, and 300 meetings in the
 * day placed in the 36 slots around now (9 or 8 per slot), with the past ones' room
 * visits (one buyer in ten never came). Nobody signs in with a password here: the
 * benchmark mints session cookies.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { calendarDay } from "../../lib/time/format-window";
import { benchPassword, insertParties, type Party } from "./booking-world";

export const LIVE_SESSION_ID = "lb-session";
const SLOT_MS = 15 * 60_000;
const FAIR_ZONE = "Asia/Shanghai";

export type OpenMeeting = { id: string; buyer: Party };

export type LiveBoardWorld = {
  sessionId: string;
  organizerIds: string[];
  meetings: number;
  /** Meetings whose room is open now and for the next 12 minutes (where the run's joins and leaves happen). */
  openMeetings: OpenMeeting[];
};

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export async function createLiveBoardWorld(
  client: pg.Client,
  { meetings = 300, organizers = 50, now = new Date() } = {},
): Promise<LiveBoardWorld> {
  await client.query(
    `INSERT INTO "Organization" (id, kind, status, "nameEn", city, country, "timeZone", "updatedAt")
     VALUES ('lb-host', 'ORGANIZER', 'APPROVED', 'Bench department of commerce', 'Hangzhou', 'CN', $1, now())`,
    [FAIR_ZONE],
  );
  const organizerIds = Array.from({ length: organizers }, (_, i) => `lb-organizer-${i}`);
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "organizationId", "timeZone", "updatedAt")
     SELECT id, id || '@bench.fairbridge.test', $2, 'Organizer ' || id, 'ORGANIZER', 'lb-host', 'Europe/Moscow', now()
     FROM unnest($1::text[]) AS id`,
    [organizerIds, benchPassword],
  );
  const today = calendarDay(now, FAIR_ZONE);
  await client.query(
    `INSERT INTO "Fair" (id, slug, "nameEn", "nameZh", "nameRu", "hostOrganizationId", "timeZone", status,
       "startDate", "endDate", "updatedAt")
     VALUES ('lb-fair', 'bench-live-fair', 'Bench live fair', '基准实时交易会', 'Ярмарка для замеров', 'lb-host', $1,
       'PUBLISHED', $2, $3, now())`,
    [FAIR_ZONE, addDays(today, -1), addDays(today, 1)],
  );
  await client.query(
    `INSERT INTO "FairSession" (id, "fairId", slug, "titleEn", "titleZh", "titleRu", "startDate", "endDate",
       "dailyStartMinute", "dailyEndMinute", "slotMinutes", "registrationNeedsApproval", "updatedAt")
     VALUES ($1, 'lb-fair', 'live', 'Live session', '实时专场', 'Живая сессия', $2, $3, 0, 1440, 15, false, now())`,
    [LIVE_SESSION_ID, addDays(today, -1), addDays(today, 1)],
  );
  const common = { sessionId: LIVE_SESSION_ID, count: 100 };
  const suppliers = await insertParties(client, {
    ...common,
    prefix: "lb-s",
    kind: "SUPPLIER",
    timeZone: FAIR_ZONE,
    city: "Shaoxing",
    country: "CN",
  });
  const buyers = await insertParties(client, {
    ...common,
    prefix: "lb-b",
    kind: "BUYER",
    timeZone: "Europe/Moscow",
    city: "Moscow",
    country: "RU",
  });
  const interpreters = Array.from({ length: 12 }, (_, i) => `lb-interpreter-${i}`);
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "timeZone", languages, "updatedAt")
     SELECT id, id || '@bench.fairbridge.test', $2, 'Interpreter ' || id, 'INTERPRETER', 'Asia/Shanghai', '{zh,ru}', now()
     FROM unnest($1::text[]) AS id`,
    [interpreters, benchPassword],
  );
  await client.query(
    `INSERT INTO "InterpreterShift" (id, "sessionId", "interpreterId", "startsAt", "endsAt")
     SELECT 'shift-' || id, $2, id, $3, $4 FROM unnest($1::text[]) AS id`,
    [interpreters, LIVE_SESSION_ID, new Date(now.getTime() - 12 * 3_600_000), new Date(now.getTime() + 12 * 3_600_000)],
  );

  // 36 slots around now: 18 before the current one, the current one, 17 after.
  const slots = 36;
  const firstSlot = Math.floor(now.getTime() / SLOT_MS) * SLOT_MS - 18 * SLOT_MS;
  const rows: unknown[][] = [];
  const visits: unknown[][] = [];
  const openMeetings: OpenMeeting[] = [];
  let placed = 0;
  for (let k = 0; k < slots && placed < meetings; k++) {
    const perSlot = Math.ceil((meetings - placed) / (slots - k));
    const startsAt = new Date(firstSlot + k * SLOT_MS);
    const endsAt = new Date(startsAt.getTime() + SLOT_MS);
    for (let j = 0; j < perSlot; j++, placed++) {
      const id = `lb-m${String(placed).padStart(4, "0")}`;
      const supplier = suppliers[(k * 9 + j) % suppliers.length];
      const buyer = buyers[(k * 13 + j) % buyers.length];
      const interpreter = j < 6 ? interpreters[(j + k) % interpreters.length] : null;
      rows.push([id, supplier.organizationId, buyer.organizationId, interpreter, startsAt, endsAt]);
      const opensAt = startsAt.getTime() - 10 * 60_000;
      const closesAt = endsAt.getTime() + 15 * 60_000;
      // Rooms that stay open for the whole run (about ten minutes).
      if (opensAt <= now.getTime() && closesAt > now.getTime() + 12 * 60_000) openMeetings.push({ id, buyer });
      if (endsAt <= now) {
        const joined = new Date(startsAt.getTime() - 60_000);
        visits.push([id, supplier.userId, "SUPPLIER", supplier.organizationId, joined, endsAt]);
        if (placed % 10 !== 0) visits.push([id, buyer.userId, "BUYER", buyer.organizationId, joined, endsAt]);
        if (interpreter) visits.push([id, interpreter, "INTERPRETER", null, joined, endsAt]);
      } else if (startsAt <= now) {
        visits.push([id, supplier.userId, "SUPPLIER", supplier.organizationId, startsAt, null]);
        if (interpreter) visits.push([id, interpreter, "INTERPRETER", null, startsAt, null]);
      }
    }
  }
  const column = (rowsOf: unknown[][], index: number) => rowsOf.map((row) => row[index]);
  await client.query(
    `INSERT INTO "Meeting" (id, "sessionId", "supplierOrgId", "buyerOrgId", "interpreterId", "startsAt", "endsAt",
       status, "roomToken", "updatedAt")
     SELECT m.id, $1, m.s, m.b, m.i, m.starts, m.ends, 'SCHEDULED', m.token, now()
     FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::timestamptz[], $7::timestamptz[], $8::text[])
       AS m(id, s, b, i, starts, ends, token)`,
    [
      LIVE_SESSION_ID,
      ...[0, 1, 2, 3, 4, 5].map((index) => column(rows, index)),
      rows.map(() => randomBytes(32).toString("base64url")),
    ],
  );
  await client.query(
    `INSERT INTO "RoomAttendance" (id, "meetingId", "userId", role, "organizationId", "joinedAt", "leftAt")
     SELECT 'lb-v' || n, v.m, v.u, v.r, v.o, v.j, v.l
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::timestamptz[], $6::timestamptz[])
       WITH ORDINALITY AS v(m, u, r, o, j, l, n)`,
    [0, 1, 2, 3, 4, 5].map((index) => column(visits, index)),
  );
  await client.query("VACUUM ANALYZE");
  return { sessionId: LIVE_SESSION_ID, organizerIds, meetings: placed, openMeetings };
}

/**
 * One room join or leave exactly as lib/rooms/join-room.ts and leave-room.ts write it: the
 * visit row and a "hello"/"bye" signal whose NOTIFY (committed with it) wakes the app's
 * LISTEN connection.
 */
export async function toggleBuyerPresence(client: pg.Client, meeting: OpenMeeting, joining: boolean): Promise<void> {
  await client.query("BEGIN");
  try {
    if (joining) {
      await client.query(
        `INSERT INTO "RoomAttendance" (id, "meetingId", "userId", role, "organizationId", "joinedAt")
         VALUES ($1, $2, $3, 'BUYER', $4, now())`,
        [`lb-j${randomBytes(6).toString("hex")}`, meeting.id, meeting.buyer.userId, meeting.buyer.organizationId],
      );
    } else {
      await client.query(
        `UPDATE "RoomAttendance" SET "leftAt" = now() WHERE "meetingId" = $1 AND "userId" = $2 AND "leftAt" IS NULL`,
        [meeting.id, meeting.buyer.userId],
      );
    }
    await client.query(
      `WITH s AS (
         INSERT INTO "RoomSignal" ("meetingId", "fromUserId", "toUserId", kind, payload)
         VALUES ($1, $2, NULL, $3, '{}'::jsonb) RETURNING id, "meetingId", "toUserId", kind)
       SELECT pg_notify('fairbridge_room', json_build_object('id', s.id::text, 'meetingId', s."meetingId",
                        'toUserId', s."toUserId", 'kind', s.kind)::text) FROM s`,
      [meeting.id, meeting.buyer.userId, joining ? "hello" : "bye"],
    );
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

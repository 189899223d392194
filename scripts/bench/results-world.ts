/**
 * The results benchmark's data, written with set-based SQL straight into an empty migrated
 * database: a host with two editions of a fair (this year's and last year's, five sessions
 * each with the same slugs), `organizations` organizations (half suppliers in Zhejiang's cities,
 * half buyers in Russia's), two products per supplier over eight categories, registrations,
 * `meetings` meetings this year (and a fifth as many last year), each from an accepted
 * request, one in ten with an interpreter, 5% cancelled, 5% with a no-show, 60% with outcome
 * reports (order intents in CNY, USD and RUB). Meetings never overlap for a supplier, buyer or
 * interpreter (the database's exclusion constraints hold): meeting i has supplier i mod S in
 * slot i div S, and its buyer is shifted by the slot so every slot pairs each buyer once.
 */
import pg from "pg";

export type ResultsWorld = { fairId: string; previousFairId: string; organizerId: string };

const zhejiang = [
  "Hangzhou",
  "Ningbo",
  "Cixi",
  "Shaoxing",
  "Yiwu",
  "Wenzhou",
  "Pinghu",
  "Jiaxing",
  "Huzhou",
  "Taizhou",
  "Jinhua",
  "Yongkang",
];
const russia = [
  "Moscow",
  "Saint Petersburg",
  "Kazan",
  "Nizhny Novgorod",
  "Kaliningrad",
  "Samara",
  "Yekaterinburg",
  "Novosibirsk",
  "Krasnoyarsk",
  "Vladivostok",
];

async function createEdition(client: pg.Client, id: string, year: number) {
  await client.query(
    `INSERT INTO "Fair" (id, slug, "nameEn", "nameZh", "nameRu", "hostOrganizationId", "timeZone", status,
       "startDate", "endDate", "updatedAt")
     VALUES ($1, $1, 'Bench results fair ' || $2::int, '基准成果交易会 ' || $2::int, 'Ярмарка для замеров ' || $2::int, 'rb-host',
       'Asia/Shanghai', 'PUBLISHED', make_date($2::int, 6, 1), make_date($2::int, 6, 10), now())`,
    [id, year],
  );
  await client.query(
    `INSERT INTO "FairSession" (id, "fairId", slug, "titleEn", "titleZh", "titleRu", "startDate", "endDate",
       "dailyStartMinute", "dailyEndMinute", "updatedAt")
     SELECT $1 || '-s' || s, $1, 'session-' || s, 'Session ' || s, '专场 ' || s, 'Сессия ' || s,
            make_date($2::int, 6, 1 + 2 * s), make_date($2::int, 6, 2 + 2 * s), 0, 1440, now()
       FROM generate_series(0, 4) AS s`,
    [id, year],
  );
  await client.query(
    `INSERT INTO "SessionCategory" ("sessionId", "categoryId")
     SELECT $1 || '-s' || s, 'rb-cat-' || c FROM generate_series(0, 4) AS s, generate_series(0, 7) AS c WHERE c % 5 = s OR c = s + 3`,
    [id],
  );
  await client.query(
    `INSERT INTO "ExchangeRate" (id, "fairId", currency, "perUsdCentMicros", "updatedAt")
     VALUES ($1 || '-cny', $1, 'CNY', 7200000, now()), ($1 || '-rub', $1, 'RUB', 90000000, now())`,
    [id],
  );
}

/**
 * Meetings of one edition: `count` meetings with requests, reports and flags. Requests are
 * stamped a month before the fair (the lifecycle trigger compares their own instant).
 */
async function insertMeetings(client: pg.Client, fairId: string, year: number, count: number, halves: number) {
  const params = [fairId, year, count, halves];
  // Slot k (0..19): session k mod 5, day (k div 5) mod 2 of it, hour 2 + k div 5 (UTC).
  await client.query(
    `INSERT INTO "MeetingRequest" (id, "sessionId", "fromOrganizationId", "toOrganizationId", "requestedById", message,
       status, "expiresAt", "respondedAt", "createdAt")
     SELECT $1 || '-q' || i, $1 || '-s' || ((i / $4::int) % 20 % 5),
            'rb-b' || ((i % $4::int + (i / $4::int) * 7) % $4::int), 'rb-s' || (i % $4::int), 'rb-b' || ((i % $4::int + (i / $4::int) * 7) % $4::int) || '-u',
            '', 'ACCEPTED', make_timestamptz($2::int, 5, 10, 0, 0, 0, 'UTC'), make_timestamptz($2::int, 5, 2, 0, 0, 0, 'UTC'),
            make_timestamptz($2::int, 5, 1, 0, 0, 0, 'UTC')
       FROM generate_series(0, $3::int - 1) AS i`,
    params,
  );
  // A tenth as many requests more that were declined or are still pending.
  await client.query(
    `INSERT INTO "MeetingRequest" (id, "sessionId", "fromOrganizationId", "toOrganizationId", "requestedById", message,
       status, "expiresAt", "createdAt")
     SELECT $1 || '-qx' || i, $1 || '-s' || (i % 5), 'rb-b' || (i % $4::int), 'rb-s' || ((i * 13) % $4::int), 'rb-b' || (i % $4::int) || '-u',
            '', CASE WHEN i % 2 = 1 AND i < $4::int THEN 'PENDING' ELSE 'DECLINED' END::"MeetingRequestStatus",
            make_timestamptz($2::int, 5, 10, 0, 0, 0, 'UTC'), make_timestamptz($2::int, 5, 1, 0, 0, 0, 'UTC')
       FROM generate_series(0, $3::int / 10 - 1) AS i`,
    params,
  );
  await client.query(
    `INSERT INTO "Meeting" (id, "sessionId", "requestId", "supplierOrgId", "buyerOrgId", "interpreterId", "startsAt", "endsAt",
       status, "roomToken", "supplierNoShow", "buyerNoShow", "updatedAt")
     SELECT $1 || '-m' || i, $1 || '-s' || (k % 5), $1 || '-q' || i, 'rb-s' || (i % $4::int), 'rb-b' || ((i % $4::int + k * 7) % $4::int),
            CASE WHEN i % 10 = 0 THEN 'rb-i' || ((i % $4::int) / 10) END,
            start, start + interval '20 minutes',
            CASE WHEN i % 20 = 7 THEN 'CANCELLED' WHEN i % 5 < 3 THEN 'COMPLETED' ELSE 'SCHEDULED' END::"MeetingStatus",
            $1 || '-room-' || i, i % 20 = 3, i % 20 = 4, now()
       FROM generate_series(0, $3::int - 1) AS i,
            LATERAL (SELECT (i / $4::int) AS k) AS slot,
            LATERAL (SELECT make_timestamptz($2::int, 6, 1 + 2 * (k % 5) + (k / 5) % 2, 2 + k / 5, 0, 0, 'UTC') AS start) AS t`,
    params,
  );
  // Reports on 60% of the meetings that were not cancelled: the buyer always, the supplier on half.
  await client.query(
    `INSERT INTO "MeetingOutcomeReport" ("meetingId", side, "organizationId", "authorId", outcome, "estimatedValueMinor",
       currency, "updatedAt")
     SELECT m.id, 'BUYER', m."buyerOrgId", m."buyerOrgId" || '-u', kind::"MeetingOutcomeKind",
            CASE WHEN kind = 'ORDER_INTENT' THEN 100000 + (i % 97) * 5000 END,
            CASE WHEN kind = 'ORDER_INTENT' THEN (ARRAY['CNY', 'USD', 'RUB'])[1 + i % 3]::"Currency" END, now()
       FROM generate_series(0, $3::int - 1) AS i
       JOIN "Meeting" m ON m.id = $1 || '-m' || i,
            LATERAL (SELECT (ARRAY['NO_INTEREST', 'FOLLOW_UP', 'SAMPLE_REQUESTED', 'QUOTATION_SENT', 'ORDER_INTENT'])[1 + (i / 3) % 5] AS kind) AS k
      WHERE i % 5 < 3 AND m.status <> 'CANCELLED' AND $2::int > 0 AND $4::int > 0`,
    params,
  );
  await client.query(
    `INSERT INTO "MeetingOutcomeReport" ("meetingId", side, "organizationId", "authorId", outcome, "updatedAt")
     SELECT m.id, 'SUPPLIER', m."supplierOrgId", m."supplierOrgId" || '-u', 'FOLLOW_UP', now()
       FROM generate_series(0, $3::int - 1, 2) AS i JOIN "Meeting" m ON m.id = $1 || '-m' || i
      WHERE i % 5 < 3 AND m.status <> 'CANCELLED' AND $2::int > 0 AND $4::int > 0`,
    params,
  );
}

export async function createResultsWorld(
  client: pg.Client,
  { organizations = 10_000, meetings = 100_000 }: { organizations?: number; meetings?: number } = {},
): Promise<ResultsWorld> {
  const half = organizations / 2;
  await client.query(
    `INSERT INTO "Organization" (id, kind, status, "nameEn", city, country, "timeZone", "updatedAt")
     VALUES ('rb-host', 'ORGANIZER', 'APPROVED', 'Bench department of commerce', 'Hangzhou', 'CN', 'Asia/Shanghai', now())`,
  );
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "organizationId", "timeZone", "updatedAt")
     VALUES ('rb-organizer', 'rb-organizer@bench.fairbridge.test', '!', 'Bench organizer', 'ORGANIZER', 'rb-host', 'Asia/Shanghai', now())`,
  );
  await client.query(
    `INSERT INTO "Category" (id, slug, "nameEn", "nameZh", "nameRu", "parentId", position)
     SELECT 'rb-cat-' || c, 'rb-cat-' || c, 'Category ' || c, '类别 ' || c, 'Категория ' || c,
            CASE WHEN c >= 2 THEN 'rb-cat-' || (c % 2) END, c
       FROM generate_series(0, 7) AS c ORDER BY c`,
  );
  for (const [kind, prefix, cities, country, zone] of [
    ["SUPPLIER", "rb-s", zhejiang, "CN", "Asia/Shanghai"],
    ["BUYER", "rb-b", russia, "RU", "Europe/Moscow"],
  ] as const) {
    await client.query(
      `INSERT INTO "Organization" (id, kind, status, "nameEn", "nameZh", "nameRu", city, country, "timeZone", "updatedAt")
       SELECT $1 || i, $2::"OrganizationKind", 'APPROVED', 'Bench ' || $1 || i, '基准 ' || $1 || i, 'Замер ' || $1 || i,
              ($3::text[])[1 + i % cardinality($3::text[])], $4, $5, now()
         FROM generate_series(0, $6 - 1) AS i`,
      [prefix, kind, cities, country, zone, half],
    );
    await client.query(
      `INSERT INTO "User" (id, email, "passwordHash", name, role, "organizationId", "timeZone", "updatedAt")
       SELECT $1 || i || '-u', $1 || i || '@bench.fairbridge.test', '!', 'Bench', $2::"Role", $1 || i, $3, now()
         FROM generate_series(0, $4 - 1) AS i`,
      [prefix, kind, zone, half],
    );
  }
  await client.query(
    `INSERT INTO "User" (id, email, "passwordHash", name, role, "timeZone", "updatedAt")
     SELECT 'rb-i' || i, 'rb-i' || i || '@bench.fairbridge.test', '!', 'Interpreter', 'INTERPRETER', 'Asia/Shanghai', now()
       FROM generate_series(0, $1 / 10) AS i`,
    [half],
  );
  await client.query(
    `INSERT INTO "Product" (id, "organizationId", "categoryId", "nameEn", "hsCode", moq, "moqUnit", currency, "updatedAt")
     SELECT 'rb-p' || i || '-' || n, 'rb-s' || i, 'rb-cat-' || ((i + n * (i % 3)) % 8), 'Product', '520811', 100, 'pcs', 'CNY', now()
       FROM generate_series(0, $1 - 1) AS i, generate_series(0, 1) AS n`,
    [half],
  );
  await createEdition(client, "rb-fair", 2026);
  await createEdition(client, "rb-prev", 2025);
  for (const [fairId, year] of [
    ["rb-fair", 2026],
    ["rb-prev", 2025],
  ] as const) {
    await client.query(
      `INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt", "createdAt")
       SELECT $1 || '-r' || o.id, $1 || '-s' || (abs(hashtext(o.id)) % 5), o.id,
              CASE WHEN abs(hashtext(o.id)) % 10 = 0 THEN 'PENDING' ELSE 'APPROVED' END::"RegistrationStatus",
              now(), make_timestamptz($2, 5, 1, 0, 0, 0, 'UTC')
         FROM "Organization" o WHERE o.kind IN ('SUPPLIER', 'BUYER')`,
      [fairId, year],
    );
  }
  await insertMeetings(client, "rb-fair", 2026, meetings, half);
  await insertMeetings(client, "rb-prev", 2025, Math.round(meetings / 5), half);
  // The facts triggers rewrite a reported meeting's MeetingReportFact row once per report: vacuum as autovacuum
  // soon would, so the report reads the steady state rather than the dead rows of the load.
  await client.query("VACUUM ANALYZE");
  return { fairId: "rb-fair", previousFairId: "rb-prev", organizerId: "rb-organizer" };
}

/**
 * Adds the matchmaking load to a generated catalogue (generate-catalogue.ts), with
 * set-based, seed-deterministic SQL: the session with the most products gets 5,000
 * approved suppliers (suppliers without products there get three copies of products
 * of its categories), 400 approved buyers and 2,000 open purchasing requirements
 * written like the products (names and descriptions), with quantities, USD target
 * prices around the products' prices, EAC-type certifications and needed-by dates.
 */
import type pg from "pg";

export type MatchingCounts = {
  sessionId: string;
  registeredSuppliers: number;
  clonedProducts: number;
  buyers: number;
  requirements: number;
};

const BUYER_CITIES = [
  ["Москва", "Europe/Moscow", "RU"],
  ["Новосибирск", "Asia/Novosibirsk", "RU"],
  ["Владивосток", "Asia/Vladivostok", "RU"],
  ["Екатеринбург", "Asia/Yekaterinburg", "RU"],
  ["Алматы", "Asia/Almaty", "KZ"],
];

export async function generateMatching(
  client: pg.Client,
  options: { fairSlug: string; suppliers: number; buyers: number; requirements: number; seed: number },
): Promise<MatchingCounts> {
  await client.query("BEGIN");
  try {
    await client.query(`CREATE FUNCTION pg_temp.h(n bigint, salt text) RETURNS bigint
      LANGUAGE sql IMMUTABLE AS $$ SELECT abs(hashtextextended(salt || ':' || n, ${Math.trunc(options.seed)})) $$`);
    const { rows: sessions } = await client.query<{ id: string }>(
      `SELECT s.id FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId" AND f.slug = $1
       JOIN "SessionCategory" sc ON sc."sessionId" = s.id JOIN "Product" p ON p."categoryId" = sc."categoryId"
       GROUP BY s.id ORDER BY count(*) DESC, s.id LIMIT 1`,
      [options.fairSlug],
    );
    const sessionId = sessions[0].id;
    await client.query(
      `CREATE TEMP TABLE bm_cat ON COMMIT DROP AS SELECT "categoryId" AS id FROM "SessionCategory" WHERE "sessionId" = $1`,
      [sessionId],
    );
    // Suppliers with the most products in the session first, then others, 5,000 in all.
    await client.query(
      `CREATE TEMP TABLE bm_sup ON COMMIT DROP AS
       SELECT o.id, coalesce(c.n, 0) AS products, row_number() OVER (ORDER BY coalesce(c.n, 0) DESC, o.id) AS k
       FROM "Organization" o
       LEFT JOIN (SELECT p."organizationId" AS id, count(*) AS n FROM "Product" p JOIN bm_cat ON bm_cat.id = p."categoryId"
                  GROUP BY 1) c ON c.id = o.id
       WHERE o.id LIKE 'bsup%' AND o.status = 'APPROVED'
       ORDER BY coalesce(c.n, 0) DESC, o.id LIMIT $1`,
      [options.suppliers],
    );
    const registered = await client.query(
      `INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt", "createdAt")
       SELECT 'bmreg' || k, $1, id, 'APPROVED', TIMESTAMPTZ '2026-02-01 00:00:00+00', TIMESTAMPTZ '2026-01-20 00:00:00+00'
       FROM bm_sup
       ON CONFLICT ("sessionId", "organizationId") DO UPDATE SET status = 'APPROVED'`,
      [sessionId],
    );
    const cloned = await client.query(
      `WITH src AS (
         SELECT p.*, row_number() OVER (ORDER BY p.id) - 1 AS i
         FROM "Product" p JOIN bm_cat ON bm_cat.id = p."categoryId" WHERE p.id LIKE 'bprd%' AND p.visibility = 'VISIBLE'
       ), wanted AS (
         -- The source row is picked here, so the join below is a plain equality (a hash join).
         SELECT s.id AS supplier, s.k, copy, pg_temp.h(s.k * 3 + copy, 'clone') % (SELECT count(*) FROM src) AS i
         FROM bm_sup s CROSS JOIN generate_series(1, 3) copy WHERE s.products = 0
       )
       INSERT INTO "Product" (id, "organizationId", "categoryId", "nameZh", "nameEn", "nameRu", "descriptionZh",
         "descriptionEn", "descriptionRu", "hsCode", moq, "moqUnit", "priceMinMinor", "priceMaxMinor", currency,
         "leadTimeDays", certifications, visibility, "createdAt", "updatedAt")
       SELECT 'bmprd' || w.k || '_' || w.copy, w.supplier, src."categoryId", src."nameZh", src."nameEn", src."nameRu",
         src."descriptionZh", src."descriptionEn", src."descriptionRu", src."hsCode", src.moq, src."moqUnit",
         src."priceMinMinor", src."priceMaxMinor", src.currency, src."leadTimeDays", src.certifications, 'VISIBLE',
         src."createdAt", src."updatedAt"
       FROM wanted w JOIN src ON src.i = w.i`,
    );
    await client.query(
      `INSERT INTO "Organization" (id, kind, status, "statusChangedAt", "nameRu", "nameEn", city, country, "timeZone",
         languages, "createdAt", "updatedAt")
       SELECT 'bmbuy' || lpad(n::text, 4, '0'), 'BUYER', 'APPROVED', TIMESTAMPTZ '2026-01-15 08:00:00+00',
         'ООО «Закупки ' || n || '»', 'Purchasing ' || n || ' LLC', c.city, c.country, c.zone,
         CASE pg_temp.h(n, 'lang') % 3 WHEN 0 THEN ARRAY['ru'] WHEN 1 THEN ARRAY['ru', 'en'] ELSE ARRAY['ru', 'zh'] END,
         TIMESTAMPTZ '2026-01-10 00:00:00+00', TIMESTAMPTZ '2026-01-10 00:00:00+00'
       FROM generate_series(1, $1) n
       JOIN (SELECT * FROM unnest($2::text[], $3::text[], $4::text[]) WITH ORDINALITY AS t(city, zone, country, k)) c
         ON c.k = 1 + pg_temp.h(n, 'city') % $5`,
      [
        options.buyers,
        BUYER_CITIES.map((c) => c[0]),
        BUYER_CITIES.map((c) => c[1]),
        BUYER_CITIES.map((c) => c[2]),
        BUYER_CITIES.length,
      ],
    );
    await client.query(
      `INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt", "createdAt")
       SELECT 'bmbreg' || n, $1, 'bmbuy' || lpad(n::text, 4, '0'), 'APPROVED', TIMESTAMPTZ '2026-02-01 00:00:00+00',
         TIMESTAMPTZ '2026-01-20 00:00:00+00'
       FROM generate_series(1, $2) n`,
      [sessionId, options.buyers],
    );
    // Each requirement reads like one product of the session (name without model, description), in Russian and English.
    const requirements = await client.query(
      `WITH src AS (
         SELECT p.*, row_number() OVER (ORDER BY pg_temp.h(hashtext(p.id), 'req')) AS g
         FROM "Product" p JOIN bm_cat ON bm_cat.id = p."categoryId" WHERE p.id LIKE 'bprd%' AND p.visibility = 'VISIBLE'
       ), rates AS (
         SELECT r.currency::text AS currency, r."perUsdCentMicros" AS micros FROM "ExchangeRate" r
         JOIN "Fair" f ON f.id = r."fairId" AND f.slug = $2
       )
       INSERT INTO "PurchasingRequirement" (id, "organizationId", "sessionId", "categoryId", "textRu", "textEn", quantity, unit,
         "targetPriceMinor", currency, "requiredCertifications", "neededBy", status, "createdAt", "updatedAt")
       SELECT 'bmreq' || lpad(g::text, 5, '0'), 'bmbuy' || lpad((1 + g % $3)::text, 4, '0'), $1, src."categoryId",
         regexp_replace(src."nameRu", '\\s+[A-Z]{2}-\\d+$', '') || '. ' || coalesce(src."descriptionRu", ''),
         regexp_replace(src."nameEn", '\\s+[A-Z]{2}-\\d+$', ''),
         (ARRAY[100, 500, 1000, 2000, 5000, 10000])[1 + pg_temp.h(g, 'qty') % 6], src."moqUnit",
         CASE WHEN pg_temp.h(g, 'target') % 5 = 0 THEN NULL
           ELSE greatest(1, src."priceMinMinor" * 1000000 / coalesce(rates.micros, 1000000) * (70 + pg_temp.h(g, 'pct') % 80) / 100) END,
         'USD',
         CASE WHEN pg_temp.h(g, 'certs') % 2 = 0 THEN src.certifications[1:1] ELSE ARRAY[]::text[] END,
         CASE WHEN pg_temp.h(g, 'needed') % 3 = 0 THEN NULL ELSE DATE '2027-03-01' END,
         'OPEN', TIMESTAMPTZ '2026-11-01 00:00:00+00', TIMESTAMPTZ '2026-11-01 00:00:00+00'
       FROM src LEFT JOIN rates ON rates.currency = src.currency::text
       WHERE g <= $4`,
      [sessionId, options.fairSlug, options.buyers, options.requirements],
    );
    await client.query("COMMIT");
    return {
      sessionId,
      registeredSuppliers: registered.rowCount ?? 0,
      clonedProducts: cloned.rowCount ?? 0,
      buyers: options.buyers,
      requirements: requirements.rowCount ?? 0,
    };
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

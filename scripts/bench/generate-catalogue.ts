/**
 * Generates the benchmark catalogue inside the demo fair: suppliers, their session
 * registrations and certificates, products and image rows, with set-based SQL
 * (generate_series), so 100,000 products take seconds, not 100,000 round trips.
 * Deterministic: every "random" choice is a hash of the row number and a seed.
 */
import type pg from "pg";
import { defaultCertificateTypes } from "../../lib/suppliers/choices";
import { demoExchangeRates } from "../../prisma/seed/demo-exchange-rates";
import {
  brandHeads,
  brandTails,
  describe,
  industryBySession,
  supplierCities,
  wordsByCategory,
} from "./catalogue-words";

export type GenerateOptions = { fairSlug: string; suppliers: number; products: number; seed: number };
export type GeneratedCounts = Record<"suppliers" | "registrations" | "certificates" | "products" | "images", number>;

export async function generateCatalogue(client: pg.Client, options: GenerateOptions): Promise<GeneratedCounts> {
  const seed = Math.trunc(options.seed);
  await client.query("BEGIN");
  try {
    // h(n, salt): a deterministic pseudo-random non-negative bigint per row and purpose.
    await client.query(`CREATE FUNCTION pg_temp.h(n bigint, salt text) RETURNS bigint
      LANGUAGE sql IMMUTABLE AS $$ SELECT abs(hashtextextended(salt || ':' || n, ${seed})) $$`);
    const sessionCount = await loadWordTables(client, options.fairSlug);
    const counts = {
      suppliers: await insertSuppliers(client, options.suppliers),
      registrations: await insertRegistrations(client),
      certificates: await insertCertificates(client),
      products: await insertProducts(client, options.products, sessionCount),
      images: await insertImages(client, options.products),
    };
    await client.query("COMMIT");
    return counts;
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
}

/** Small lookup tables (sessions, categories, names, brands) the set-based inserts join. */
async function loadWordTables(client: pg.Client, fairSlug: string): Promise<number> {
  const { rows: sessions } = await client.query<{ id: string; slug: string }>(
    `SELECT s.id, s.slug FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId" WHERE f.slug = $1 ORDER BY s.position`,
    [fairSlug],
  );
  if (sessions.length === 0) throw new Error(`bench: fair ${fairSlug} not found; run the demo seed first`);
  const { rows: links } = await client.query<{ sessionId: string; categoryId: string; slug: string }>(
    `SELECT sc."sessionId", c.id AS "categoryId", c.slug FROM "SessionCategory" sc
     JOIN "Category" c ON c.id = sc."categoryId" WHERE sc."sessionId" = ANY($1) ORDER BY c.position`,
    [sessions.map((s) => s.id)],
  );

  await client.query(`CREATE TEMP TABLE bench_session (idx int PRIMARY KEY, id text, n_cats int,
    industry_zh text, industry_ru text, industry_en text, certs text[]) ON COMMIT DROP`);
  await client.query(`CREATE TEMP TABLE bench_session_cat (session_idx int, k int, category_id text, n_names int,
    PRIMARY KEY (session_idx, k)) ON COMMIT DROP`);
  await client.query(`CREATE TEMP TABLE bench_name (category_id text, k int, name_zh text, name_ru text, name_en text,
    desc_zh text, desc_ru text, desc_en text, hs text, unit text, usd_cents int, certs text[],
    PRIMARY KEY (category_id, k)) ON COMMIT DROP`);
  await client.query(`CREATE TEMP TABLE bench_brand (k int PRIMARY KEY, zh text, ru text, en text) ON COMMIT DROP`);
  await client.query(`CREATE TEMP TABLE bench_city (k int PRIMARY KEY, zh text, ru text, en text) ON COMMIT DROP`);

  for (const [idx, session] of sessions.entries()) {
    const categories = links.filter((link) => link.sessionId === session.id && wordsByCategory[link.slug]);
    const industry = industryBySession[session.slug] ?? ["综合", "Товары", "Trading"];
    const certs = [...new Set(categories.flatMap((c) => wordsByCategory[c.slug].certifications))];
    await client.query(`INSERT INTO bench_session VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
      idx,
      session.id,
      categories.length,
      ...industry,
      certs,
    ]);
    for (const [k, category] of categories.entries()) {
      const names = namesOf(category.slug);
      await client.query(`INSERT INTO bench_session_cat VALUES ($1, $2, $3, $4)`, [
        idx,
        k,
        category.categoryId,
        names.length,
      ]);
      await client.query(
        `INSERT INTO bench_name SELECT $1, k - 1, zh, ru, en, dzh, dru, den, hs, unit, usd, $2
         FROM unnest($3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::int[])
           WITH ORDINALITY AS t(zh, ru, en, dzh, dru, den, hs, unit, usd, k)
         ON CONFLICT DO NOTHING`,
        [category.categoryId, wordsByCategory[category.slug].certifications, ...columns(names)],
      );
    }
  }
  const brands = brandHeads.flatMap((head) =>
    brandTails.map((tail) => [head[0] + tail[0], head[1] + tail[1], head[2] + tail[2]]),
  );
  await client.query(
    `INSERT INTO bench_brand SELECT k - 1, zh, ru, en FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(zh, ru, en, k)`,
    [brands.map((b) => b[0]), brands.map((b) => b[1]), brands.map((b) => b[2])],
  );
  await client.query(
    `INSERT INTO bench_city SELECT k - 1, zh, ru, en FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS t(zh, ru, en, k)`,
    [supplierCities.map((c) => c[0]), supplierCities.map((c) => c[1]), supplierCities.map((c) => c[2])],
  );
  return sessions.length;
}

/** Every modifier × noun of a category, each with a description naming one material. */
function namesOf(slug: string) {
  const words = wordsByCategory[slug];
  return words.nouns.flatMap((noun, n) =>
    words.modifiers.map((modifier, m) => {
      const name: [string, string, string] = [
        modifier[0] + noun.name[0],
        `${noun.name[1]} ${modifier[1]}`,
        `${modifier[2]} ${noun.name[2].charAt(0).toLowerCase()}${noun.name[2].slice(1)}`,
      ];
      const material = words.materials[(n + m) % words.materials.length];
      return { name, description: describe(name, material), noun };
    }),
  );
}

function columns(names: ReturnType<typeof namesOf>) {
  return [
    names.map((x) => x.name[0]),
    names.map((x) => x.name[1]),
    names.map((x) => x.name[2]),
    names.map((x) => x.description[0]),
    names.map((x) => x.description[1]),
    names.map((x) => x.description[2]),
    names.map((x) => x.noun.hsCode),
    names.map((x) => x.noun.unit),
    names.map((x) => x.noun.usdCents),
  ];
}

/** 96% approved, 2% pending, 2% suspended; main session = number mod sessions, 30% also a second one. */
async function insertSuppliers(client: pg.Client, count: number): Promise<number> {
  await client.query(
    `CREATE TEMP TABLE bench_supplier (n int PRIMARY KEY, id text, primary_idx int, second_idx int) ON COMMIT DROP`,
  );
  await client.query(
    `INSERT INTO bench_supplier
     SELECT n, 'bsup' || lpad(n::text, 6, '0'), n % s.count,
       CASE WHEN pg_temp.h(n, 'two') % 10 < 3 AND s.count > 1
         THEN (n % s.count + 1 + pg_temp.h(n, 'second') % (s.count - 1)) % s.count END
     FROM generate_series(1, $1) n, (SELECT count(*)::int AS count FROM bench_session) s`,
    [count],
  );
  const result = await client.query(
    `INSERT INTO "Organization" (id, kind, status, "statusReason", "statusChangedAt", "nameZh", "nameEn", "nameRu",
       city, country, "timeZone", "descriptionZh", "descriptionEn", "descriptionRu", "yearFounded", "staffSize",
       "exportMarkets", languages, "createdAt", "updatedAt")
     SELECT bs.id, 'SUPPLIER',
       (CASE pg_temp.h(bs.n, 'status') % 50 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'SUSPENDED' ELSE 'APPROVED' END)::"OrganizationStatus",
       CASE WHEN pg_temp.h(bs.n, 'status') % 50 = 1 THEN 'Repeated no-shows at scheduled negotiations.' END,
       TIMESTAMPTZ '2026-01-15 08:00:00+00',
       c.zh || b.zh || s.industry_zh || '有限公司',
       c.en || ' ' || b.en || ' ' || s.industry_en || ' Co., Ltd.',
       c.ru || ' ' || b.ru || ' ' || s.industry_ru || ' Ко., Лтд.',
       c.en, 'CN', 'Asia/Shanghai',
       c.zh || '的' || s.industry_zh || '生产企业，面向俄罗斯及中亚市场出口。',
       'Manufacturer in ' || c.en || ' exporting to Russia and Central Asia.',
       'Производитель из города ' || c.ru || ', экспорт в Россию и Центральную Азию.',
       1988 + (pg_temp.h(bs.n, 'year') % 35)::int,
       (ARRAY['1-49', '50-199', '200-499', '500-999', '1000+'])[1 + pg_temp.h(bs.n, 'staff') % 5],
       CASE pg_temp.h(bs.n, 'markets') % 3 WHEN 0 THEN ARRAY['RU', 'KZ', 'BY'] WHEN 1 THEN ARRAY['RU', 'US', 'DE']
         ELSE ARRAY['RU', 'UZ', 'KG'] END,
       CASE pg_temp.h(bs.n, 'languages') % 3 WHEN 0 THEN ARRAY['zh', 'en'] WHEN 1 THEN ARRAY['zh', 'ru']
         ELSE ARRAY['zh', 'en', 'ru'] END,
       TIMESTAMPTZ '2026-01-10 00:00:00+00' + (pg_temp.h(bs.n, 'joined') % 86400000) * INTERVAL '1 second',
       TIMESTAMPTZ '2026-01-10 00:00:00+00'
     FROM bench_supplier bs
     JOIN bench_session s ON s.idx = bs.primary_idx
     JOIN bench_brand b ON b.k = pg_temp.h(bs.n, 'brand') % (SELECT count(*) FROM bench_brand)
     JOIN bench_city c ON c.k = pg_temp.h(bs.n, 'city') % (SELECT count(*) FROM bench_city)`,
  );
  return result.rowCount ?? 0;
}

/** 90% of registrations approved, the rest pending or rejected. */
async function insertRegistrations(client: pg.Client): Promise<number> {
  const result = await client.query(
    `INSERT INTO "SessionRegistration" (id, "sessionId", "organizationId", status, "decidedAt", "createdAt")
     SELECT 'breg' || bs.n || '_' || slot.k, s.id, bs.id,
       (CASE pg_temp.h(bs.n * 2 + slot.k, 'registration') % 20 WHEN 0 THEN 'PENDING' WHEN 1 THEN 'REJECTED' ELSE 'APPROVED' END)::"RegistrationStatus",
       TIMESTAMPTZ '2026-02-01 00:00:00+00', TIMESTAMPTZ '2026-01-20 00:00:00+00'
     FROM bench_supplier bs
     CROSS JOIN LATERAL (VALUES (0, bs.primary_idx), (1, bs.second_idx)) AS slot(k, idx)
     JOIN bench_session s ON s.idx = slot.idx`,
  );
  return result.rowCount ?? 0;
}

/** A third of the suppliers hold a certificate typical of their session; a tenth of those expired. */
async function insertCertificates(client: pg.Client): Promise<number> {
  await client.query(
    `INSERT INTO "CertificateType" (code, "nameEn", "nameZh", "nameRu")
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) ON CONFLICT (code) DO NOTHING`,
    [
      defaultCertificateTypes.map((t) => t.code),
      defaultCertificateTypes.map((t) => t.nameEn),
      defaultCertificateTypes.map((t) => t.nameZh),
      defaultCertificateTypes.map((t) => t.nameRu),
    ],
  );
  const result = await client.query(
    `INSERT INTO "Certificate" (id, "organizationId", "typeCode", number, "expiresOn", "createdAt")
     SELECT 'bcrt' || bs.n, bs.id, s.certs[1 + pg_temp.h(bs.n, 'cert type') % cardinality(s.certs)],
       'ZJ-' || lpad((pg_temp.h(bs.n, 'cert no') % 1000000)::text, 6, '0'),
       CASE WHEN pg_temp.h(bs.n, 'cert') % 30 = 0 THEN DATE '2024-12-31' ELSE DATE '2028-06-30' END,
       TIMESTAMPTZ '2026-01-20 00:00:00+00'
     FROM bench_supplier bs JOIN bench_session s ON s.idx = bs.primary_idx
     WHERE pg_temp.h(bs.n, 'cert') % 3 = 0 AND cardinality(s.certs) > 0`,
  );
  return result.rowCount ?? 0;
}

/**
 * Each product belongs to a random supplier, in a category of one of that
 * supplier's sessions; prices 60% CNY, 30% USD, 10% RUB around the noun's typical
 * dollar price (converted with the demo rates); 2% hidden by the supplier.
 */
async function insertProducts(client: pg.Client, count: number, sessionCount: number): Promise<number> {
  const rate = (currency: string) => String(demoExchangeRates.find((r) => r.currency === currency)!.perUsdCentMicros);
  const result = await client.query(
    `WITH base AS (
       SELECT g, 1 + pg_temp.h(g, 'supplier') % (SELECT count(*) FROM bench_supplier) AS sup,
         pg_temp.h(g, 'session') AS r_session, pg_temp.h(g, 'category') AS r_category,
         pg_temp.h(g, 'name') AS r_name, pg_temp.h(g, 'price') AS r_price, pg_temp.h(g, 'misc') AS r_misc,
         pg_temp.h(g, 'created') AS r_created, pg_temp.h(g, 'model') AS r_model
       FROM generate_series(1, $1) g
     ), placed AS (
       SELECT base.*, bs.id AS organization_id,
         CASE WHEN bs.second_idx IS NOT NULL AND r_session % 10 < 3 THEN bs.second_idx ELSE bs.primary_idx END AS sidx,
         chr(65 + (r_model % 26)::int) || chr(65 + (r_model / 26 % 26)::int) || '-' || (1000 + r_model % 9000) AS model,
         60 + r_price % 120 AS usd_percent
       FROM base JOIN bench_supplier bs ON bs.n = base.sup
     ), priced AS (
       SELECT placed.*, sc.category_id, nm.name_zh, nm.name_ru, nm.name_en, nm.desc_zh, nm.desc_ru, nm.desc_en,
         nm.hs, nm.unit, nm.usd_cents, nm.certs,
         (CASE WHEN r_misc % 10 < 6 THEN 'CNY' WHEN r_misc % 10 < 9 THEN 'USD' ELSE 'RUB' END) AS cur
       FROM placed
       JOIN bench_session s ON s.idx = placed.sidx
       JOIN bench_session_cat sc ON sc.session_idx = s.idx AND sc.k = placed.r_category % s.n_cats
       JOIN bench_name nm ON nm.category_id = sc.category_id AND nm.k = placed.r_name % sc.n_names
     ), final AS (
       SELECT priced.*,
         greatest(1, usd_cents::bigint * usd_percent / 100
           * (CASE cur WHEN 'CNY' THEN $2::bigint WHEN 'RUB' THEN $3::bigint ELSE 1000000 END) / 1000000) AS price_min
       FROM priced
     )
     INSERT INTO "Product" (id, "organizationId", "categoryId", "nameZh", "nameEn", "nameRu",
       "descriptionZh", "descriptionEn", "descriptionRu", "hsCode", moq, "moqUnit", "priceMinMinor", "priceMaxMinor",
       currency, "leadTimeDays", certifications, visibility, "createdAt", "updatedAt")
     SELECT 'bprd' || lpad(g::text, 7, '0'), organization_id, category_id,
       name_zh || ' ' || model, name_en || ' ' || model, name_ru || ' ' || model,
       desc_zh, desc_en, desc_ru, hs,
       (ARRAY[10, 50, 100, 200, 300, 500, 1000, 2000, 5000, 10000])[1 + r_misc / 10 % 10],
       unit, price_min,
       CASE WHEN r_price % 7 = 0 THEN price_min ELSE price_min * (110 + r_price / 7 % 90) / 100 END,
       cur::"Currency", 7 + (r_misc / 100 % 53)::int,
       ARRAY(SELECT c FROM unnest(certs) WITH ORDINALITY AS u(c, i) WHERE ((r_misc / 1000) >> i::int) & 1 = 1),
       (CASE WHEN r_misc % 50 = 7 THEN 'HIDDEN_BY_SUPPLIER' ELSE 'VISIBLE' END)::"ProductVisibility",
       TIMESTAMPTZ '2026-11-20 00:00:00+00' - (r_created % 31536000000) * INTERVAL '1 millisecond',
       TIMESTAMPTZ '2026-11-20 00:00:00+00'
     FROM final`,
    [count, rate("CNY"), rate("RUB")],
  );
  if (sessionCount < 1) throw new Error("bench: no sessions");
  return result.rowCount ?? 0;
}

/** 60% of the products have one to three images (rows only: the files are not served in the benchmark). */
async function insertImages(client: pg.Client, count: number): Promise<number> {
  const result = await client.query(
    `INSERT INTO "ProductImage" (id, "productId", "storageKey", "thumbKey", width, height, position)
     SELECT 'bimg' || g || '_' || i, p.id,
       'products/' || lower(p."organizationId") || '/' || md5(g || ':' || i) || '.webp',
       'products/' || lower(p."organizationId") || '/' || md5(g || ':' || i) || '-thumb.webp',
       1600, 1200, i
     FROM generate_series(1, $1) g
     JOIN "Product" p ON p.id = 'bprd' || lpad(g::text, 7, '0')
     CROSS JOIN generate_series(0, 2) i
     WHERE pg_temp.h(g, 'images') % 10 < 6 AND i < 1 + pg_temp.h(g, 'images') / 10 % 3`,
    [count],
  );
  return result.rowCount ?? 0;
}

import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency } from "@/lib/generated/prisma/enums";
import { geographyCte } from "./geography";

/**
 * What one report reads: the fair, optionally one of its sessions, and the filters.
 * `ratesFairId` is the fair whose exchange rates convert values (the viewed fair, also
 * when an earlier edition is compared, so both are in the same money).
 */
export type ReportScope = {
  fairId: string;
  sessionId?: string;
  categoryId?: string;
  region?: string;
  from?: string;
  to?: string;
  currency: Currency;
  ratesFairId: string;
  now: Date;
};

/** The sessions in scope, the category and its subcategories, the exchange rates and the target rate. */
function scopeCtes(scope: ReportScope): Prisma.Sql {
  const session = scope.sessionId ? Prisma.sql`AND s.id = ${scope.sessionId}` : Prisma.empty;
  return Prisma.sql`${geographyCte()},
    fair AS (SELECT f.id, f."timeZone" AS zone FROM "Fair" f WHERE f.id = ${scope.fairId}),
    sess AS (SELECT s.id FROM "FairSession" s WHERE s."fairId" = ${scope.fairId} ${session}),
    cats AS (SELECT c.id FROM "Category" c WHERE c.id = ${scope.categoryId ?? null} OR c."parentId" = ${scope.categoryId ?? null}),
    rates AS (
      SELECT x.currency::text AS currency, x."perUsdCentMicros"::numeric AS per
        FROM "ExchangeRate" x WHERE x."fairId" = ${scope.ratesFairId} AND x.currency <> 'USD'
      UNION ALL SELECT 'USD', 1000000::numeric
    ),
    target AS (SELECT per FROM rates WHERE currency = ${scope.currency})`;
}

/**
 * `party(id, kind, cn_city, ru_district, ru_region, category_id)`: each organization with the
 * places its city lies in and, for a supplier, its main category (the one most of its
 * products are in; ties: the smaller id), which a meeting or request without a purchasing
 * requirement counts under. Worked out once per organization, not once per meeting.
 * `orgIds` narrows it to those organizations (an export page); else every organization.
 */
function partyCte(orgIds?: Prisma.Sql): Prisma.Sql {
  const products = orgIds ? Prisma.sql`WHERE p."organizationId" IN (${orgIds})` : Prisma.empty;
  const orgs = orgIds ? Prisma.sql`WHERE o.id IN (${orgIds})` : Prisma.empty;
  return Prisma.sql`supplier_cat AS (
      SELECT DISTINCT ON (p."organizationId") p."organizationId" AS org_id, p."categoryId" AS category_id
        FROM "Product" p ${products}
       GROUP BY p."organizationId", p."categoryId"
       ORDER BY p."organizationId", count(*) DESC, p."categoryId"
    ),
    party AS MATERIALIZED (
      SELECT o.id, o.kind::text AS kind, g.cn_city, g.ru_district, g.ru_region, sc.category_id
        FROM "Organization" o
        LEFT JOIN geo g ON g.name = lower(btrim(o.city))
        LEFT JOIN supplier_cat sc ON sc.org_id = o.id
        ${orgs}
    )`;
}

/** `req_cat(id, category_id)`: the requests made for a purchasing requirement, with its category. */
const requestCategoryCte = Prisma.sql`req_cat AS (
      SELECT q.id, r."categoryId" AS category_id
        FROM "PurchasingRequirement" r JOIN "MeetingRequest" q ON q."requirementId" = r.id
    )`;

/** The place filter: `cn:` narrows the supplier's Zhejiang city, `fd:`/`ru:` the buyer's district or region. */
function regionCondition(region: string | undefined, supplierGeo: string, buyerGeo: string): Prisma.Sql {
  if (!region) return Prisma.sql`true`;
  const [kind, key] = region.split(":", 2);
  if (kind === "cn") return Prisma.sql`${Prisma.raw(supplierGeo)}.cn_city = ${key}`;
  if (kind === "fd") return Prisma.sql`${Prisma.raw(buyerGeo)}.ru_district = ${key}`;
  return Prisma.sql`${Prisma.raw(buyerGeo)}.ru_region = ${key}`;
}

/** Meetings starting within the day range (calendar days in the fair's zone). */
function dayRange(scope: ReportScope): Prisma.Sql {
  const from = scope.from
    ? Prisma.sql`AND m."startsAt" >= (${scope.from}::date)::timestamp AT TIME ZONE (SELECT zone FROM fair)`
    : Prisma.empty;
  const to = scope.to
    ? Prisma.sql`AND m."startsAt" < (${scope.to}::date + 1)::timestamp AT TIME ZONE (SELECT zone FROM fair)`
    : Prisma.empty;
  return Prisma.sql`${from} ${to}`;
}

export type MeetingPage = { after?: { sessionId: string; startsAt: Date; id: string }; limit: number };

/** What of a meeting's places the facts carry: none, its requirement's category, or all (category and places). */
type Places = "none" | "requirement" | "all";

/**
 * `WITH …, facts AS (…)`: one row per meeting of the sessions in scope (within the day
 * range), with its day in the fair's zone, whether it was held, both sides' outcomes, its
 * funnel stage (the further side's) and its order estimate (the buyer's when it gave one,
 * else the supplier's) converted into the report's currency (rounded half up per meeting,
 * as lib/catalogue/money.ts convertMinor does), then `kept` with `included`. With places
 * "requirement" also its requirement's category (`req_category`); with "all" (filters, the
 * export) also its category (the requirement's, else the supplier's main one) and places,
 * and `included` says whether the category and place filters keep it. Each side's outcome
 * is one row (primary key meeting, side), so both are plain joins, not a grouping.
 * With `page`, only the next `limit` meetings after the keyset cursor (session, startsAt,
 * id) are read (the exports walk the fair this way on the (sessionId, startsAt) index).
 */
function meetingFactsCtes(scope: ReportScope, { page, places }: { page?: MeetingPage; places: Places }): Prisma.Sql {
  const after = page?.after
    ? Prisma.sql`AND (m."sessionId", m."startsAt", m.id) > (${page.after.sessionId}, ${page.after.startsAt}, ${page.after.id})`
    : Prisma.empty;
  const limit = page ? Prisma.sql`ORDER BY m."sessionId", m."startsAt", m.id LIMIT ${page.limit}` : Prisma.empty;
  const category = scope.categoryId ? Prisma.sql`category_id IN (SELECT id FROM cats)` : Prisma.sql`true`;
  const meetings = Prisma.sql`SELECT m.id, m."sessionId", m."requestId", m."supplierOrgId", m."buyerOrgId", m."interpreterId",
             m."startsAt", m."endsAt", m.status::text AS status, m."supplierNoShow", m."buyerNoShow"
        FROM "Meeting" m WHERE m."sessionId" IN (SELECT id FROM sess) ${dayRange(scope)} ${after} ${limit}`;
  const all = places === "all";
  const placeCtes =
    places === "none"
      ? Prisma.empty
      : all
        ? Prisma.sql`${requestCategoryCte}, ${partyCte(page ? Prisma.sql`SELECT "supplierOrgId" FROM mtg UNION SELECT "buyerOrgId" FROM mtg` : undefined)},`
        : Prisma.sql`${requestCategoryCte},`;
  const placeColumns =
    places === "none"
      ? Prisma.empty
      : all
        ? Prisma.sql`qc.category_id AS req_category, COALESCE(qc.category_id, sp.category_id) AS category_id,
             sp.cn_city, bp.ru_district, bp.ru_region,`
        : Prisma.sql`qc.category_id AS req_category,`;
  const placeJoins =
    places === "none"
      ? Prisma.empty
      : all
        ? Prisma.sql`LEFT JOIN req_cat qc ON qc.id = m."requestId"
        LEFT JOIN party sp ON sp.id = m."supplierOrgId"
        LEFT JOIN party bp ON bp.id = m."buyerOrgId"`
        : Prisma.sql`LEFT JOIN req_cat qc ON qc.id = m."requestId"`;
  const stage = (o: string) =>
    Prisma.raw(`CASE ${o}.outcome WHEN 'FOLLOW_UP' THEN 1 WHEN 'SAMPLE_REQUESTED' THEN 2
               WHEN 'QUOTATION_SENT' THEN 3 WHEN 'ORDER_INTENT' THEN 4 ELSE 0 END`);
  const estimate = (o: string) =>
    Prisma.raw(
      `${o}.outcome = 'ORDER_INTENT' AND ${o}."estimatedValueMinor" IS NOT NULL AND ${o}.currency IS NOT NULL`,
    );
  return Prisma.sql`${scopeCtes(scope)},
    mtg AS ${page ? Prisma.sql`MATERIALIZED` : Prisma.empty} (${meetings}),
    ${placeCtes}
    facts AS (
      SELECT m.*,
             (m."startsAt" AT TIME ZONE (SELECT zone FROM fair))::date AS day,
             ${placeColumns}
             sr.outcome::text AS supplier_outcome, br.outcome::text AS buyer_outcome,
             sr."meetingId" IS NOT NULL OR br."meetingId" IS NOT NULL AS reported,
             COALESCE(GREATEST(${stage("sr")}, ${stage("br")}), 0) AS stage,
             v.value_minor, v.value_currency,
             round(v.value_minor::numeric * (SELECT per FROM target) / rt.per)::bigint AS value_converted,
             CASE WHEN m.status <> 'CANCELLED' AND m."interpreterId" IS NOT NULL
                  THEN (EXTRACT(EPOCH FROM m."endsAt" - m."startsAt") * 1000000)::bigint END AS interpreted_micros,
             m.status <> 'CANCELLED' AND (m."supplierNoShow" OR m."buyerNoShow") AS no_show,
             m.status <> 'CANCELLED' AND m."startsAt" <= ${scope.now}
               AND (sr."meetingId" IS NOT NULL OR br."meetingId" IS NOT NULL OR NOT (m."supplierNoShow" OR m."buyerNoShow")) AS held
        FROM mtg m
        LEFT JOIN "MeetingOutcomeReport" sr ON sr."meetingId" = m.id AND sr.side = 'SUPPLIER'
        LEFT JOIN "MeetingOutcomeReport" br ON br."meetingId" = m.id AND br.side = 'BUYER'
        ${placeJoins}
        CROSS JOIN LATERAL (
          SELECT CASE WHEN ${estimate("br")} THEN br."estimatedValueMinor" WHEN ${estimate("sr")} THEN sr."estimatedValueMinor" END AS value_minor,
                 CASE WHEN ${estimate("br")} THEN br.currency::text WHEN ${estimate("sr")} THEN sr.currency::text END AS value_currency
        ) v
        LEFT JOIN rates rt ON rt.currency = v.value_currency
    ),
    kept AS (
      SELECT f.*, ${all ? Prisma.sql`(${category}) AND (${regionCondition(scope.region, "f", "f")})` : Prisma.sql`true`} AS included
        FROM facts f
    )`;
}

/**
 * The measures of a set of meetings (`kept` rows), summed in one pass with FILTER clauses;
 * `cube` rows carry them per breakdown key, and the statement adds those up.
 */
const cubeMeasures = Prisma.sql`
  count(*) AS booked,
  count(*) FILTER (WHERE status = 'CANCELLED') AS cancelled,
  count(*) FILTER (WHERE held) AS held,
  count(*) FILTER (WHERE no_show) AS no_shows,
  COALESCE(sum(interpreted_micros), 0) AS interpreter_micros,
  count(*) FILTER (WHERE reported) AS reported,
  count(*) FILTER (WHERE stage >= 1) AS follow_up,
  count(*) FILTER (WHERE stage >= 2) AS sample_requested,
  count(*) FILTER (WHERE stage >= 3) AS quotation_sent,
  count(*) FILTER (WHERE stage >= 4) AS order_intent,
  COALESCE(sum(value_minor), 0) AS value_minor,
  COALESCE(sum(value_converted), 0) AS value_converted,
  count(*) FILTER (WHERE value_minor IS NOT NULL AND value_converted IS NULL) AS unconverted`;

/** The measure columns of a `cube`-shaped row. */
const measureColumns =
  Prisma.raw(`l.booked, l.cancelled, l.held, l.no_shows, l.interpreter_micros, l.reported, l.follow_up,
  l.sample_requested, l.quotation_sent, l.order_intent, l.value_minor, l.value_converted, l.unconverted`);

/** The measures of a set of cube rows (one row of the figures statement). */
const meetingMeasures = Prisma.sql`
  sum(booked)::int AS booked,
  sum(cancelled)::int AS cancelled,
  sum(held)::int AS held,
  sum(no_shows)::int AS no_shows,
  (sum(interpreter_micros) / 1000000)::bigint AS interpreter_seconds,
  sum(reported)::int AS reported,
  sum(follow_up)::int AS follow_up,
  sum(sample_requested)::int AS sample_requested,
  sum(quotation_sent)::int AS quotation_sent,
  sum(order_intent)::int AS order_intent,
  COALESCE(sum(value_minor), 0)::text AS value_minor,
  COALESCE(sum(value_converted), 0)::text AS value_converted,
  COALESCE(sum(unconverted), 0)::int AS unconverted`;

export type MeetingFigureRow = {
  dim: "total" | "session" | "category" | "cnCity" | "ruDistrict" | "ruRegion" | "day" | "currency";
  key: string | null;
  booked: number;
  cancelled: number;
  held: number;
  no_shows: number;
  interpreter_seconds: bigint;
  reported: number;
  follow_up: number;
  sample_requested: number;
  quotation_sent: number;
  order_intent: number;
  value_minor: string;
  value_converted: string;
  unconverted: number;
};

/**
 * The meeting figures of the scope in one statement: the totals and, with `breakdowns`,
 * the same measures per session, category, Zhejiang city, federal district, Russian
 * region, day and (for the values) currency.
 *  - Unfiltered (the usual report): one pass over the meetings (with their outcomes and
 *    requirement) sums them with GROUPING SETS per (session, day, currency), per supplier
 *    (and requirement category) and per buyer; the session, day and currency figures add
 *    up the few dozen rows of the first set, and only the suppliers' and buyers' few
 *    thousand rows are joined to their places and main category. No meeting is joined to
 *    its organizations.
 *  - With a category or place filter each meeting needs its places to be kept or dropped:
 *    the meetings are joined to them and summed per breakdown in one GROUPING SETS pass.
 *  - Without breakdowns (the previous edition's headline) one sum over the meetings.
 */
export function meetingFiguresSql(scope: ReportScope, { breakdowns }: { breakdowns: boolean }): Prisma.Sql {
  const filtered = Boolean(scope.categoryId || scope.region);
  let cube: Prisma.Sql;
  if (filtered) {
    const sets = breakdowns
      ? Prisma.sql`GROUPING SETS ((), ("sessionId"), (category_id), (cn_city), (ru_district), (ru_region), (day), (value_currency))`
      : Prisma.sql`GROUPING SETS (())`;
    const dims = breakdowns
      ? Prisma.sql`CASE WHEN GROUPING("sessionId") = 0 THEN 'session' WHEN GROUPING(category_id) = 0 THEN 'category'
          WHEN GROUPING(cn_city) = 0 THEN 'cnCity' WHEN GROUPING(ru_district) = 0 THEN 'ruDistrict'
          WHEN GROUPING(ru_region) = 0 THEN 'ruRegion' WHEN GROUPING(day) = 0 THEN 'day'
          WHEN GROUPING(value_currency) = 0 THEN 'currency' ELSE 'total' END AS dim,
        COALESCE(CASE WHEN GROUPING("sessionId") = 0 THEN "sessionId" END, CASE WHEN GROUPING(category_id) = 0 THEN category_id END,
          CASE WHEN GROUPING(cn_city) = 0 THEN cn_city END, CASE WHEN GROUPING(ru_district) = 0 THEN ru_district END,
          CASE WHEN GROUPING(ru_region) = 0 THEN ru_region END, CASE WHEN GROUPING(day) = 0 THEN day::text END,
          CASE WHEN GROUPING(value_currency) = 0 THEN value_currency END) AS key`
      : Prisma.sql`'total' AS dim, NULL::text AS key`;
    cube = Prisma.sql`WITH ${meetingFactsCtes(scope, { places: "all" })},
    cube AS (SELECT ${dims}, ${cubeMeasures} FROM kept WHERE included GROUP BY ${sets})`;
  } else if (!breakdowns) {
    cube = Prisma.sql`WITH ${meetingFactsCtes(scope, { places: "none" })},
    cube AS (SELECT 'total' AS dim, NULL::text AS key, ${cubeMeasures} FROM kept)`;
  } else {
    cube = Prisma.sql`WITH ${meetingFactsCtes(scope, { places: "requirement" })},
    lvl AS (
      SELECT CASE WHEN GROUPING("sessionId") = 0 THEN 'time' WHEN GROUPING("supplierOrgId") = 0 THEN 'supplier'
                  WHEN GROUPING("buyerOrgId") = 0 THEN 'buyer' ELSE 'total' END AS dim,
             "sessionId", day, value_currency, "supplierOrgId", req_category, "buyerOrgId", ${cubeMeasures}
        FROM kept
       GROUP BY GROUPING SETS ((), ("sessionId", day, value_currency), ("supplierOrgId", req_category), ("buyerOrgId"))
    ),
    ${partyCte()},
    cube AS (
      SELECT 'total' AS dim, NULL::text AS key, ${measureColumns} FROM lvl l WHERE l.dim = 'total'
      UNION ALL
      SELECT 'session', l."sessionId", ${measureColumns} FROM lvl l WHERE l.dim = 'time'
      UNION ALL
      SELECT 'day', l.day::text, ${measureColumns} FROM lvl l WHERE l.dim = 'time'
      UNION ALL
      SELECT 'currency', l.value_currency, ${measureColumns} FROM lvl l WHERE l.dim = 'time'
      UNION ALL
      SELECT 'category', COALESCE(l.req_category, p.category_id), ${measureColumns}
        FROM lvl l LEFT JOIN party p ON p.id = l."supplierOrgId" WHERE l.dim = 'supplier'
      UNION ALL
      SELECT 'cnCity', p.cn_city, ${measureColumns}
        FROM lvl l LEFT JOIN party p ON p.id = l."supplierOrgId" WHERE l.dim = 'supplier'
      UNION ALL
      SELECT 'ruDistrict', p.ru_district, ${measureColumns}
        FROM lvl l LEFT JOIN party p ON p.id = l."buyerOrgId" WHERE l.dim = 'buyer'
      UNION ALL
      SELECT 'ruRegion', p.ru_region, ${measureColumns}
        FROM lvl l LEFT JOIN party p ON p.id = l."buyerOrgId" WHERE l.dim = 'buyer'
    )`;
  }
  return Prisma.sql`${cube}
    SELECT dim, key, ${meetingMeasures} FROM cube GROUP BY dim, key`;
}

export type MeetingExportRow = {
  id: string;
  included: boolean;
  startsAt: Date;
  endsAt: Date;
  status: string;
  sessionId: string;
  category_id: string | null;
  cn_city: string | null;
  ru_region: string | null;
  supplier_en: string | null;
  supplier_zh: string | null;
  supplier_ru: string | null;
  supplier_city: string;
  buyer_en: string | null;
  buyer_zh: string | null;
  buyer_ru: string | null;
  buyer_city: string;
  interpreted: boolean;
  supplierNoShow: boolean;
  buyerNoShow: boolean;
  supplier_outcome: string | null;
  buyer_outcome: string | null;
  value_minor: bigint | null;
  value_currency: string | null;
  value_converted: string | null;
};

/**
 * One keyset page of the meeting list with outcomes (the export): the next `limit`
 * meetings after the cursor in (session, startsAt, id) order, each with its parties, places,
 * both sides' outcomes and its estimate; `included` false for those the filters drop
 * (the caller still advances its cursor past them).
 */
export function meetingExportPageSql(scope: ReportScope, page: MeetingPage): Prisma.Sql {
  return Prisma.sql`WITH ${meetingFactsCtes(scope, { page, places: "all" })}
    SELECT f.id, f.included, f."startsAt", f."endsAt", f.status, f."sessionId", f.category_id, f.cn_city, f.ru_region,
           so."nameEn" AS supplier_en, so."nameZh" AS supplier_zh, so."nameRu" AS supplier_ru, so.city AS supplier_city,
           bo."nameEn" AS buyer_en, bo."nameZh" AS buyer_zh, bo."nameRu" AS buyer_ru, bo.city AS buyer_city,
           f."interpreterId" IS NOT NULL AS interpreted, f."supplierNoShow", f."buyerNoShow",
           f.supplier_outcome, f.buyer_outcome, f.value_minor, f.value_currency, f.value_converted::text AS value_converted
      FROM kept f
      JOIN "Organization" so ON so.id = f."supplierOrgId"
      JOIN "Organization" bo ON bo.id = f."buyerOrgId"
     ORDER BY f."sessionId", f."startsAt", f.id`;
}

export type RequestFigureRow = {
  sessionId: string | null;
  sent: number;
  accepted: number;
  declined: number;
  expired: number;
  pending: number;
  cancelled: number;
};

/**
 * Meeting requests of the scope, in total and per session (ROLLUP): sent and how they
 * ended. The category (the requirement's, else the supplier's main one) and place
 * filters apply; the day range does not (requests are sent before the fair's days).
 */
export function requestFiguresSql(scope: ReportScope): Prisma.Sql {
  const measures = Prisma.sql`count(*)::int AS sent,
           count(*) FILTER (WHERE q.status = 'ACCEPTED')::int AS accepted,
           count(*) FILTER (WHERE q.status = 'DECLINED')::int AS declined,
           count(*) FILTER (WHERE q.status = 'EXPIRED')::int AS expired,
           count(*) FILTER (WHERE q.status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE q.status = 'CANCELLED')::int AS cancelled`;
  // Without filters the requests need neither their parties nor their requirement (an index-only count).
  if (!scope.categoryId && !scope.region)
    return Prisma.sql`WITH ${scopeCtes(scope)}
      SELECT q."sessionId", ${measures}
        FROM "MeetingRequest" q WHERE q."sessionId" IN (SELECT id FROM sess)
       GROUP BY ROLLUP (q."sessionId")`;
  const category = scope.categoryId
    ? Prisma.sql`COALESCE(qc.category_id, CASE WHEN fp.kind = 'SUPPLIER' THEN fp.category_id ELSE tp.category_id END) IN (SELECT id FROM cats)`
    : Prisma.sql`true`;
  // The supplier side's city and the buyer side's places, whichever party sent the request.
  const [kind, key] = (scope.region ?? "").split(":", 2);
  const region = !scope.region
    ? Prisma.sql`true`
    : kind === "cn"
      ? Prisma.sql`CASE WHEN fp.kind = 'SUPPLIER' THEN fp.cn_city ELSE tp.cn_city END = ${key}`
      : kind === "fd"
        ? Prisma.sql`CASE WHEN fp.kind = 'SUPPLIER' THEN tp.ru_district ELSE fp.ru_district END = ${key}`
        : Prisma.sql`CASE WHEN fp.kind = 'SUPPLIER' THEN tp.ru_region ELSE fp.ru_region END = ${key}`;
  return Prisma.sql`WITH ${scopeCtes(scope)}, ${requestCategoryCte}, ${partyCte()}
    SELECT q."sessionId", ${measures}
      FROM "MeetingRequest" q
      JOIN party fp ON fp.id = q."fromOrganizationId"
      JOIN party tp ON tp.id = q."toOrganizationId"
      LEFT JOIN req_cat qc ON qc.id = q.id
     WHERE q."sessionId" IN (SELECT id FROM sess) AND (${category}) AND (${region})
     GROUP BY ROLLUP (q."sessionId")`;
}

export type RegistrationFigureRow = {
  sessionId: string | null;
  kind: "SUPPLIER" | "BUYER";
  registered: number;
  approved: number;
  pending: number;
  rejected: number;
  withdrawn: number;
};

/**
 * Session registrations of the scope per side, in total and per session. The place filter
 * narrows the side it describes (a Zhejiang city the suppliers, a Russian district or
 * region the buyers); category and day range do not apply to registrations.
 */
export function registrationFiguresSql(scope: ReportScope): Prisma.Sql {
  const [kind] = (scope.region ?? "").split(":", 1);
  const region = !scope.region
    ? Prisma.sql`true`
    : kind === "cn"
      ? Prisma.sql`(o.kind <> 'SUPPLIER' OR ${regionCondition(scope.region, "g", "g")})`
      : Prisma.sql`(o.kind <> 'BUYER' OR ${regionCondition(scope.region, "g", "g")})`;
  return Prisma.sql`WITH ${scopeCtes(scope)}
    SELECT reg."sessionId", o.kind::text AS kind,
           count(*)::int AS registered,
           count(*) FILTER (WHERE reg.status = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE reg.status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE reg.status = 'REJECTED')::int AS rejected,
           count(*) FILTER (WHERE reg.status = 'WITHDRAWN')::int AS withdrawn
      FROM "SessionRegistration" reg
      JOIN "Organization" o ON o.id = reg."organizationId"
      LEFT JOIN geo g ON g.name = lower(btrim(o.city))
     WHERE reg."sessionId" IN (SELECT id FROM sess) AND o.kind IN ('SUPPLIER', 'BUYER') AND ${region}
     GROUP BY GROUPING SETS ((o.kind), (reg."sessionId", o.kind))`;
}

/**
 * The previous edition of a fair: the same host's latest fair that started before it and
 * shares at least one session slug (every edition has the same sessions), with the
 * session of the same slug as `sessionId` when one is given.
 */
export function previousEditionSql(fairId: string, sessionId: string | null): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p."nameEn", p."nameZh", p."nameRu", p."startDate",
           (SELECT ps.id FROM "FairSession" ps JOIN "FairSession" cs ON cs.slug = ps.slug
             WHERE ps."fairId" = p.id AND cs.id = ${sessionId}) AS "sessionId"
      FROM "Fair" f
      JOIN "Fair" p ON p."hostOrganizationId" = f."hostOrganizationId" AND p."startDate" < f."startDate" AND p.id <> f.id
     WHERE f.id = ${fairId}
       AND EXISTS (SELECT 1 FROM "FairSession" ps JOIN "FairSession" cs ON cs.slug = ps.slug
                    WHERE ps."fairId" = p.id AND cs."fairId" = f.id)
     ORDER BY p."startDate" DESC, p.id
     LIMIT 1`;
}

import { Prisma } from "@/lib/generated/prisma/client";
import type { Currency } from "@/lib/generated/prisma/enums";
import { currencies } from "@/lib/catalogue/money";
import { geographyCte } from "./geography";

/**
 * What one report reads: the fair, its sessions in scope (all of them, or the one chosen:
 * the caller has checked they are the fair's), and the filters. `ratesFairId` is the fair
 * whose exchange rates convert values (the viewed fair, also when an earlier edition is
 * compared, so both are in the same money). The session ids are sent as values, not looked
 * up by the statement, so PostgreSQL estimates how many rows they have and reads an earlier,
 * smaller edition through the session indexes.
 */
export type ReportScope = {
  fairId: string;
  sessionIds: string[];
  categoryId?: string;
  region?: string;
  from?: string;
  to?: string;
  currency: Currency;
  ratesFairId: string;
  now: Date;
};

/** The places of cities, the fair's zone, the category and its subcategories, the exchange rates and the target rate. */
function scopeCtes(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`${geographyCte()},
    fair AS (SELECT f.id, f."timeZone" AS zone FROM "Fair" f WHERE f.id = ${scope.fairId}),
    cats AS (SELECT c.id FROM "Category" c WHERE c.id = ${scope.categoryId ?? null} OR c."parentId" = ${scope.categoryId ?? null}),
    rates AS (
      SELECT x.currency::text AS currency, x."perUsdCentMicros"::numeric AS per
        FROM "ExchangeRate" x WHERE x."fairId" = ${scope.ratesFairId} AND x.currency <> 'USD'
      UNION ALL SELECT 'USD', 1000000::numeric
    ),
    target AS (SELECT per FROM rates WHERE currency = ${scope.currency})`;
}

/**
 * The place filter (`cn:` a Zhejiang city narrows the supplier side; `fd:`/`ru:` a Russian
 * federal district or region the buyer side) as that side and the statement listing the city
 * spellings (lower-cased, trimmed, as organizations' cities are keyed) that lie in the place.
 */
function placeFilter(region: string) {
  const [kind, key] = region.split(":", 2);
  const column = kind === "cn" ? "cn_city" : kind === "fd" ? "ru_district" : "ru_region";
  const side: "SUPPLIER" | "BUYER" = kind === "cn" ? "SUPPLIER" : "BUYER";
  return { side, cities: Prisma.sql`SELECT name FROM geo WHERE ${Prisma.raw(column)} = ${key}` };
}

/**
 * The meeting facts (MeetingReportFact `f`) in scope: the sessions, the day range (calendar
 * days in the fair's zone), the category (and its subcategories) and the place. The place
 * filter becomes the list of city spellings that lie in the place, so no meeting is joined
 * to anything.
 */
function factsInScope(scope: ReportScope): Prisma.Sql {
  const from = scope.from
    ? Prisma.sql`AND f."startsAt" >= (${scope.from}::date)::timestamp AT TIME ZONE (SELECT zone FROM fair)`
    : Prisma.empty;
  const to = scope.to
    ? Prisma.sql`AND f."startsAt" < (${scope.to}::date + 1)::timestamp AT TIME ZONE (SELECT zone FROM fair)`
    : Prisma.empty;
  const category = scope.categoryId ? Prisma.sql`AND f."categoryId" = ANY (ARRAY(SELECT id FROM cats))` : Prisma.empty;
  let place = Prisma.empty;
  if (scope.region) {
    const { side, cities } = placeFilter(scope.region);
    const column = Prisma.raw(side === "SUPPLIER" ? `f."supplierCityKey"` : `f."buyerCityKey"`);
    place = Prisma.sql`AND ${column} = ANY (ARRAY(${cities}))`;
  }
  return Prisma.sql`f."sessionId" = ANY (${scope.sessionIds}::text[]) ${from} ${to} ${category} ${place}`;
}

/**
 * A fact's estimate converted into the report's currency with the fair's rates (rounded
 * half up per meeting, as lib/catalogue/money.ts convertMinor does); NULL without an
 * estimate or without a rate for its currency. One branch per currency, each rate read once
 * per statement.
 */
const convertedValue = Prisma.sql`round(f."valueMinor"::numeric * (SELECT per FROM target) / CASE f."valueCurrency"
  ${Prisma.join(
    currencies.map((c) => Prisma.sql`WHEN ${c}::"Currency" THEN (SELECT per FROM rates WHERE currency = ${c})`),
    " ",
  )} END)::bigint`;

/**
 * `kept`: one row per meeting in scope with what the measures sum: whether it was held
 * (not cancelled, started by `now`, and not a no-show unless a side reported anyway), a
 * no-show, cancelled, reported, its funnel stage, its interpreted time, its estimate and
 * that converted; with its session, 15-minute slot (see meetingFiguresSql), estimate
 * currency, category and the cities of both sides for the breakdowns.
 */
function keptCte(scope: ReportScope): Prisma.Sql {
  return Prisma.sql`kept AS (
      SELECT f."sessionId", date_bin('15 minutes', f."startsAt", TIMESTAMPTZ '2000-01-01 00:00:00+00') AS slot,
             f."valueCurrency"::text AS value_currency, f."categoryId" AS category_id,
             f."supplierCityKey" AS supplier_city, f."buyerCityKey" AS buyer_city,
             f.status = 'CANCELLED' AS cancelled,
             f.status <> 'CANCELLED' AND (f."supplierNoShow" OR f."buyerNoShow") AS no_show,
             f.status <> 'CANCELLED' AND f."startsAt" <= ${scope.now}
               AND (f."supplierOutcome" IS NOT NULL OR f."buyerOutcome" IS NOT NULL OR NOT (f."supplierNoShow" OR f."buyerNoShow")) AS held,
             f."supplierOutcome" IS NOT NULL OR f."buyerOutcome" IS NOT NULL AS reported,
             f.stage,
             CASE WHEN f.interpreted AND f.status <> 'CANCELLED'
                  THEN (EXTRACT(EPOCH FROM f."endsAt" - f."startsAt") * 1000000)::bigint END AS interpreted_micros,
             f."valueMinor" AS value_minor,
             ${convertedValue} AS value_converted
        FROM "MeetingReportFact" f
       WHERE ${factsInScope(scope)}
    )`;
}

/**
 * The measures of a set of meetings (`kept` rows), summed in one pass with FILTER clauses;
 * `cube` rows carry them per breakdown key, and the statement adds those up.
 */
const cubeMeasures = Prisma.sql`
  count(*) AS booked,
  count(*) FILTER (WHERE cancelled) AS cancelled,
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
 * The meeting figures of the scope in one statement over the meeting facts
 * (MeetingReportFact: one narrow row per meeting with its outcomes, category and both
 * sides' cities, kept by the database): the totals and, with `breakdowns`, the same
 * measures per session, category, Zhejiang city, federal district, Russian region, day and
 * (for the values) currency. The filters are conditions on the facts; no meeting is joined
 * to anything. One pass sums the meetings with GROUPING SETS per (session, 15-minute slot,
 * currency) and per (category, supplier's city, buyer's city), both a few hundred rows;
 * the session, day, currency and total figures add up the first set's rows, the category
 * and place figures the second's, its cities placed by the `geo` table. The local day of an
 * instant cannot change within a quarter hour (every zone's offsets and changes fall on
 * quarter hours), so the slots are turned into days in the fair's zone, not the meetings.
 * Without breakdowns (the previous edition's headline) one sum over the meetings.
 */
export function meetingFiguresSql(scope: ReportScope, { breakdowns }: { breakdowns: boolean }): Prisma.Sql {
  if (!breakdowns)
    return Prisma.sql`WITH ${scopeCtes(scope)}, ${keptCte(scope)},
    cube AS (SELECT 'total' AS dim, NULL::text AS key, ${cubeMeasures} FROM kept)
    SELECT dim, key, ${meetingMeasures} FROM cube GROUP BY dim, key`;
  return Prisma.sql`WITH ${scopeCtes(scope)}, ${keptCte(scope)},
    lvl AS (
      SELECT GROUPING("sessionId") = 0 AS by_time, "sessionId", slot, value_currency, category_id, supplier_city, buyer_city,
             ${cubeMeasures}
        FROM kept
       GROUP BY GROUPING SETS (("sessionId", slot, value_currency), (category_id, supplier_city, buyer_city))
    ),
    cube AS (
      SELECT 'total' AS dim, NULL::text AS key, ${measureColumns} FROM lvl l WHERE l.by_time
      UNION ALL
      SELECT 'session', l."sessionId", ${measureColumns} FROM lvl l WHERE l.by_time
      UNION ALL
      SELECT 'day', (l.slot AT TIME ZONE (SELECT zone FROM fair))::date::text, ${measureColumns} FROM lvl l WHERE l.by_time
      UNION ALL
      SELECT 'currency', l.value_currency, ${measureColumns} FROM lvl l WHERE l.by_time
      UNION ALL
      SELECT 'category', l.category_id, ${measureColumns} FROM lvl l WHERE NOT l.by_time
      UNION ALL
      SELECT 'cnCity', g.cn_city, ${measureColumns}
        FROM lvl l LEFT JOIN geo g ON g.name = l.supplier_city WHERE NOT l.by_time
      UNION ALL
      SELECT 'ruDistrict', g.ru_district, ${measureColumns}
        FROM lvl l LEFT JOIN geo g ON g.name = l.buyer_city WHERE NOT l.by_time
      UNION ALL
      SELECT 'ruRegion', g.ru_region, ${measureColumns}
        FROM lvl l LEFT JOIN geo g ON g.name = l.buyer_city WHERE NOT l.by_time
    )
    SELECT dim, key, ${meetingMeasures} FROM cube GROUP BY dim, key`;
}

export type MeetingPage = { after?: { sessionId: string; startsAt: Date; id: string }; limit: number };

export type MeetingExportRow = {
  id: string;
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
 * meetings of the scope (filters included) after the cursor in (session, startsAt, id)
 * order, read from the meeting facts on their (sessionId, startsAt, meetingId) index, each
 * with its parties' names, its places, both sides' outcomes and its estimate.
 */
export function meetingExportPageSql(scope: ReportScope, page: MeetingPage): Prisma.Sql {
  const after = page.after
    ? Prisma.sql`AND (f."sessionId", f."startsAt", f."meetingId") > (${page.after.sessionId}, ${page.after.startsAt}, ${page.after.id})`
    : Prisma.empty;
  return Prisma.sql`WITH ${scopeCtes(scope)},
    page AS MATERIALIZED (
      SELECT f.*, ${convertedValue} AS value_converted
        FROM "MeetingReportFact" f
       WHERE ${factsInScope(scope)} ${after}
       ORDER BY f."sessionId", f."startsAt", f."meetingId" LIMIT ${page.limit}
    )
    SELECT f."meetingId" AS id, f."startsAt", f."endsAt", f.status::text AS status, f."sessionId",
           f."categoryId" AS category_id, sg.cn_city, bg.ru_region,
           so."nameEn" AS supplier_en, so."nameZh" AS supplier_zh, so."nameRu" AS supplier_ru, so.city AS supplier_city,
           bo."nameEn" AS buyer_en, bo."nameZh" AS buyer_zh, bo."nameRu" AS buyer_ru, bo.city AS buyer_city,
           f.interpreted, f."supplierNoShow", f."buyerNoShow",
           f."supplierOutcome"::text AS supplier_outcome, f."buyerOutcome"::text AS buyer_outcome,
           f."valueMinor" AS value_minor, f."valueCurrency"::text AS value_currency, f.value_converted::text AS value_converted
      FROM page f
      JOIN "Organization" so ON so.id = f."supplierOrgId"
      JOIN "Organization" bo ON bo.id = f."buyerOrgId"
      LEFT JOIN geo sg ON sg.name = f."supplierCityKey"
      LEFT JOIN geo bg ON bg.name = f."buyerCityKey"
     ORDER BY f."sessionId", f."startsAt", f."meetingId"`;
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
 * ended. The category (the requirement's, else the supplier's main one) and place filters
 * apply; the day range does not (requests are sent before the fair's days). A request is
 * between a supplier and a buyer, so "the supplier's side is one of these suppliers" is
 * "either side is": the filters become sets of organizations (and of requirements) that
 * each request is looked up in, and no request is joined to anything.
 */
export function requestFiguresSql(scope: ReportScope): Prisma.Sql {
  const measures = Prisma.sql`count(*)::int AS sent,
           count(*) FILTER (WHERE q.status = 'ACCEPTED')::int AS accepted,
           count(*) FILTER (WHERE q.status = 'DECLINED')::int AS declined,
           count(*) FILTER (WHERE q.status = 'EXPIRED')::int AS expired,
           count(*) FILTER (WHERE q.status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE q.status = 'CANCELLED')::int AS cancelled`;
  const eitherSideIn = (set: string) =>
    Prisma.raw(
      `(q."fromOrganizationId" IN (SELECT id FROM ${set}) OR q."toOrganizationId" IN (SELECT id FROM ${set}))`,
    );
  const sets: Prisma.Sql[] = [];
  const conditions: Prisma.Sql[] = [Prisma.sql`q."sessionId" = ANY (${scope.sessionIds}::text[])`];
  if (scope.categoryId) {
    sets.push(Prisma.sql`cat_suppliers AS (
      SELECT o.id FROM "Organization" o WHERE o.kind = 'SUPPLIER' AND o."mainCategoryId" IN (SELECT id FROM cats)
    )`);
    conditions.push(Prisma.sql`(q."requirementId" IN (SELECT r.id FROM "PurchasingRequirement" r WHERE r."categoryId" IN (SELECT id FROM cats))
          OR (q."requirementId" IS NULL AND ${eitherSideIn("cat_suppliers")}))`);
  }
  if (scope.region) {
    const { side, cities } = placeFilter(scope.region);
    sets.push(Prisma.sql`placed AS (
      SELECT o.id FROM "Organization" o WHERE o.kind = ${side}::"OrganizationKind" AND lower(btrim(o.city)) IN (${cities})
    )`);
    conditions.push(eitherSideIn("placed"));
  }
  return Prisma.sql`WITH ${scopeCtes(scope)}${sets.length ? Prisma.sql`, ${Prisma.join(sets, ", ")}` : Prisma.empty}
    SELECT q."sessionId", ${measures}
      FROM "MeetingRequest" q
     WHERE ${Prisma.join(conditions, " AND ")}
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
  let region = Prisma.empty;
  if (scope.region) {
    const { side, cities } = placeFilter(scope.region);
    region = Prisma.sql`AND (o.kind <> ${side}::"OrganizationKind" OR lower(btrim(o.city)) IN (${cities}))`;
  }
  return Prisma.sql`WITH ${scopeCtes(scope)}
    SELECT reg."sessionId", o.kind::text AS kind,
           count(*)::int AS registered,
           count(*) FILTER (WHERE reg.status = 'APPROVED')::int AS approved,
           count(*) FILTER (WHERE reg.status = 'PENDING')::int AS pending,
           count(*) FILTER (WHERE reg.status = 'REJECTED')::int AS rejected,
           count(*) FILTER (WHERE reg.status = 'WITHDRAWN')::int AS withdrawn
      FROM "SessionRegistration" reg
      JOIN "Organization" o ON o.id = reg."organizationId"
     WHERE reg."sessionId" = ANY (${scope.sessionIds}::text[]) AND o.kind IN ('SUPPLIER', 'BUYER') ${region}
     GROUP BY GROUPING SETS ((o.kind), (reg."sessionId", o.kind))`;
}

/**
 * The previous edition of a fair: the same host's latest fair that started before it and
 * shares at least one session slug (every edition has the same sessions), with its
 * sessions' ids and the session of the same slug as `sessionId` when one is given.
 */
export function previousEditionSql(fairId: string, sessionId: string | null): Prisma.Sql {
  return Prisma.sql`
    SELECT p.id, p."nameEn", p."nameZh", p."nameRu", p."startDate",
           ARRAY(SELECT ps.id FROM "FairSession" ps WHERE ps."fairId" = p.id ORDER BY ps.id) AS "sessionIds",
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

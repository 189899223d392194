-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "mainCategoryId" TEXT;

-- CreateTable
CREATE TABLE "MeetingReportFact" (
    "meetingId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "MeetingStatus" NOT NULL,
    "supplierOrgId" TEXT NOT NULL,
    "buyerOrgId" TEXT NOT NULL,
    "interpreted" BOOLEAN NOT NULL,
    "supplierNoShow" BOOLEAN NOT NULL,
    "buyerNoShow" BOOLEAN NOT NULL,
    "categoryId" TEXT,
    "supplierCityKey" TEXT NOT NULL,
    "buyerCityKey" TEXT NOT NULL,
    "supplierOutcome" "MeetingOutcomeKind",
    "buyerOutcome" "MeetingOutcomeKind",
    "stage" SMALLINT NOT NULL,
    "valueMinor" BIGINT,
    "valueCurrency" "Currency",

    CONSTRAINT "MeetingReportFact_pkey" PRIMARY KEY ("meetingId")
);

-- CreateIndex
CREATE INDEX "MeetingReportFact_sessionId_startsAt_meetingId_idx" ON "MeetingReportFact"("sessionId", "startsAt", "meetingId");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_mainCategoryId_fkey" FOREIGN KEY ("mainCategoryId") REFERENCES "Category"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingReportFact" ADD CONSTRAINT "MeetingReportFact_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- A supplier's main category (Organization.mainCategoryId), kept by triggers on Product.
-- ---------------------------------------------------------------------------

-- The one definition: the category most of the organization's products are in; ties go
-- to the smaller id; none without products.
CREATE FUNCTION organization_main_category(org_id text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT p."categoryId" FROM "Product" p WHERE p."organizationId" = org_id
   GROUP BY p."categoryId" ORDER BY count(*) DESC, p."categoryId" LIMIT 1
$$;

-- Sets the main category of these organizations afresh. The rows are locked first and
-- read afterwards (a new statement, so a new snapshot under READ COMMITTED): two
-- transactions adding products to one supplier at once take turns, and the second sees
-- the first's product. NO KEY UPDATE does not conflict with the KEY SHARE lock the
-- products' foreign key takes, so it cannot deadlock with a product insert.
CREATE FUNCTION refresh_main_categories(org_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Organization" o WHERE o.id = ANY (org_ids) ORDER BY o.id FOR NO KEY UPDATE;
  UPDATE "Organization" o SET "mainCategoryId" = s.category_id
    FROM (SELECT id, organization_main_category(id) AS category_id FROM unnest(org_ids) AS id) s
   WHERE o.id = s.id AND o."mainCategoryId" IS DISTINCT FROM s.category_id;
END $$;

CREATE FUNCTION product_main_category_statement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_main_categories(ARRAY(SELECT DISTINCT "organizationId" FROM new_products));
  ELSE
    PERFORM refresh_main_categories(ARRAY(SELECT DISTINCT "organizationId" FROM old_products));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION product_main_category_row() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_main_categories(ARRAY[OLD."organizationId", NEW."organizationId"]);
  RETURN NULL;
END $$;

-- Inserts and deletes per statement (bulk imports write thousands of products at once);
-- updates per row, and only when the category or the owner changes (text edits and search
-- documents update products all the time).
CREATE TRIGGER "Product_main_category_insert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION product_main_category_statement();
CREATE TRIGGER "Product_main_category_delete" AFTER DELETE ON "Product"
  REFERENCING OLD TABLE AS old_products FOR EACH STATEMENT EXECUTE FUNCTION product_main_category_statement();
CREATE TRIGGER "Product_main_category_update" AFTER UPDATE OF "categoryId", "organizationId" ON "Product"
  FOR EACH ROW WHEN (OLD."categoryId" IS DISTINCT FROM NEW."categoryId" OR OLD."organizationId" IS DISTINCT FROM NEW."organizationId")
  EXECUTE FUNCTION product_main_category_row();

UPDATE "Organization" o SET "mainCategoryId" = organization_main_category(o.id)
 WHERE EXISTS (SELECT 1 FROM "Product" p WHERE p."organizationId" = o.id);

-- ---------------------------------------------------------------------------
-- The fair report's facts per meeting (MeetingReportFact), kept by triggers.
-- ---------------------------------------------------------------------------

-- The one definition of a meeting's facts. The funnel stage is the further side's; the
-- estimate is the buyer's order intent value when it gave one with a currency, else the
-- supplier's. The cities are keyed as lib/results/geography.ts joins them.
CREATE VIEW meeting_report_fact_source AS
SELECT m.id AS "meetingId", m."sessionId", m."startsAt", m."endsAt", m.status, m."supplierOrgId", m."buyerOrgId",
       m."interpreterId" IS NOT NULL AS interpreted, m."supplierNoShow", m."buyerNoShow",
       COALESCE(r."categoryId", so."mainCategoryId") AS "categoryId",
       lower(btrim(so.city)) AS "supplierCityKey", lower(btrim(bo.city)) AS "buyerCityKey",
       sr.outcome AS "supplierOutcome", br.outcome AS "buyerOutcome",
       GREATEST(
         CASE sr.outcome WHEN 'FOLLOW_UP' THEN 1 WHEN 'SAMPLE_REQUESTED' THEN 2 WHEN 'QUOTATION_SENT' THEN 3 WHEN 'ORDER_INTENT' THEN 4 ELSE 0 END,
         CASE br.outcome WHEN 'FOLLOW_UP' THEN 1 WHEN 'SAMPLE_REQUESTED' THEN 2 WHEN 'QUOTATION_SENT' THEN 3 WHEN 'ORDER_INTENT' THEN 4 ELSE 0 END
       )::smallint AS stage,
       CASE WHEN br.outcome = 'ORDER_INTENT' AND br."estimatedValueMinor" IS NOT NULL AND br.currency IS NOT NULL
              THEN br."estimatedValueMinor"
            WHEN sr.outcome = 'ORDER_INTENT' AND sr."estimatedValueMinor" IS NOT NULL AND sr.currency IS NOT NULL
              THEN sr."estimatedValueMinor" END AS "valueMinor",
       CASE WHEN br.outcome = 'ORDER_INTENT' AND br."estimatedValueMinor" IS NOT NULL AND br.currency IS NOT NULL
              THEN br.currency
            WHEN sr.outcome = 'ORDER_INTENT' AND sr."estimatedValueMinor" IS NOT NULL AND sr.currency IS NOT NULL
              THEN sr.currency END AS "valueCurrency"
  FROM "Meeting" m
  JOIN "Organization" so ON so.id = m."supplierOrgId"
  JOIN "Organization" bo ON bo.id = m."buyerOrgId"
  LEFT JOIN "MeetingRequest" q ON q.id = m."requestId"
  LEFT JOIN "PurchasingRequirement" r ON r.id = q."requirementId"
  LEFT JOIN "MeetingOutcomeReport" sr ON sr."meetingId" = m.id AND sr.side = 'SUPPLIER'
  LEFT JOIN "MeetingOutcomeReport" br ON br."meetingId" = m.id AND br.side = 'BUYER';

-- Writes the facts of these meetings afresh from the view (rows that would not change are
-- left alone). Every writer locks the meetings first and reads afterwards (a new statement,
-- so a new snapshot under READ COMMITTED): the supplier's and the buyer's outcome reports,
-- a cancellation and a city change of one meeting take turns, and the last one to write
-- sees all the others. New meetings need no lock (no one else sees them yet).
CREATE FUNCTION refresh_meeting_report_facts(meeting_ids text[], lock_meetings boolean DEFAULT true)
RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF lock_meetings THEN
    PERFORM 1 FROM "Meeting" m WHERE m.id = ANY (meeting_ids) ORDER BY m.id FOR NO KEY UPDATE;
  END IF;
  INSERT INTO "MeetingReportFact" AS f ("meetingId", "sessionId", "startsAt", "endsAt", status, "supplierOrgId",
         "buyerOrgId", interpreted, "supplierNoShow", "buyerNoShow", "categoryId", "supplierCityKey", "buyerCityKey",
         "supplierOutcome", "buyerOutcome", stage, "valueMinor", "valueCurrency")
  SELECT s."meetingId", s."sessionId", s."startsAt", s."endsAt", s.status, s."supplierOrgId",
         s."buyerOrgId", s.interpreted, s."supplierNoShow", s."buyerNoShow", s."categoryId", s."supplierCityKey", s."buyerCityKey",
         s."supplierOutcome", s."buyerOutcome", s.stage, s."valueMinor", s."valueCurrency"
    FROM meeting_report_fact_source s WHERE s."meetingId" = ANY (meeting_ids)
  ON CONFLICT ("meetingId") DO UPDATE SET ("sessionId", "startsAt", "endsAt", status, "supplierOrgId",
         "buyerOrgId", interpreted, "supplierNoShow", "buyerNoShow", "categoryId", "supplierCityKey", "buyerCityKey",
         "supplierOutcome", "buyerOutcome", stage, "valueMinor", "valueCurrency")
       = (EXCLUDED."sessionId", EXCLUDED."startsAt", EXCLUDED."endsAt", EXCLUDED.status, EXCLUDED."supplierOrgId",
         EXCLUDED."buyerOrgId", EXCLUDED.interpreted, EXCLUDED."supplierNoShow", EXCLUDED."buyerNoShow", EXCLUDED."categoryId",
         EXCLUDED."supplierCityKey", EXCLUDED."buyerCityKey", EXCLUDED."supplierOutcome", EXCLUDED."buyerOutcome",
         EXCLUDED.stage, EXCLUDED."valueMinor", EXCLUDED."valueCurrency")
   WHERE (f.*) IS DISTINCT FROM (EXCLUDED.*);
END $$;

CREATE FUNCTION meeting_report_facts_of_new_meetings() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_meeting_report_facts(ARRAY(SELECT id FROM new_meetings), false);
  RETURN NULL;
END $$;

CREATE FUNCTION meeting_report_facts_of_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_meeting_report_facts(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE FUNCTION meeting_report_facts_of_outcomes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_meeting_report_facts(ARRAY(SELECT DISTINCT "meetingId" FROM new_reports));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_meeting_report_facts(ARRAY(SELECT DISTINCT "meetingId" FROM old_reports));
  ELSE
    PERFORM refresh_meeting_report_facts(
      ARRAY(SELECT "meetingId" FROM old_reports UNION SELECT "meetingId" FROM new_reports));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION meeting_report_facts_of_request() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_meeting_report_facts(ARRAY(SELECT m.id FROM "Meeting" m WHERE m."requestId" = NEW.id));
  RETURN NULL;
END $$;

CREATE FUNCTION meeting_report_facts_of_requirement() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_meeting_report_facts(ARRAY(
    SELECT m.id FROM "MeetingRequest" q JOIN "Meeting" m ON m."requestId" = q.id WHERE q."requirementId" = NEW.id));
  RETURN NULL;
END $$;

CREATE FUNCTION meeting_report_facts_of_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_meeting_report_facts(ARRAY(
    SELECT m.id FROM "Meeting" m WHERE m."supplierOrgId" = NEW.id OR m."buyerOrgId" = NEW.id));
  RETURN NULL;
END $$;

-- New meetings per statement (the benchmark and imports insert thousands at once); a
-- meeting's own changes per row, only when a column the facts read changes (the no-show
-- check, reminders and calendar sequence numbers update meetings for other reasons).
CREATE TRIGGER "Meeting_report_facts_insert" AFTER INSERT ON "Meeting"
  REFERENCING NEW TABLE AS new_meetings FOR EACH STATEMENT EXECUTE FUNCTION meeting_report_facts_of_new_meetings();
CREATE TRIGGER "Meeting_report_facts_update" AFTER UPDATE ON "Meeting"
  FOR EACH ROW WHEN ((OLD."sessionId", OLD."startsAt", OLD."endsAt", OLD.status, OLD."supplierOrgId", OLD."buyerOrgId",
                      OLD."interpreterId", OLD."supplierNoShow", OLD."buyerNoShow", OLD."requestId")
    IS DISTINCT FROM (NEW."sessionId", NEW."startsAt", NEW."endsAt", NEW.status, NEW."supplierOrgId", NEW."buyerOrgId",
                      NEW."interpreterId", NEW."supplierNoShow", NEW."buyerNoShow", NEW."requestId"))
  EXECUTE FUNCTION meeting_report_facts_of_meeting();
CREATE TRIGGER "MeetingOutcomeReport_report_facts_insert" AFTER INSERT ON "MeetingOutcomeReport"
  REFERENCING NEW TABLE AS new_reports FOR EACH STATEMENT EXECUTE FUNCTION meeting_report_facts_of_outcomes();
CREATE TRIGGER "MeetingOutcomeReport_report_facts_update" AFTER UPDATE ON "MeetingOutcomeReport"
  REFERENCING OLD TABLE AS old_reports NEW TABLE AS new_reports FOR EACH STATEMENT
  EXECUTE FUNCTION meeting_report_facts_of_outcomes();
CREATE TRIGGER "MeetingOutcomeReport_report_facts_delete" AFTER DELETE ON "MeetingOutcomeReport"
  REFERENCING OLD TABLE AS old_reports FOR EACH STATEMENT EXECUTE FUNCTION meeting_report_facts_of_outcomes();
CREATE TRIGGER "MeetingRequest_report_facts" AFTER UPDATE OF "requirementId" ON "MeetingRequest"
  FOR EACH ROW WHEN (OLD."requirementId" IS DISTINCT FROM NEW."requirementId")
  EXECUTE FUNCTION meeting_report_facts_of_request();
CREATE TRIGGER "PurchasingRequirement_report_facts" AFTER UPDATE OF "categoryId" ON "PurchasingRequirement"
  FOR EACH ROW WHEN (OLD."categoryId" IS DISTINCT FROM NEW."categoryId")
  EXECUTE FUNCTION meeting_report_facts_of_requirement();
CREATE TRIGGER "Organization_report_facts" AFTER UPDATE OF city, "mainCategoryId" ON "Organization"
  FOR EACH ROW WHEN (OLD.city IS DISTINCT FROM NEW.city OR OLD."mainCategoryId" IS DISTINCT FROM NEW."mainCategoryId")
  EXECUTE FUNCTION meeting_report_facts_of_organization();

-- The report reads an edition's facts in one pass of a few milliseconds per 10,000 meetings; starting a parallel
-- worker costs more than that on a small, busy server (measured: an earlier edition's headline 40-90 ms with a
-- worker, 8-10 ms without), so these scans stay in the backend that runs the statement.
ALTER TABLE "MeetingReportFact" SET (parallel_workers = 0);

INSERT INTO "MeetingReportFact" ("meetingId", "sessionId", "startsAt", "endsAt", status, "supplierOrgId", "buyerOrgId",
       interpreted, "supplierNoShow", "buyerNoShow", "categoryId", "supplierCityKey", "buyerCityKey", "supplierOutcome",
       "buyerOutcome", stage, "valueMinor", "valueCurrency")
SELECT "meetingId", "sessionId", "startsAt", "endsAt", status, "supplierOrgId", "buyerOrgId",
       interpreted, "supplierNoShow", "buyerNoShow", "categoryId", "supplierCityKey", "buyerCityKey", "supplierOutcome",
       "buyerOutcome", stage, "valueMinor", "valueCurrency"
  FROM meeting_report_fact_source;

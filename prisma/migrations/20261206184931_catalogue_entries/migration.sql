-- AlterTable
ALTER TABLE "Category" ADD COLUMN     "searchDocument" tsvector;

-- CreateTable
CREATE TABLE "CatalogueEntry" (
    "sessionId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,
    "supplierCity" TEXT NOT NULL,
    "moq" INTEGER NOT NULL,
    "minUsdCents" DECIMAL(30,0),
    "maxUsdCents" DECIMAL(30,0),
    "certifications" TEXT[],
    "supplierCertificateTypes" TEXT[],
    "createdAt" TIMESTAMPTZ(3) NOT NULL,
    "searchDocument" tsvector,
    "searchName" tsvector,

    CONSTRAINT "CatalogueEntry_pkey" PRIMARY KEY ("sessionId","productId")
);

-- CreateIndex
CREATE INDEX "CatalogueEntry_productId_idx" ON "CatalogueEntry"("productId");

-- AddForeignKey
ALTER TABLE "CatalogueEntry" ADD CONSTRAINT "CatalogueEntry_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CatalogueEntry" ADD CONSTRAINT "CatalogueEntry_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- A session's catalogue as rows of its own (CatalogueEntry), kept by triggers (issue 16).
-- The catalogue search reads one narrow table with its filters as index and row
-- conditions instead of joining the session's suppliers, registrations, categories and
-- rates per search. What depends on the moment (the fair published, listed before the
-- session ended, a certificate unexpired) stays in the search statement.
-- ---------------------------------------------------------------------------

-- A category and its ancestors (a product belongs to a session when one of them is a
-- session category); UNION guards against a cycle.
CREATE FUNCTION category_lineage(category_id text) RETURNS text[] LANGUAGE sql STABLE AS $$
  WITH RECURSIVE up(id) AS (
    SELECT category_id
    UNION
    SELECT c."parentId" FROM "Category" c JOIN up ON c.id = up.id WHERE c."parentId" IS NOT NULL
  )
  SELECT array_agg(id) FROM up
$$;

-- The one definition of a catalogue entry: a listed product (lib/catalogue/visible-product.ts:
-- listedProductSql) of an approved supplier (approvedSupplierSql) whose registration for the
-- session is approved, in a category of the session or a subcategory of one; its price range
-- in whole US cents at the fair's rates (lib/catalogue/search-sql.ts usdCents: USD is 1:1, a
-- currency without a rate has no bounds). tests/integration/catalogue-entries.test.ts compares
-- it with those TypeScript fragments.
-- Minor units of a currency in whole US cents at a fair's rate (lib/catalogue/search-sql.ts
-- usdCents: integer math on numeric; USD is 1:1; NULL without a price or a rate).
CREATE FUNCTION catalogue_usd_cents(minor bigint, price_currency "Currency", fair_id text) RETURNS numeric
LANGUAGE sql STABLE AS $$
  SELECT div(minor::numeric * 1000000, (CASE WHEN price_currency = 'USD' THEN 1000000::bigint
    ELSE (SELECT er."perUsdCentMicros" FROM "ExchangeRate" er
           WHERE er."fairId" = fair_id AND er.currency = price_currency) END)::numeric)
$$;

CREATE VIEW catalogue_entry_source AS
SELECT r."sessionId", p.id AS "productId", p."organizationId", p."categoryId", o.city AS "supplierCity", p.moq,
       catalogue_usd_cents(p."priceMinMinor", p.currency, s."fairId") AS "minUsdCents",
       catalogue_usd_cents(coalesce(p."priceMaxMinor", p."priceMinMinor"), p.currency, s."fairId") AS "maxUsdCents",
       p.certifications,
       ARRAY(SELECT DISTINCT c."typeCode" FROM "Certificate" c WHERE c."organizationId" = p."organizationId"
              ORDER BY c."typeCode") AS "supplierCertificateTypes",
       p."createdAt", p."searchDocument", p."searchName"
  FROM "Product" p
  JOIN "Organization" o ON o.id = p."organizationId"
  JOIN "SessionRegistration" r ON r."organizationId" = p."organizationId"
  JOIN "FairSession" s ON s.id = r."sessionId"
 WHERE p.visibility = 'VISIBLE' AND p."blockedByEntryId" IS NULL
   AND o.kind = 'SUPPLIER' AND o.status = 'APPROVED'
   AND r.status = 'APPROVED'
   AND EXISTS (SELECT 1 FROM "SessionCategory" sc
                WHERE sc."sessionId" = r."sessionId" AND sc."categoryId" = ANY (category_lineage(p."categoryId")));

-- Writes the entries of these products afresh from the view (rows that would not change are
-- left alone). Every writer locks the products first, in id order, and reads afterwards (a
-- new statement, so a new snapshot under READ COMMITTED): a product edit, a supplier's
-- approval and a registration decision touching one product take turns, and the last one
-- sees the others. NO KEY UPDATE does not conflict with the KEY SHARE lock of foreign keys
-- (images, showcase rows), so it cannot deadlock with their inserts.
CREATE FUNCTION refresh_catalogue_entries(product_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(cardinality(product_ids), 0) = 0 THEN RETURN; END IF;
  PERFORM 1 FROM "Product" p WHERE p.id = ANY (product_ids) ORDER BY p.id FOR NO KEY UPDATE;
  DELETE FROM "CatalogueEntry" e
   WHERE e."productId" = ANY (product_ids)
     AND NOT EXISTS (SELECT 1 FROM catalogue_entry_source s
                      WHERE s."productId" = e."productId" AND s."sessionId" = e."sessionId");
  INSERT INTO "CatalogueEntry" AS e ("sessionId", "productId", "organizationId", "categoryId", "supplierCity", moq,
         "minUsdCents", "maxUsdCents", certifications, "supplierCertificateTypes", "createdAt", "searchDocument",
         "searchName")
  SELECT s."sessionId", s."productId", s."organizationId", s."categoryId", s."supplierCity", s.moq,
         s."minUsdCents", s."maxUsdCents", s.certifications, s."supplierCertificateTypes", s."createdAt",
         s."searchDocument", s."searchName"
    FROM catalogue_entry_source s WHERE s."productId" = ANY (product_ids)
  ON CONFLICT ("sessionId", "productId") DO UPDATE SET ("organizationId", "categoryId", "supplierCity", moq,
         "minUsdCents", "maxUsdCents", certifications, "supplierCertificateTypes", "createdAt", "searchDocument",
         "searchName")
       = (EXCLUDED."organizationId", EXCLUDED."categoryId", EXCLUDED."supplierCity", EXCLUDED.moq,
         EXCLUDED."minUsdCents", EXCLUDED."maxUsdCents", EXCLUDED.certifications, EXCLUDED."supplierCertificateTypes",
         EXCLUDED."createdAt", EXCLUDED."searchDocument", EXCLUDED."searchName")
   WHERE (e.*) IS DISTINCT FROM (EXCLUDED.*);
END $$;

-- The products of these organizations (a supplier's status or city, its registrations, its certificates).
CREATE FUNCTION refresh_catalogue_entries_of_organizations(org_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_catalogue_entries(ARRAY(SELECT p.id FROM "Product" p WHERE p."organizationId" = ANY (org_ids)));
END $$;

CREATE FUNCTION catalogue_entries_of_products() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_catalogue_entries(ARRAY(SELECT id FROM new_products));
  ELSE
    -- Only products whose entry would change (text edits, image and timestamp updates do not).
    PERFORM refresh_catalogue_entries(ARRAY(
      SELECT n.id FROM new_products n JOIN old_products o ON o.id = n.id
       WHERE (o."organizationId", o."categoryId", o.moq, o."priceMinMinor", o."priceMaxMinor", o.currency,
              o.certifications, o.visibility, o."blockedByEntryId", o."createdAt", o."searchDocument", o."searchName")
             IS DISTINCT FROM
             (n."organizationId", n."categoryId", n.moq, n."priceMinMinor", n."priceMaxMinor", n.currency,
              n.certifications, n.visibility, n."blockedByEntryId", n."createdAt", n."searchDocument", n."searchName")));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION catalogue_entries_of_organization() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_catalogue_entries_of_organizations(ARRAY[NEW.id]);
  RETURN NULL;
END $$;

CREATE FUNCTION catalogue_entries_of_registrations() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_catalogue_entries_of_organizations(ARRAY(SELECT DISTINCT "organizationId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_catalogue_entries_of_organizations(ARRAY(SELECT DISTINCT "organizationId" FROM old_rows));
  ELSE
    PERFORM refresh_catalogue_entries_of_organizations(ARRAY(
      SELECT o."organizationId" FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o."sessionId", o."organizationId", o.status) IS DISTINCT FROM (n."sessionId", n."organizationId", n.status)
      UNION SELECT n."organizationId" FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o."sessionId", o."organizationId", o.status) IS DISTINCT FROM (n."sessionId", n."organizationId", n.status)));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION catalogue_entries_of_certificates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_catalogue_entries_of_organizations(ARRAY(SELECT DISTINCT "organizationId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_catalogue_entries_of_organizations(ARRAY(SELECT DISTINCT "organizationId" FROM old_rows));
  ELSE
    PERFORM refresh_catalogue_entries_of_organizations(ARRAY(
      SELECT o."organizationId" FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o."organizationId", o."typeCode") IS DISTINCT FROM (n."organizationId", n."typeCode")
      UNION SELECT n."organizationId" FROM old_rows o JOIN new_rows n ON n.id = o.id
       WHERE (o."organizationId", o."typeCode") IS DISTINCT FROM (n."organizationId", n."typeCode")));
  END IF;
  RETURN NULL;
END $$;

-- A session's categories changed: every product of its registered suppliers, and those it lists now.
CREATE FUNCTION catalogue_entries_of_sessions(session_ids text[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_catalogue_entries(ARRAY(
    SELECT p.id FROM "SessionRegistration" r JOIN "Product" p ON p."organizationId" = r."organizationId"
     WHERE r."sessionId" = ANY (session_ids)
    UNION SELECT e."productId" FROM "CatalogueEntry" e WHERE e."sessionId" = ANY (session_ids)));
END $$;

CREATE FUNCTION catalogue_entries_of_session_categories() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM catalogue_entries_of_sessions(ARRAY(SELECT DISTINCT "sessionId" FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM catalogue_entries_of_sessions(ARRAY(SELECT DISTINCT "sessionId" FROM old_rows));
  ELSE
    PERFORM catalogue_entries_of_sessions(ARRAY(SELECT "sessionId" FROM old_rows UNION SELECT "sessionId" FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

-- A category moved: the products of it and of its subcategories, in every session.
CREATE FUNCTION catalogue_entries_of_category() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM refresh_catalogue_entries(ARRAY(
    WITH RECURSIVE tree(id) AS (
      SELECT NEW.id UNION SELECT c.id FROM "Category" c JOIN tree ON c."parentId" = tree.id
    )
    SELECT p.id FROM "Product" p JOIN tree ON p."categoryId" = tree.id));
  RETURN NULL;
END $$;

-- A fair's rates changed: only the price bounds of its sessions' entries in those currencies
-- move (a rate is one of tens of thousands of entries; recomputing whole entries from the view
-- took over a minute for 100,000 products). The products are locked first, in id order, as
-- every other writer of their entries does; the bounds come from the view's own function.
CREATE FUNCTION refresh_catalogue_entry_prices(fair_ids text[], currencies "Currency"[]) RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "Product" p
   WHERE p.currency = ANY (currencies) AND p.id IN (
     SELECT e."productId" FROM "CatalogueEntry" e JOIN "FairSession" s ON s.id = e."sessionId"
      WHERE s."fairId" = ANY (fair_ids))
   ORDER BY p.id FOR NO KEY UPDATE;
  UPDATE "CatalogueEntry" e
     SET "minUsdCents" = catalogue_usd_cents(p."priceMinMinor", p.currency, s."fairId"),
         "maxUsdCents" = catalogue_usd_cents(coalesce(p."priceMaxMinor", p."priceMinMinor"), p.currency, s."fairId")
    FROM "Product" p, "FairSession" s
   WHERE p.id = e."productId" AND s.id = e."sessionId" AND s."fairId" = ANY (fair_ids) AND p.currency = ANY (currencies)
     AND (e."minUsdCents", e."maxUsdCents") IS DISTINCT FROM
         (catalogue_usd_cents(p."priceMinMinor", p.currency, s."fairId"),
          catalogue_usd_cents(coalesce(p."priceMaxMinor", p."priceMinMinor"), p.currency, s."fairId"));
END $$;

CREATE FUNCTION catalogue_entries_of_rates() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM refresh_catalogue_entry_prices(ARRAY(SELECT DISTINCT "fairId" FROM new_rows),
                                           ARRAY(SELECT DISTINCT currency FROM new_rows));
  ELSIF TG_OP = 'DELETE' THEN
    PERFORM refresh_catalogue_entry_prices(ARRAY(SELECT DISTINCT "fairId" FROM old_rows),
                                           ARRAY(SELECT DISTINCT currency FROM old_rows));
  ELSE
    PERFORM refresh_catalogue_entry_prices(
      ARRAY(SELECT "fairId" FROM old_rows UNION SELECT "fairId" FROM new_rows),
      ARRAY(SELECT currency FROM old_rows UNION SELECT currency FROM new_rows));
  END IF;
  RETURN NULL;
END $$;

-- Bulk writers (the benchmark's generator, imports, the search-document backfill) write
-- thousands of products, registrations and certificates per statement: those triggers run
-- per statement. Deleted products and sessions take their entries with them (foreign keys).
CREATE TRIGGER "Product_catalogue_entries_insert" AFTER INSERT ON "Product"
  REFERENCING NEW TABLE AS new_products FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_products();
CREATE TRIGGER "Product_catalogue_entries_update" AFTER UPDATE ON "Product"
  REFERENCING OLD TABLE AS old_products NEW TABLE AS new_products FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_entries_of_products();
CREATE TRIGGER "Organization_catalogue_entries" AFTER UPDATE OF kind, status, city ON "Organization"
  FOR EACH ROW WHEN ((OLD.kind, OLD.status, OLD.city) IS DISTINCT FROM (NEW.kind, NEW.status, NEW.city))
  EXECUTE FUNCTION catalogue_entries_of_organization();
CREATE TRIGGER "SessionRegistration_catalogue_entries_insert" AFTER INSERT ON "SessionRegistration"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_registrations();
CREATE TRIGGER "SessionRegistration_catalogue_entries_update" AFTER UPDATE ON "SessionRegistration"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_entries_of_registrations();
CREATE TRIGGER "SessionRegistration_catalogue_entries_delete" AFTER DELETE ON "SessionRegistration"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_registrations();
CREATE TRIGGER "Certificate_catalogue_entries_insert" AFTER INSERT ON "Certificate"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_certificates();
CREATE TRIGGER "Certificate_catalogue_entries_update" AFTER UPDATE ON "Certificate"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_entries_of_certificates();
CREATE TRIGGER "Certificate_catalogue_entries_delete" AFTER DELETE ON "Certificate"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_certificates();
CREATE TRIGGER "SessionCategory_catalogue_entries_insert" AFTER INSERT ON "SessionCategory"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_session_categories();
CREATE TRIGGER "SessionCategory_catalogue_entries_update" AFTER UPDATE ON "SessionCategory"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_entries_of_session_categories();
CREATE TRIGGER "SessionCategory_catalogue_entries_delete" AFTER DELETE ON "SessionCategory"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_session_categories();
CREATE TRIGGER "Category_catalogue_entries" AFTER UPDATE OF "parentId" ON "Category"
  FOR EACH ROW WHEN (OLD."parentId" IS DISTINCT FROM NEW."parentId") EXECUTE FUNCTION catalogue_entries_of_category();
CREATE TRIGGER "ExchangeRate_catalogue_entries_insert" AFTER INSERT ON "ExchangeRate"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_rates();
CREATE TRIGGER "ExchangeRate_catalogue_entries_update" AFTER UPDATE ON "ExchangeRate"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT
  EXECUTE FUNCTION catalogue_entries_of_rates();
CREATE TRIGGER "ExchangeRate_catalogue_entries_delete" AFTER DELETE ON "ExchangeRate"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION catalogue_entries_of_rates();

-- The search's indexes. A category's entries of a session (those with a document), newest
-- first, holding every column the category fast path reads: the filters are checked inside
-- the index and the scan stops at the first 1,001 that pass, without visiting the table
-- (an index-only scan; a plain or bitmap scan of 1,001 rows costs several times more). The
-- same by supplier city, for a search in one city. The text index of the copied documents;
-- every entry of a session, newest first (browsing).
CREATE INDEX "CatalogueEntry_category_idx" ON "CatalogueEntry"
  ("sessionId", "categoryId", "createdAt" DESC, moq, "minUsdCents", "maxUsdCents", "supplierCity")
  INCLUDE ("productId", "organizationId", certifications, "supplierCertificateTypes", "searchName")
  WHERE "searchDocument" IS NOT NULL;
CREATE INDEX "CatalogueEntry_category_city_idx" ON "CatalogueEntry"
  ("sessionId", "categoryId", "supplierCity", "createdAt" DESC, moq, "minUsdCents", "maxUsdCents")
  INCLUDE ("productId", "organizationId", certifications, "supplierCertificateTypes", "searchName")
  WHERE "searchDocument" IS NOT NULL;
CREATE INDEX "CatalogueEntry_newest_idx" ON "CatalogueEntry" ("sessionId", "createdAt" DESC, "productId" DESC);
-- A city's entries, for the text arm to AND into its bitmap (口罩 in Hangzhou: 73 of 3,173 text hits).
CREATE INDEX "CatalogueEntry_supplierCity_idx" ON "CatalogueEntry" ("supplierCity");
CREATE INDEX "CatalogueEntry_search_document_idx" ON "CatalogueEntry" USING gin ("searchDocument");

INSERT INTO "CatalogueEntry" ("sessionId", "productId", "organizationId", "categoryId", "supplierCity", moq,
       "minUsdCents", "maxUsdCents", certifications, "supplierCertificateTypes", "createdAt", "searchDocument", "searchName")
SELECT "sessionId", "productId", "organizationId", "categoryId", "supplierCity", moq,
       "minUsdCents", "maxUsdCents", certifications, "supplierCertificateTypes", "createdAt", "searchDocument", "searchName"
  FROM catalogue_entry_source;

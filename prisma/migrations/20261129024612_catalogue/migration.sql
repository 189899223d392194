-- CreateTable
CREATE TABLE "BuyerCategoryInterest" (
    "organizationId" TEXT NOT NULL,
    "categoryId" TEXT NOT NULL,

    CONSTRAINT "BuyerCategoryInterest_pkey" PRIMARY KEY ("organizationId","categoryId")
);

-- CreateIndex
CREATE INDEX "BuyerCategoryInterest_categoryId_idx" ON "BuyerCategoryInterest"("categoryId");

-- AddForeignKey
ALTER TABLE "BuyerCategoryInterest" ADD CONSTRAINT "BuyerCategoryInterest_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BuyerCategoryInterest" ADD CONSTRAINT "BuyerCategoryInterest_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written: catalogue search. Prisma's schema language cannot express these.
-- ---------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- One definition of each search document, shared by the indexes below and by
-- the catalogue and negative-list queries (lib/catalogue/search-sql.ts), so the
-- planner can use the indexes. Russian and English are stemmed; Chinese has no
-- word breaks, so it is searched by substring through trigrams.
CREATE FUNCTION fb_search_ru(name text, description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('russian'::regconfig, coalesce(name, '') || ' ' || coalesce(description, '')) $$;
CREATE FUNCTION fb_search_en(name text, description text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT to_tsvector('english'::regconfig, coalesce(name, '') || ' ' || coalesce(description, '')) $$;
CREATE FUNCTION fb_search_zh(name text, description text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT lower(coalesce(name, '') || ' ' || coalesce(description, '')) $$;

CREATE INDEX "Product_search_ru_idx" ON "Product" USING gin (fb_search_ru("nameRu", "descriptionRu"));
CREATE INDEX "Product_search_en_idx" ON "Product" USING gin (fb_search_en("nameEn", "descriptionEn"));
CREATE INDEX "Product_search_zh_idx" ON "Product" USING gin (fb_search_zh("nameZh", "descriptionZh") gin_trgm_ops);
CREATE INDEX "Product_newest_idx" ON "Product" ("createdAt" DESC, "id" DESC);

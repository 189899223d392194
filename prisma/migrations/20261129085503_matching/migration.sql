-- CreateEnum
CREATE TYPE "MeetingOutcome" AS ENUM ('ORDER_PLACED', 'FOLLOW_UP', 'NO_DEAL');

-- CreateEnum
CREATE TYPE "MatchSide" AS ENUM ('BUYER', 'SUPPLIER');

-- CreateEnum
CREATE TYPE "MatchReactionKind" AS ENUM ('INTERESTED', 'NOT_RELEVANT');

-- CreateEnum
CREATE TYPE "MatchTableStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- AlterTable
ALTER TABLE "Fair" ADD COLUMN     "matchWeights" JSONB;

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "outcome" "MeetingOutcome";

-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "verifiedAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "Product" ADD COLUMN     "searchTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "PurchasingRequirement" ADD COLUMN     "searchTerms" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateTable
CREATE TABLE "MatchReaction" (
    "requirementId" TEXT NOT NULL,
    "supplierOrgId" TEXT NOT NULL,
    "side" "MatchSide" NOT NULL,
    "kind" "MatchReactionKind" NOT NULL,
    "userId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MatchReaction_pkey" PRIMARY KEY ("requirementId","supplierOrgId","side")
);

-- CreateTable
CREATE TABLE "MatchProposal" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "supplierOrgId" TEXT NOT NULL,
    "buyerOrgId" TEXT NOT NULL,
    "proposedById" TEXT NOT NULL,
    "note" TEXT,
    "priorityAdjustment" INTEGER NOT NULL DEFAULT 0,
    "withdrawnAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchProposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MatchScore" (
    "sessionId" TEXT NOT NULL,
    "requirementId" TEXT NOT NULL,
    "supplierOrgId" TEXT NOT NULL,
    "score" INTEGER NOT NULL,
    "factors" JSONB NOT NULL,
    "bestProductId" TEXT,
    "computedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MatchScore_pkey" PRIMARY KEY ("sessionId","requirementId","supplierOrgId")
);

-- CreateTable
CREATE TABLE "MatchTableRun" (
    "sessionId" TEXT NOT NULL,
    "status" "MatchTableStatus" NOT NULL,
    "requestedAt" TIMESTAMPTZ(3) NOT NULL,
    "startedAt" TIMESTAMPTZ(3),
    "finishedAt" TIMESTAMPTZ(3),
    "pairs" INTEGER,
    "durationMs" INTEGER,
    "error" TEXT,

    CONSTRAINT "MatchTableRun_pkey" PRIMARY KEY ("sessionId")
);

-- CreateIndex
CREATE INDEX "MatchReaction_supplierOrgId_idx" ON "MatchReaction"("supplierOrgId");

-- CreateIndex
CREATE INDEX "MatchProposal_sessionId_idx" ON "MatchProposal"("sessionId");

-- CreateIndex
CREATE INDEX "MatchProposal_supplierOrgId_idx" ON "MatchProposal"("supplierOrgId");

-- CreateIndex
CREATE INDEX "MatchProposal_buyerOrgId_idx" ON "MatchProposal"("buyerOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "MatchProposal_requirementId_supplierOrgId_key" ON "MatchProposal"("requirementId", "supplierOrgId");

-- CreateIndex
CREATE INDEX "MatchScore_sessionId_score_idx" ON "MatchScore"("sessionId", "score" DESC);

-- CreateIndex
CREATE INDEX "MatchScore_supplierOrgId_sessionId_idx" ON "MatchScore"("supplierOrgId", "sessionId");

-- AddForeignKey
ALTER TABLE "MatchReaction" ADD CONSTRAINT "MatchReaction_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "PurchasingRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchReaction" ADD CONSTRAINT "MatchReaction_supplierOrgId_fkey" FOREIGN KEY ("supplierOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchReaction" ADD CONSTRAINT "MatchReaction_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "PurchasingRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_supplierOrgId_fkey" FOREIGN KEY ("supplierOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_buyerOrgId_fkey" FOREIGN KEY ("buyerOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_proposedById_fkey" FOREIGN KEY ("proposedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchScore" ADD CONSTRAINT "MatchScore_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchScore" ADD CONSTRAINT "MatchScore_requirementId_fkey" FOREIGN KEY ("requirementId") REFERENCES "PurchasingRequirement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchScore" ADD CONSTRAINT "MatchScore_supplierOrgId_fkey" FOREIGN KEY ("supplierOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MatchTableRun" ADD CONSTRAINT "MatchTableRun_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written below: what Prisma's schema cannot express.

ALTER TABLE "MatchScore" ADD CONSTRAINT "MatchScore_score_range" CHECK ("score" BETWEEN 0 AND 100);
ALTER TABLE "MatchProposal" ADD CONSTRAINT "MatchProposal_priority_range" CHECK ("priorityAdjustment" BETWEEN -2 AND 2);

-- The words matching compares: Russian and English stems (the catalogue's search
-- configurations, so "пуховики" and "пуховик" meet) and, for Chinese, which has no
-- word breaks, every pair of adjacent Han characters ("男士羽绒服" -> 男士 士羽 羽绒 绒服).
-- Stems are prefixed (ru:/en:/zh:) so a Russian and an English stem never collide.
CREATE FUNCTION fb_han_bigrams(text text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT coalesce(array_agg(DISTINCT 'zh:' || pair), '{}')
    FROM (
      SELECT substr(run, i, 2) AS pair
      FROM regexp_matches(coalesce(text, ''), '[\u3400-\u9fff]{2,}', 'g') AS m(parts),
           LATERAL (SELECT parts[1] AS run) r,
           LATERAL generate_series(1, char_length(run) - 1) AS i
    ) pairs
  $$;

CREATE FUNCTION fb_match_terms(en text, zh text, ru text) RETURNS text[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$
    SELECT ARRAY(
      SELECT DISTINCT term FROM (
        SELECT 'ru:' || t AS term FROM unnest(tsvector_to_array(to_tsvector('russian'::regconfig, coalesce(ru, '')))) t
        UNION ALL
        SELECT 'en:' || t FROM unnest(tsvector_to_array(to_tsvector('english'::regconfig, coalesce(en, '')))) t
        UNION ALL
        SELECT unnest(fb_han_bigrams(zh))
      ) terms
      ORDER BY term
    )
  $$;

CREATE FUNCTION fb_product_search_terms() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      NEW."searchTerms" := fb_match_terms(
        coalesce(NEW."nameEn", '') || ' ' || coalesce(NEW."descriptionEn", ''),
        coalesce(NEW."nameZh", '') || ' ' || coalesce(NEW."descriptionZh", ''),
        coalesce(NEW."nameRu", '') || ' ' || coalesce(NEW."descriptionRu", ''));
      RETURN NEW;
    END
  $$;

CREATE TRIGGER "Product_search_terms" BEFORE INSERT OR UPDATE OF "nameEn", "nameZh", "nameRu", "descriptionEn", "descriptionZh", "descriptionRu", "searchTerms"
  ON "Product" FOR EACH ROW EXECUTE FUNCTION fb_product_search_terms();

CREATE FUNCTION fb_requirement_search_terms() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
    BEGIN
      NEW."searchTerms" := fb_match_terms(NEW."textEn", NEW."textZh", NEW."textRu");
      RETURN NEW;
    END
  $$;

CREATE TRIGGER "PurchasingRequirement_search_terms" BEFORE INSERT OR UPDATE OF "textEn", "textZh", "textRu", "searchTerms"
  ON "PurchasingRequirement" FOR EACH ROW EXECUTE FUNCTION fb_requirement_search_terms();

-- Rows that exist already get their terms now.
UPDATE "Product" SET "searchTerms" = '{}';
UPDATE "PurchasingRequirement" SET "searchTerms" = '{}';

CREATE INDEX "Product_search_terms_idx" ON "Product" USING gin ("searchTerms");
CREATE INDEX "PurchasingRequirement_search_terms_idx" ON "PurchasingRequirement" USING gin ("searchTerms");

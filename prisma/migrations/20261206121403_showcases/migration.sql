-- CreateEnum
CREATE TYPE "ShowcaseStatus" AS ENUM ('PENDING', 'APPROVED', 'REJECTED', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ShowcaseRecordingStatus" AS ENUM ('NONE', 'PROCESSING', 'READY', 'FAILED');

-- CreateEnum
CREATE TYPE "ShowcaseMessageKind" AS ENUM ('CHAT', 'QUESTION');

-- CreateEnum
CREATE TYPE "ShowcaseMessagePhase" AS ENUM ('LIVE', 'REPLAY');

-- AlterTable
ALTER TABLE "FairSession" ADD COLUMN     "showcaseOverlapLimit" INTEGER;

-- AlterTable
ALTER TABLE "MeetingRequest" ADD COLUMN     "showcaseId" TEXT;

-- CreateTable
CREATE TABLE "Showcase" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT,
    "titleZh" TEXT,
    "titleRu" TEXT,
    "titleEn" TEXT,
    "descriptionZh" TEXT,
    "descriptionRu" TEXT,
    "descriptionEn" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "status" "ShowcaseStatus" NOT NULL DEFAULT 'PENDING',
    "reviewNote" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "reviewedById" TEXT,
    "cancelledAt" TIMESTAMPTZ(3),
    "isPublic" BOOLEAN NOT NULL DEFAULT false,
    "janusRoomId" BIGINT,
    "liveStartedAt" TIMESTAMPTZ(3),
    "liveEndedAt" TIMESTAMPTZ(3),
    "recordingStatus" "ShowcaseRecordingStatus" NOT NULL DEFAULT 'NONE',
    "recordingFile" TEXT,
    "peakViewers" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Showcase_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShowcaseProduct" (
    "showcaseId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ShowcaseProduct_pkey" PRIMARY KEY ("showcaseId","productId")
);

-- CreateTable
CREATE TABLE "ShowcaseFollow" (
    "showcaseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "reminderSentAt" TIMESTAMPTZ(3),

    CONSTRAINT "ShowcaseFollow_pkey" PRIMARY KEY ("showcaseId","userId")
);

-- CreateTable
CREATE TABLE "ShowcaseMessage" (
    "id" TEXT NOT NULL,
    "showcaseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "kind" "ShowcaseMessageKind" NOT NULL DEFAULT 'CHAT',
    "text" TEXT NOT NULL,
    "phase" "ShowcaseMessagePhase" NOT NULL DEFAULT 'LIVE',
    "hiddenAt" TIMESTAMPTZ(3),
    "hiddenById" TEXT,
    "pinnedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShowcaseMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ShowcasePin" (
    "showcaseId" TEXT NOT NULL,
    "productId" TEXT NOT NULL,
    "pinnedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShowcasePin_pkey" PRIMARY KEY ("showcaseId","productId")
);

-- CreateTable
CREATE TABLE "ShowcaseView" (
    "showcaseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "firstSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ShowcaseView_pkey" PRIMARY KEY ("showcaseId","userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "Showcase_janusRoomId_key" ON "Showcase"("janusRoomId");

-- CreateIndex
CREATE INDEX "Showcase_sessionId_startsAt_idx" ON "Showcase"("sessionId", "startsAt");

-- CreateIndex
CREATE INDEX "Showcase_organizationId_startsAt_idx" ON "Showcase"("organizationId", "startsAt");

-- CreateIndex
CREATE INDEX "ShowcaseProduct_productId_idx" ON "ShowcaseProduct"("productId");

-- CreateIndex
CREATE INDEX "ShowcaseFollow_userId_idx" ON "ShowcaseFollow"("userId");

-- CreateIndex
CREATE INDEX "ShowcaseMessage_showcaseId_createdAt_idx" ON "ShowcaseMessage"("showcaseId", "createdAt");

-- CreateIndex
CREATE INDEX "ShowcasePin_productId_idx" ON "ShowcasePin"("productId");

-- CreateIndex
CREATE INDEX "ShowcaseView_showcaseId_lastSeenAt_idx" ON "ShowcaseView"("showcaseId", "lastSeenAt");

-- CreateIndex
CREATE INDEX "ShowcaseView_userId_idx" ON "ShowcaseView"("userId");

-- CreateIndex
CREATE INDEX "MeetingRequest_showcaseId_idx" ON "MeetingRequest"("showcaseId");

-- AddForeignKey
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_showcaseId_fkey" FOREIGN KEY ("showcaseId") REFERENCES "Showcase"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseProduct" ADD CONSTRAINT "ShowcaseProduct_showcaseId_fkey" FOREIGN KEY ("showcaseId") REFERENCES "Showcase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseProduct" ADD CONSTRAINT "ShowcaseProduct_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseFollow" ADD CONSTRAINT "ShowcaseFollow_showcaseId_fkey" FOREIGN KEY ("showcaseId") REFERENCES "Showcase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseFollow" ADD CONSTRAINT "ShowcaseFollow_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseMessage" ADD CONSTRAINT "ShowcaseMessage_showcaseId_fkey" FOREIGN KEY ("showcaseId") REFERENCES "Showcase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseMessage" ADD CONSTRAINT "ShowcaseMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseMessage" ADD CONSTRAINT "ShowcaseMessage_hiddenById_fkey" FOREIGN KEY ("hiddenById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcasePin" ADD CONSTRAINT "ShowcasePin_showcaseId_fkey" FOREIGN KEY ("showcaseId") REFERENCES "Showcase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcasePin" ADD CONSTRAINT "ShowcasePin_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseView" ADD CONSTRAINT "ShowcaseView_showcaseId_fkey" FOREIGN KEY ("showcaseId") REFERENCES "Showcase"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ShowcaseView" ADD CONSTRAINT "ShowcaseView_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------
-- Hand-written: showcase invariants Prisma's schema language cannot express.
-- ---------------------------------------------------------------------------
CREATE EXTENSION IF NOT EXISTS btree_gist;

-- A showcase lasts 5 to 240 minutes.
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_length" CHECK (
  "endsAt" >= "startsAt" + interval '5 minutes' AND "endsAt" <= "startsAt" + interval '240 minutes'
);
-- It has a title in at least one language; texts are bounded.
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_has_title" CHECK (
  COALESCE(NULLIF(btrim("titleZh"), ''), NULLIF(btrim("titleRu"), ''), NULLIF(btrim("titleEn"), '')) IS NOT NULL
);
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_text_lengths" CHECK (
  char_length(COALESCE("titleZh", '')) <= 120 AND char_length(COALESCE("titleRu", '')) <= 120
  AND char_length(COALESCE("titleEn", '')) <= 120
  AND char_length(COALESCE("descriptionZh", '')) <= 2000 AND char_length(COALESCE("descriptionRu", '')) <= 2000
  AND char_length(COALESCE("descriptionEn", '')) <= 2000
  AND char_length(COALESCE("reviewNote", '')) <= 1000
);
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_live_order" CHECK (
  "liveEndedAt" IS NULL OR ("liveStartedAt" IS NOT NULL AND "liveEndedAt" >= "liveStartedAt")
);
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_peak_viewers" CHECK ("peakViewers" >= 0);
-- A supplier never has two overlapping showcases that are pending or approved.
-- Half-open ranges: back-to-back is fine.
ALTER TABLE "Showcase" ADD CONSTRAINT "Showcase_no_supplier_overlap"
  EXCLUDE USING gist ("organizationId" WITH =, tstzrange("startsAt", "endsAt", '[)') WITH &&)
  WHERE ("status" IN ('PENDING', 'APPROVED'));
-- The per-session limit of simultaneous showcases is at least one.
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_showcaseOverlapLimit" CHECK (
  "showcaseOverlapLimit" IS NULL OR "showcaseOverlapLimit" >= 1
);
ALTER TABLE "ShowcaseMessage" ADD CONSTRAINT "ShowcaseMessage_text_length" CHECK (char_length("text") BETWEEN 1 AND 1000);
-- Only questions are pinned.
ALTER TABLE "ShowcaseMessage" ADD CONSTRAINT "ShowcaseMessage_pin_question" CHECK ("pinnedAt" IS NULL OR "kind" = 'QUESTION');
ALTER TABLE "ShowcaseView" ADD CONSTRAINT "ShowcaseView_seen_order" CHECK ("lastSeenAt" >= "firstSeenAt");

-- The instant a session starts: midnight of its first day in the fair's zone
-- (the pair of fairbridge_session_ends_at; lib/fairs/lifecycle.ts).
CREATE FUNCTION fairbridge_session_starts_at(session_id TEXT) RETURNS TIMESTAMPTZ
LANGUAGE sql STABLE AS $$
  SELECT s."startDate"::timestamp AT TIME ZONE f."timeZone"
  FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId"
  WHERE s.id = session_id
$$;

-- A showcase lies within its session's days.
CREATE FUNCTION fairbridge_showcase_within_session() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."startsAt" < fairbridge_session_starts_at(NEW."sessionId")
     OR NEW."endsAt" > fairbridge_session_ends_at(NEW."sessionId") THEN
    RAISE EXCEPTION 'showcase_within_session: showcase % lies outside session %', NEW.id, NEW."sessionId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'showcase_within_session';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "Showcase_within_session"
  BEFORE INSERT OR UPDATE OF "startsAt", "endsAt", "sessionId" ON "Showcase"
  FOR EACH ROW EXECUTE FUNCTION fairbridge_showcase_within_session();

-- Featured and pinned products are the showcase supplier's own.
CREATE FUNCTION fairbridge_showcase_product_owner() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NOT EXISTS (
    SELECT 1 FROM "Showcase" sc JOIN "Product" p ON p."organizationId" = sc."organizationId"
    WHERE sc.id = NEW."showcaseId" AND p.id = NEW."productId"
  ) THEN
    RAISE EXCEPTION 'showcase_product_owner: product % is not the showcase supplier''s', NEW."productId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'showcase_product_owner';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "ShowcaseProduct_owner"
  BEFORE INSERT OR UPDATE ON "ShowcaseProduct"
  FOR EACH ROW EXECUTE FUNCTION fairbridge_showcase_product_owner();

CREATE TRIGGER "ShowcasePin_owner"
  BEFORE INSERT OR UPDATE ON "ShowcasePin"
  FOR EACH ROW EXECUTE FUNCTION fairbridge_showcase_product_owner();

-- The reminder sweep reads follows not yet reminded; the programme reads live showcases.
CREATE INDEX "ShowcaseFollow_reminder_due" ON "ShowcaseFollow"("showcaseId") WHERE "reminderSentAt" IS NULL;

-- CreateEnum
CREATE TYPE "ScheduleDraftStatus" AS ENUM ('OPEN', 'PUBLISHED', 'DISCARDED');

-- CreateEnum
CREATE TYPE "ScheduleDraftItemStatus" AS ENUM ('PLACED', 'DROPPED', 'UNSCHEDULED');

-- CreateTable
CREATE TABLE "ScheduleDraft" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "status" "ScheduleDraftStatus" NOT NULL DEFAULT 'OPEN',
    "problem" JSONB NOT NULL,
    "solveMs" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "publishedAt" TIMESTAMPTZ(3),

    CONSTRAINT "ScheduleDraft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScheduleDraftItem" (
    "id" TEXT NOT NULL,
    "draftId" TEXT NOT NULL,
    "problemRequestId" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "weight" INTEGER NOT NULL,
    "supplierOrgId" TEXT NOT NULL,
    "buyerOrgId" TEXT NOT NULL,
    "meetingRequestId" TEXT,
    "proposalId" TEXT,
    "needsInterpreter" BOOLEAN NOT NULL DEFAULT false,
    "status" "ScheduleDraftItemStatus" NOT NULL,
    "slotId" TEXT,
    "startsAt" TIMESTAMPTZ(3),
    "endsAt" TIMESTAMPTZ(3),
    "interpreterId" TEXT,
    "reason" TEXT,

    CONSTRAINT "ScheduleDraftItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ScheduleDraft_sessionId_createdAt_idx" ON "ScheduleDraft"("sessionId", "createdAt");

-- CreateIndex
CREATE INDEX "ScheduleDraftItem_draftId_status_idx" ON "ScheduleDraftItem"("draftId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "ScheduleDraftItem_draftId_problemRequestId_key" ON "ScheduleDraftItem"("draftId", "problemRequestId");

-- AddForeignKey
ALTER TABLE "ScheduleDraft" ADD CONSTRAINT "ScheduleDraft_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "FairSession"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleDraft" ADD CONSTRAINT "ScheduleDraft_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ScheduleDraftItem" ADD CONSTRAINT "ScheduleDraftItem_draftId_fkey" FOREIGN KEY ("draftId") REFERENCES "ScheduleDraft"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written: at most one open draft per session (a new run discards the open one),
-- and a placed pair always has its slot.
CREATE UNIQUE INDEX "ScheduleDraft_one_open_per_session" ON "ScheduleDraft"("sessionId") WHERE "status" = 'OPEN';
ALTER TABLE "ScheduleDraftItem" ADD CONSTRAINT "ScheduleDraftItem_placed_has_slot"
  CHECK ("status" <> 'PLACED' OR ("slotId" IS NOT NULL AND "startsAt" IS NOT NULL AND "endsAt" IS NOT NULL));

-- CreateEnum
CREATE TYPE "MeetingOutcomeKind" AS ENUM ('NO_INTEREST', 'FOLLOW_UP', 'SAMPLE_REQUESTED', 'QUOTATION_SENT', 'ORDER_INTENT');

-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "buyerNoShow" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "noShowCheckedAt" TIMESTAMPTZ(3),
ADD COLUMN     "supplierNoShow" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "RoomSignal" (
    "id" BIGSERIAL NOT NULL,
    "meetingId" TEXT NOT NULL,
    "fromUserId" TEXT NOT NULL,
    "toUserId" TEXT,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomSignal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomChatMessage" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "productId" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoomChatMessage_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoomAttendance" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "role" TEXT NOT NULL,
    "organizationId" TEXT,
    "joinedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "leftAt" TIMESTAMPTZ(3),

    CONSTRAINT "RoomAttendance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MeetingOutcomeReport" (
    "meetingId" TEXT NOT NULL,
    "side" "MatchSide" NOT NULL,
    "organizationId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "outcome" "MeetingOutcomeKind" NOT NULL,
    "estimatedValueMinor" BIGINT,
    "currency" "Currency",
    "note" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "MeetingOutcomeReport_pkey" PRIMARY KEY ("meetingId","side")
);

-- CreateIndex
CREATE INDEX "RoomSignal_meetingId_id_idx" ON "RoomSignal"("meetingId", "id");

-- CreateIndex
CREATE INDEX "RoomChatMessage_meetingId_createdAt_idx" ON "RoomChatMessage"("meetingId", "createdAt");

-- CreateIndex
CREATE INDEX "RoomAttendance_meetingId_joinedAt_idx" ON "RoomAttendance"("meetingId", "joinedAt");

-- CreateIndex
CREATE INDEX "RoomAttendance_userId_idx" ON "RoomAttendance"("userId");

-- AddForeignKey
ALTER TABLE "RoomSignal" ADD CONSTRAINT "RoomSignal_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomSignal" ADD CONSTRAINT "RoomSignal_fromUserId_fkey" FOREIGN KEY ("fromUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomSignal" ADD CONSTRAINT "RoomSignal_toUserId_fkey" FOREIGN KEY ("toUserId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomChatMessage" ADD CONSTRAINT "RoomChatMessage_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomChatMessage" ADD CONSTRAINT "RoomChatMessage_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomChatMessage" ADD CONSTRAINT "RoomChatMessage_productId_fkey" FOREIGN KEY ("productId") REFERENCES "Product"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomAttendance" ADD CONSTRAINT "RoomAttendance_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoomAttendance" ADD CONSTRAINT "RoomAttendance_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOutcomeReport" ADD CONSTRAINT "MeetingOutcomeReport_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingOutcomeReport" ADD CONSTRAINT "MeetingOutcomeReport_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Hand-written: rules Prisma's schema language cannot express.
ALTER TABLE "RoomChatMessage" ADD CONSTRAINT "RoomChatMessage_body_length" CHECK (char_length("body") BETWEEN 1 AND 2000);
ALTER TABLE "RoomAttendance" ADD CONSTRAINT "RoomAttendance_left_after_joined" CHECK ("leftAt" IS NULL OR "leftAt" >= "joinedAt");
ALTER TABLE "RoomAttendance" ADD CONSTRAINT "RoomAttendance_role" CHECK ("role" IN ('SUPPLIER', 'BUYER', 'INTERPRETER', 'ORGANIZER'));
-- A user is in a room at most once at a time (a second tab takes over the open visit).
CREATE UNIQUE INDEX "RoomAttendance_one_open_visit" ON "RoomAttendance"("meetingId", "userId") WHERE "leftAt" IS NULL;
-- An estimated value belongs to an order intent, and always with its currency.
ALTER TABLE "MeetingOutcomeReport" ADD CONSTRAINT "MeetingOutcomeReport_value_with_intent" CHECK (
  ("estimatedValueMinor" IS NULL AND "currency" IS NULL)
  OR ("outcome" = 'ORDER_INTENT' AND "estimatedValueMinor" > 0 AND "currency" IS NOT NULL)
);
-- The no-show sweep (every 2 minutes) reads only scheduled meetings not yet checked.
CREATE INDEX "Meeting_no_show_due" ON "Meeting"("startsAt") WHERE "status" = 'SCHEDULED' AND "noShowCheckedAt" IS NULL;

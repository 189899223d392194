-- AlterTable
ALTER TABLE "Meeting" ADD COLUMN     "sequence" INTEGER NOT NULL DEFAULT 0;

-- Hand-written: what Prisma's schema language cannot express.

-- At most one open (PENDING) request between two organizations in a session, whichever
-- side sent it; requestMeeting checks first, this index decides a race.
CREATE UNIQUE INDEX "MeetingRequest_one_open_per_pair" ON "MeetingRequest" (
  "sessionId",
  LEAST("fromOrganizationId", "toOrganizationId"),
  GREATEST("fromOrganizationId", "toOrganizationId")
) WHERE ("status" = 'PENDING');

-- expireRequests scans the PENDING requests past their expiry.
CREATE INDEX "MeetingRequest_pending_expiry_idx" ON "MeetingRequest" ("expiresAt") WHERE ("status" = 'PENDING');

ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_parties_differ" CHECK ("fromOrganizationId" <> "toOrganizationId");
ALTER TABLE "MeetingRequest" ADD CONSTRAINT "MeetingRequest_at_most_three_slots" CHECK (cardinality("preferredStarts") <= 3);
ALTER TABLE "Meeting" ADD CONSTRAINT "Meeting_sequence_positive" CHECK ("sequence" >= 0);

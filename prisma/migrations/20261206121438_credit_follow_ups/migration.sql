-- CreateEnum
CREATE TYPE "ComplaintStatus" AS ENUM ('OPEN', 'UPHELD', 'DISMISSED');

-- CreateTable
CREATE TABLE "OutcomeReminder" (
    "meetingId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "sentAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OutcomeReminder_pkey" PRIMARY KEY ("meetingId","userId")
);

-- CreateTable
CREATE TABLE "MeetingFollowUp" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "createdById" TEXT NOT NULL,
    "dueOn" DATE NOT NULL,
    "note" TEXT NOT NULL,
    "doneAt" TIMESTAMPTZ(3),
    "doneById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "MeetingFollowUp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" TEXT NOT NULL,
    "meetingId" TEXT NOT NULL,
    "complainantOrgId" TEXT NOT NULL,
    "respondentOrgId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "status" "ComplaintStatus" NOT NULL DEFAULT 'OPEN',
    "reviewNote" TEXT,
    "reviewedById" TEXT,
    "reviewedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ComplaintEvidence" (
    "id" TEXT NOT NULL,
    "complaintId" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintEvidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NegativeListAttempt" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "userId" TEXT,
    "entryId" TEXT,
    "hsCode" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "NegativeListAttempt_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "MeetingFollowUp_organizationId_doneAt_dueOn_idx" ON "MeetingFollowUp"("organizationId", "doneAt", "dueOn");

-- CreateIndex
CREATE INDEX "MeetingFollowUp_meetingId_idx" ON "MeetingFollowUp"("meetingId");

-- CreateIndex
CREATE INDEX "Complaint_respondentOrgId_status_idx" ON "Complaint"("respondentOrgId", "status");

-- CreateIndex
CREATE INDEX "Complaint_complainantOrgId_idx" ON "Complaint"("complainantOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "Complaint_meetingId_complainantOrgId_key" ON "Complaint"("meetingId", "complainantOrgId");

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintEvidence_storageKey_key" ON "ComplaintEvidence"("storageKey");

-- CreateIndex
CREATE INDEX "ComplaintEvidence_complaintId_idx" ON "ComplaintEvidence"("complaintId");

-- CreateIndex
CREATE INDEX "NegativeListAttempt_organizationId_createdAt_idx" ON "NegativeListAttempt"("organizationId", "createdAt");

-- AddForeignKey
ALTER TABLE "OutcomeReminder" ADD CONSTRAINT "OutcomeReminder_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OutcomeReminder" ADD CONSTRAINT "OutcomeReminder_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFollowUp" ADD CONSTRAINT "MeetingFollowUp_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFollowUp" ADD CONSTRAINT "MeetingFollowUp_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFollowUp" ADD CONSTRAINT "MeetingFollowUp_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "MeetingFollowUp" ADD CONSTRAINT "MeetingFollowUp_doneById_fkey" FOREIGN KEY ("doneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_meetingId_fkey" FOREIGN KEY ("meetingId") REFERENCES "Meeting"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_complainantOrgId_fkey" FOREIGN KEY ("complainantOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_respondentOrgId_fkey" FOREIGN KEY ("respondentOrgId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Complaint" ADD CONSTRAINT "Complaint_reviewedById_fkey" FOREIGN KEY ("reviewedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ComplaintEvidence" ADD CONSTRAINT "ComplaintEvidence_complaintId_fkey" FOREIGN KEY ("complaintId") REFERENCES "Complaint"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeListAttempt" ADD CONSTRAINT "NegativeListAttempt_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeListAttempt" ADD CONSTRAINT "NegativeListAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NegativeListAttempt" ADD CONSTRAINT "NegativeListAttempt_entryId_fkey" FOREIGN KEY ("entryId") REFERENCES "NegativeListEntry"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Invariants the schema language cannot express (issue 18: follow-ups and credit supervision).

ALTER TABLE "MeetingFollowUp"
  ADD CONSTRAINT "MeetingFollowUp_note_check" CHECK (length(btrim(note)) BETWEEN 1 AND 1000),
  -- doneById may be cleared when its user is deleted (SET NULL), so only "done by" implies "done".
  ADD CONSTRAINT "MeetingFollowUp_done_check" CHECK ("doneById" IS NULL OR "doneAt" IS NOT NULL);

ALTER TABLE "Complaint"
  ADD CONSTRAINT "Complaint_text_check" CHECK (length(btrim(text)) BETWEEN 1 AND 5000),
  ADD CONSTRAINT "Complaint_parties_check" CHECK ("complainantOrgId" <> "respondentOrgId"),
  -- An open complaint carries no verdict; a decided one always says when.
  ADD CONSTRAINT "Complaint_review_check" CHECK ((status = 'OPEN') = ("reviewedAt" IS NULL)),
  ADD CONSTRAINT "Complaint_review_note_check" CHECK ("reviewNote" IS NULL OR length("reviewNote") <= 2000);

ALTER TABLE "ComplaintEvidence"
  ADD CONSTRAINT "ComplaintEvidence_size_check" CHECK ("byteSize" > 0);

-- A complaint is filed by one side of the meeting against the other, never about
-- a cancelled meeting or another pair's.
CREATE FUNCTION complaint_parties_of_meeting() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  m RECORD;
BEGIN
  SELECT "supplierOrgId", "buyerOrgId", status INTO m FROM "Meeting" WHERE id = NEW."meetingId";
  IF m.status = 'CANCELLED' THEN
    RAISE EXCEPTION 'complaint_meeting_cancelled' USING ERRCODE = 'check_violation';
  END IF;
  IF NOT ((NEW."complainantOrgId" = m."supplierOrgId" AND NEW."respondentOrgId" = m."buyerOrgId")
       OR (NEW."complainantOrgId" = m."buyerOrgId" AND NEW."respondentOrgId" = m."supplierOrgId")) THEN
    RAISE EXCEPTION 'complaint_parties_not_of_meeting' USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END $$;

CREATE TRIGGER "Complaint_parties_of_meeting"
  BEFORE INSERT OR UPDATE OF "meetingId", "complainantOrgId", "respondentOrgId" ON "Complaint"
  FOR EACH ROW EXECUTE FUNCTION complaint_parties_of_meeting();

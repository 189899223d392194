-- AlterTable
ALTER TABLE "FairSession" ADD COLUMN     "registrationDeadline" DATE;

-- Registration may stay open into the session's days, never past its last day.
ALTER TABLE "FairSession" ADD CONSTRAINT "FairSession_registrationDeadline_check"
  CHECK ("registrationDeadline" IS NULL OR "registrationDeadline" <= "endDate");

-- The instant a session ends: midnight after its last day in the fair's zone
-- (the same rule as sessionSchedule() in lib/fairs/lifecycle.ts).
CREATE FUNCTION fairbridge_session_ends_at(session_id TEXT) RETURNS TIMESTAMPTZ
LANGUAGE sql STABLE AS $$
  SELECT (s."endDate" + 1)::timestamp AT TIME ZONE f."timeZone"
  FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId"
  WHERE s.id = session_id
$$;

-- Rows that must never exist: a meeting request or a registration created once
-- its session has ended. The row's own creation instant is compared, so history
-- recorded with the instant it happened (the 2022 demo edition) stays possible.
CREATE FUNCTION fairbridge_refuse_after_session_end() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."createdAt" >= fairbridge_session_ends_at(NEW."sessionId") THEN
    RAISE EXCEPTION 'session_not_ended: session % has ended', NEW."sessionId"
      USING ERRCODE = 'check_violation', CONSTRAINT = 'session_not_ended';
  END IF;
  RETURN NEW;
END
$$;

CREATE TRIGGER "MeetingRequest_session_not_ended"
  BEFORE INSERT ON "MeetingRequest"
  FOR EACH ROW EXECUTE FUNCTION fairbridge_refuse_after_session_end();

CREATE TRIGGER "SessionRegistration_session_not_ended"
  BEFORE INSERT ON "SessionRegistration"
  FOR EACH ROW EXECUTE FUNCTION fairbridge_refuse_after_session_end();

/**
 * One lifecycle for every session, derived from its dates in the fair's time zone
 * and the organizer's own state (the fair's status). Pure: the clock is an argument.
 *
 *   draft     the fair is not published yet
 *   open      published, registration open, the session's days still ahead
 *   closed    published, registration closed, the session's days still ahead
 *   live      during the session's calendar days (00:00 of the first to 24:00 of the last, fair's zone)
 *   ended     after the last day
 *   archived  the organizer archived the fair
 *
 * Registration is open until the end of `registrationDeadline` (a calendar day in the
 * fair's zone, at the latest the session's last day) or, when the organizer set none,
 * until the session starts.
 */
import { zonedInstant } from "@/lib/time/session-window";

export type SessionPhase = "draft" | "open" | "closed" | "live" | "ended" | "archived";

export type SessionLifecycleInput = {
  fairStatus: "DRAFT" | "PUBLISHED" | "ARCHIVED";
  timeZone: string;
  /** Calendar dates, stored as @db.Date (read as UTC midnight). */
  startDate: Date;
  endDate: Date;
  registrationDeadline: Date | null;
};

/** What the lifecycle reads of a session, for `select`. */
export const sessionLifecycleSelect = {
  startDate: true,
  endDate: true,
  registrationDeadline: true,
  fair: { select: { status: true, timeZone: true } },
} as const;

/** A session row read with sessionLifecycleSelect. */
export type SelectedLifecycle = {
  startDate: Date;
  endDate: Date;
  registrationDeadline: Date | null;
  fair: { status: SessionLifecycleInput["fairStatus"]; timeZone: string };
};

export function toLifecycleInput(session: SelectedLifecycle): SessionLifecycleInput {
  return {
    fairStatus: session.fair.status,
    timeZone: session.fair.timeZone,
    startDate: session.startDate,
    endDate: session.endDate,
    registrationDeadline: session.registrationDeadline,
  };
}

export type SessionSchedule = { startsAt: Date; endsAt: Date; registrationClosesAt: Date };

/** What may happen in a session, and the refusal when it may not. */
export type SessionAction = "register" | "meet" | "target" | "schedule";
export type LifecycleRefusal = "sessionEnded" | "registrationClosed" | "sessionNotPublished";

const dayOf = (date: Date) => date.toISOString().slice(0, 10);
const nextDay = (date: Date) => dayOf(new Date(date.getTime() + 86_400_000));

/** The instants that bound a session: its first minute, the minute after its last day, registration's end. */
export function sessionSchedule(session: SessionLifecycleInput): SessionSchedule {
  const startsAt = zonedInstant(dayOf(session.startDate), 0, session.timeZone);
  const endsAt = zonedInstant(nextDay(session.endDate), 0, session.timeZone);
  const registrationClosesAt = session.registrationDeadline
    ? zonedInstant(nextDay(session.registrationDeadline), 0, session.timeZone)
    : startsAt;
  return { startsAt, endsAt, registrationClosesAt: registrationClosesAt < endsAt ? registrationClosesAt : endsAt };
}

export function sessionPhase(session: SessionLifecycleInput, now: Date): SessionPhase {
  if (session.fairStatus === "DRAFT") return "draft";
  if (session.fairStatus === "ARCHIVED") return "archived";
  const { startsAt, endsAt, registrationClosesAt } = sessionSchedule(session);
  if (now >= endsAt) return "ended";
  if (now >= startsAt) return "live";
  return now < registrationClosesAt ? "open" : "closed";
}

/** Ended or archived: history, where nothing may happen any more. */
export function isSessionOver(session: SessionLifecycleInput, now: Date): boolean {
  const phase = sessionPhase(session, now);
  return phase === "ended" || phase === "archived";
}

export function isRegistrationOpen(session: SessionLifecycleInput, now: Date): boolean {
  const phase = sessionPhase(session, now);
  return (phase === "open" || phase === "live") && now < sessionSchedule(session).registrationClosesAt;
}

/**
 * Why `action` may not happen now, or null when it may:
 *   register  an organization joins the session (until the registration deadline);
 *   meet      request, propose, accept, reschedule or schedule meetings (until the session ends);
 *   target    a purchasing requirement is aimed at the session (until the session ends);
 *   schedule  the organizer auto-schedules or publishes meetings (drafts too, until the session ends).
 */
export function lifecycleRefusal(
  session: SessionLifecycleInput,
  action: SessionAction,
  now: Date,
): LifecycleRefusal | null {
  const phase = sessionPhase(session, now);
  if (phase === "draft") return action === "schedule" ? null : "sessionNotPublished";
  if (isSessionOver(session, now)) return "sessionEnded";
  if (action === "register" && !isRegistrationOpen(session, now)) return "registrationClosed";
  return null;
}

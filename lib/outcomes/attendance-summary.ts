import { noShowDeadline } from "./timing";

export type AttendanceVisit = {
  userId: string;
  userName: string;
  role: string;
  organizationId: string | null;
  joinedAt: Date;
  leftAt: Date | null;
};

export type PartyAttendance =
  | { state: "onTime"; firstJoinedAt: Date }
  | { state: "late"; firstJoinedAt: Date } // joined after the deadline; a no-show if it was checked
  | { state: "absent" } // checked: never joined
  | { state: "waiting" }; // the deadline has not passed yet

type MeetingFacts = { startsAt: Date; noShowCheckedAt: Date | null };

/**
 * How one side attended: its first visit against the 10-minute deadline. The
 * no-show flag itself comes from markNoShows; this only explains it ("joined
 * late at 10:14") and says how things stand before the check ran.
 */
export function partyAttendance(
  meeting: MeetingFacts,
  visits: AttendanceVisit[],
  organizationId: string,
  now: Date,
): PartyAttendance {
  const deadline = noShowDeadline(meeting.startsAt);
  const first = visits
    .filter((visit) => visit.organizationId === organizationId)
    .reduce<Date | null>((min, visit) => (min === null || visit.joinedAt < min ? visit.joinedAt : min), null);
  if (first && first <= deadline) return { state: "onTime", firstJoinedAt: first };
  if (first) return { state: "late", firstJoinedAt: first };
  return meeting.noShowCheckedAt || now > deadline ? { state: "absent" } : { state: "waiting" };
}

/** A party that has not joined this many minutes into the slot is a no-show. */
export const noShowGraceMinutes = 10;
/** The room stays open this long after the slot; only then is a reported meeting COMPLETED. */
export const roomClosesAfterMinutes = 15;

const minutes = (n: number) => n * 60_000;

/** The instant from which a party counts as absent. */
export function noShowDeadline(startsAt: Date): Date {
  return new Date(startsAt.getTime() + minutes(noShowGraceMinutes));
}

/** True once the room has closed: a meeting with a report may then be marked COMPLETED. */
export function meetingIsOver(endsAt: Date, now: Date): boolean {
  return now.getTime() >= endsAt.getTime() + minutes(roomClosesAfterMinutes);
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const party = {
  select: {
    id: true,
    nameEn: true,
    nameZh: true,
    nameRu: true,
    timeZone: true,
    users: {
      where: { disabledAt: null },
      select: { id: true, name: true, email: true },
      orderBy: { id: "asc" },
    },
  },
} as const;

/** Everything a calendar entry (and a meeting mail) shows of a meeting. */
export const calendarMeetingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  agenda: true,
  sequence: true,
  cancelReason: true,
  updatedAt: true,
  roomToken: true,
  supplierOrg: party,
  buyerOrg: party,
  interpreter: { select: { id: true, name: true, email: true, timeZone: true } },
  session: {
    select: {
      titleEn: true,
      titleZh: true,
      titleRu: true,
      fair: {
        select: {
          nameEn: true,
          nameZh: true,
          nameRu: true,
          timeZone: true,
          hostOrganization: { select: { nameEn: true, nameZh: true, nameRu: true } },
        },
      },
    },
  },
} satisfies Prisma.MeetingSelect;

export type CalendarMeeting = Prisma.MeetingGetPayload<{ select: typeof calendarMeetingSelect }>;

/** Loads one meeting for a calendar entry; callers check first that the viewer may see it. */
export async function loadCalendarMeeting(meetingId: string): Promise<CalendarMeeting | null> {
  return db.meeting.findUnique({ where: { id: meetingId }, select: calendarMeetingSelect });
}

import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";

const party = {
  select: { id: true, kind: true, nameEn: true, nameZh: true, nameRu: true, city: true, country: true, timeZone: true },
} as const;

/** What a schedule line shows: times, both parties, the interpreter, never the room token. */
export const meetingSummarySelect = {
  id: true,
  sessionId: true,
  requestId: true,
  status: true,
  startsAt: true,
  endsAt: true,
  agenda: true,
  cancelledAt: true,
  cancelReason: true,
  sequence: true,
  supplierOrg: party,
  buyerOrg: party,
  interpreter: { select: { id: true, name: true, timeZone: true } },
  session: {
    select: {
      titleEn: true,
      titleZh: true,
      titleRu: true,
      startDate: true,
      fair: { select: { id: true, timeZone: true } },
    },
  },
} satisfies Prisma.MeetingSelect;

/** The meeting page: the summary plus the room token and the request behind it. */
export const meetingDetailSelect = {
  ...meetingSummarySelect,
  roomToken: true,
  createdAt: true,
  request: {
    select: { id: true, needsInterpreter: true, message: true, fromOrganizationId: true, requirementId: true },
  },
} satisfies Prisma.MeetingSelect;

export type MeetingSummary = Prisma.MeetingGetPayload<{ select: typeof meetingSummarySelect }>;

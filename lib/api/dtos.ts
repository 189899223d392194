import { z } from "zod";
import type { AppLocale } from "@/lib/i18n/routing";
import { roomUrl } from "@/lib/calendar/room-url";

/**
 * What the API answers, as zod schemas: the OpenAPI document is generated from
 * them and the mappers below are typed by them, so the two cannot disagree.
 */
const instant = z.iso.datetime({ offset: true }).describe("ISO 8601 instant in UTC");
const day = z.iso.date().describe("Calendar date (YYYY-MM-DD)");

/** A text in each language; null where the organization gave none in that language. */
export const localizedTextSchema = z.object({
  en: z.string().nullable(),
  zh: z.string().nullable(),
  ru: z.string().nullable(),
});

export const slotSchema = z.object({ start: instant, end: instant });

export const organizationDtoSchema = z.object({
  id: z.string(),
  kind: z.enum(["ORGANIZER", "SUPPLIER", "BUYER"]),
  name: localizedTextSchema,
  city: z.string(),
  country: z.string(),
  timeZone: z.string(),
});

export const sessionDtoSchema = z.object({
  id: z.string(),
  slug: z.string(),
  title: localizedTextSchema,
  startDate: day,
  endDate: day,
  fair: z.object({ id: z.string(), slug: z.string(), name: localizedTextSchema }),
  registrationStatus: z.enum(["PENDING", "APPROVED", "REJECTED", "WITHDRAWN"]).nullable(),
});

export const sessionDetailDtoSchema = sessionDtoSchema.extend({
  timeZone: z.string().describe("The fair's IANA time zone"),
  slotMinutes: z.number().int(),
  requestExpiryHours: z.number().int(),
  slots: z.array(slotSchema).describe("Every bookable slot of the session"),
});

export const meetingDtoSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  requestId: z.string().nullable(),
  status: z.enum(["SCHEDULED", "COMPLETED", "CANCELLED"]),
  start: instant,
  end: instant,
  agenda: z.string().nullable(),
  sequence: z.number().int(),
  cancelledAt: instant.nullable(),
  cancelReason: z.string().nullable(),
  viewerRole: z.enum(["supplier", "buyer", "interpreter", "organizer"]),
  supplier: organizationDtoSchema,
  buyer: organizationDtoSchema,
  interpreter: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }).nullable(),
});

export const meetingDetailDtoSchema = meetingDtoSchema.extend({
  roomUrl: z.url(),
  needsInterpreter: z.boolean(),
  createdAt: instant,
  request: z
    .object({
      id: z.string(),
      message: z.string(),
      needsInterpreter: z.boolean(),
      fromOrganizationId: z.string(),
      requirementId: z.string().nullable(),
    })
    .nullable(),
});

export const meetingRequestDtoSchema = z.object({
  id: z.string(),
  sessionId: z.string(),
  fromOrganizationId: z.string(),
  toOrganizationId: z.string(),
  requirementId: z.string().nullable(),
  status: z.enum(["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "CANCELLED"]),
  message: z.string(),
  preferredSlots: z.array(instant),
  needsInterpreter: z.boolean(),
  declineReason: z.string().nullable(),
  expiresAt: instant,
  respondedAt: instant.nullable(),
  createdAt: instant,
});

export const sessionListSchema = z.object({ sessions: z.array(sessionDtoSchema) });
export const freeSlotListSchema = z.object({ slots: z.array(slotSchema) });
export const meetingListSchema = z.object({ meetings: z.array(meetingDtoSchema) });

export type SessionDto = z.output<typeof sessionDtoSchema>;
export type MeetingDto = z.output<typeof meetingDtoSchema>;
export type MeetingDetailDto = z.output<typeof meetingDetailDtoSchema>;
export type MeetingRequestDto = z.output<typeof meetingRequestDtoSchema>;

const iso = (date: Date) => date.toISOString();
const isoOrNull = (date: Date | null) => (date ? date.toISOString() : null);
const text = (row: object, field: string) => {
  const value = (suffix: string) => (row as Record<string, string | null | undefined>)[`${field}${suffix}`] ?? null;
  return { en: value("En"), zh: value("Zh"), ru: value("Ru") };
};

type OrgRow = {
  id: string;
  kind: "ORGANIZER" | "SUPPLIER" | "BUYER";
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  city: string;
  country: string;
  timeZone: string;
};

export function organizationDto(org: OrgRow): z.output<typeof organizationDtoSchema> {
  return {
    id: org.id,
    kind: org.kind,
    name: text(org, "name"),
    city: org.city,
    country: org.country,
    timeZone: org.timeZone,
  };
}

type SessionRow = {
  id: string;
  slug: string;
  titleEn: string;
  titleZh: string;
  titleRu: string;
  startDate: Date;
  endDate: Date;
  fairId: string;
  fair: { slug: string; nameEn: string; nameZh: string; nameRu: string };
  registrationStatus: SessionDto["registrationStatus"];
};

export function sessionDto(session: SessionRow): SessionDto {
  return {
    id: session.id,
    slug: session.slug,
    title: text(session, "title"),
    startDate: iso(session.startDate).slice(0, 10),
    endDate: iso(session.endDate).slice(0, 10),
    fair: { id: session.fairId, slug: session.fair.slug, name: text(session.fair, "name") },
    registrationStatus: session.registrationStatus,
  };
}

type MeetingRow = {
  id: string;
  sessionId: string;
  requestId: string | null;
  status: MeetingDto["status"];
  startsAt: Date;
  endsAt: Date;
  agenda: string | null;
  sequence: number;
  cancelledAt: Date | null;
  cancelReason: string | null;
  viewerRole: string;
  supplierOrg: OrgRow;
  buyerOrg: OrgRow;
  interpreter: { id: string; name: string; timeZone: string } | null;
};

export function meetingDto(meeting: MeetingRow): MeetingDto {
  return {
    id: meeting.id,
    sessionId: meeting.sessionId,
    requestId: meeting.requestId,
    status: meeting.status,
    start: iso(meeting.startsAt),
    end: iso(meeting.endsAt),
    agenda: meeting.agenda,
    sequence: meeting.sequence,
    cancelledAt: isoOrNull(meeting.cancelledAt),
    cancelReason: meeting.cancelReason,
    viewerRole: meeting.viewerRole as MeetingDto["viewerRole"],
    supplier: organizationDto(meeting.supplierOrg),
    buyer: organizationDto(meeting.buyerOrg),
    interpreter: meeting.interpreter,
  };
}

type MeetingDetailRow = MeetingRow & {
  roomToken: string;
  needsInterpreter: boolean;
  createdAt: Date;
  request: MeetingDetailDto["request"];
};

export function meetingDetailDto(meeting: MeetingDetailRow, locale: AppLocale): MeetingDetailDto {
  return {
    ...meetingDto(meeting),
    roomUrl: roomUrl(meeting.roomToken, locale),
    needsInterpreter: meeting.needsInterpreter,
    createdAt: iso(meeting.createdAt),
    request: meeting.request
      ? {
          id: meeting.request.id,
          message: meeting.request.message,
          needsInterpreter: meeting.request.needsInterpreter,
          fromOrganizationId: meeting.request.fromOrganizationId,
          requirementId: meeting.request.requirementId,
        }
      : null,
  };
}

type MeetingRequestRow = {
  id: string;
  sessionId: string;
  fromOrganizationId: string;
  toOrganizationId: string;
  requirementId: string | null;
  status: MeetingRequestDto["status"];
  message: string;
  preferredStarts: Date[];
  needsInterpreter: boolean;
  declineReason: string | null;
  expiresAt: Date;
  respondedAt: Date | null;
  createdAt: Date;
};

export function meetingRequestDto(request: MeetingRequestRow): MeetingRequestDto {
  return {
    id: request.id,
    sessionId: request.sessionId,
    fromOrganizationId: request.fromOrganizationId,
    toOrganizationId: request.toOrganizationId,
    requirementId: request.requirementId,
    status: request.status,
    message: request.message,
    preferredSlots: request.preferredStarts.map(iso),
    needsInterpreter: request.needsInterpreter,
    declineReason: request.declineReason,
    expiresAt: iso(request.expiresAt),
    respondedAt: isoOrNull(request.respondedAt),
    createdAt: iso(request.createdAt),
  };
}

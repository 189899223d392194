import { z } from "zod";

const id = z.string().min(1, "required").max(64, "invalid");
/** An instant as ISO 8601 (the API sends "2026-06-01T02:00:00Z"), or a Date from server code. */
export const instantSchema = z.union([
  z.date(),
  z.iso.datetime({ offset: true, message: "slotInvalid" }).transform((value) => new Date(value)),
]);

export const requestMeetingSchema = z.object({
  sessionId: id,
  organizationId: id,
  message: z.string().trim().max(2000, "tooLong").default(""),
  preferredSlots: z.array(instantSchema).max(3, "preferredSlotsTooMany").default([]),
  needsInterpreter: z.boolean().default(false),
  requirementId: id.optional(),
  /** The live-stream showcase the request comes from (issue 17), recorded with it. */
  showcaseId: id.optional(),
});
export type RequestMeetingInput = z.input<typeof requestMeetingSchema>;

export const acceptRequestSchema = z.object({ start: instantSchema });
export type AcceptRequestInput = z.input<typeof acceptRequestSchema>;

export const declineRequestSchema = z.object({
  reason: z.string().trim().min(1, "declineReasonRequired").max(1000, "tooLong"),
});
export type DeclineRequestInput = z.input<typeof declineRequestSchema>;

export const cancelMeetingSchema = z.object({ reason: z.string().trim().max(1000, "tooLong").default("") });
export type CancelMeetingInput = z.input<typeof cancelMeetingSchema>;

export const rescheduleMeetingSchema = z.object({ start: instantSchema });
export type RescheduleMeetingInput = z.input<typeof rescheduleMeetingSchema>;

export const listRequestsSchema = z.object({
  direction: z.enum(["incoming", "outgoing"], "invalid"),
  status: z.enum(["PENDING", "ACCEPTED", "DECLINED", "EXPIRED", "CANCELLED"], "invalid").optional(),
  sessionId: id.optional(),
});
export type ListRequestsInput = z.input<typeof listRequestsSchema>;

export const listMyScheduleSchema = z.object({
  sessionId: id.optional(),
  includeCancelled: z.boolean().default(false),
});
export type ListMyScheduleInput = z.input<typeof listMyScheduleSchema>;

export const entityIdSchema = id;

import { z } from "zod";
import { cancelMeetingSchema, declineRequestSchema, entityIdSchema, requestMeetingSchema } from "./schemas";

const iso = z.iso.datetime({ offset: true, message: "slotInvalid" });
const checkbox = z.preprocess((value) => value === "on" || value === "true", z.boolean());
const list = (value: unknown) => (value === undefined || value === "" ? [] : Array.isArray(value) ? value : [value]);

/** The web forms' fields (all strings) for the meeting domain functions. */
export const requestMeetingFormSchema = z.object({
  sessionId: entityIdSchema,
  organizationId: entityIdSchema,
  requirementId: z.preprocess((value) => value || undefined, entityIdSchema.optional()),
  showcaseId: z.preprocess((value) => value || undefined, entityIdSchema.optional()),
  message: requestMeetingSchema.shape.message,
  preferredSlots: z.preprocess(list, z.array(iso).max(3, "preferredSlotsTooMany")),
  needsInterpreter: checkbox,
});

export const acceptRequestFormSchema = z.object({ requestId: entityIdSchema, start: iso });
export const declineRequestFormSchema = declineRequestSchema.extend({ requestId: entityIdSchema });
export const withdrawRequestFormSchema = z.object({ requestId: entityIdSchema });
export const cancelMeetingFormSchema = cancelMeetingSchema.extend({ meetingId: entityIdSchema });
export const rescheduleMeetingFormSchema = z.object({ meetingId: entityIdSchema, start: iso });

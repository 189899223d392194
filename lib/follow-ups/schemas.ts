import { z } from "zod";

// Messages are keys of the "errors" catalogue. Idempotent: the form action parses, then
// the domain function parses again.

export const followUpNoteMaxLength = 1000;

const id = z.string("required").trim().min(1, "required").max(64, "invalid");

/** A calendar day typed in an <input type="date">: YYYY-MM-DD, a real date. */
const day = z
  .string("followUpDueRequired")
  .trim()
  .min(1, "followUpDueRequired")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "followUpDueInvalid")
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, "followUpDueInvalid");

/** A participant sets a follow-up on a meeting: when it is due and what is to be done. */
export const setFollowUpSchema = z.object({
  meetingId: id,
  dueOn: day,
  note: z.string("followUpNoteRequired").trim().min(1, "followUpNoteRequired").max(followUpNoteMaxLength, "tooLong"),
});
export type SetFollowUpInput = z.input<typeof setFollowUpSchema>;

/** Marks one of the organization's follow-ups done. */
export const completeFollowUpSchema = z.object({ followUpId: id });
export type CompleteFollowUpInput = z.input<typeof completeFollowUpSchema>;

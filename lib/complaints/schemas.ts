import { z } from "zod";
import { optionalText } from "@/lib/validation/form-fields";

// Messages are keys of the "errors" catalogue; idempotent (the action and the domain both parse).

export const complaintTextMaxLength = 5000;
export const reviewNoteMaxLength = 2000;
/** Evidence files per complaint: images checked and re-encoded like product images (at most 5 MB each). */
export const maxEvidenceFiles = 3;

const id = z.string("required").trim().min(1, "required").max(64, "invalid");

/** A participant's complaint about the other side of a meeting that took place. */
export const fileComplaintSchema = z.object({
  meetingId: id,
  text: z.string("complaintTextRequired").trim().min(1, "complaintTextRequired").max(complaintTextMaxLength, "tooLong"),
});
export type FileComplaintInput = z.input<typeof fileComplaintSchema>;

export const complaintDecisions = ["upheld", "dismissed"] as const;

/** An organizer's verdict on an open complaint; a note is required either way. */
export const reviewComplaintSchema = z.object({
  complaintId: id,
  decision: z.enum(complaintDecisions, "complaintDecisionRequired"),
  note: z.string("complaintNoteRequired").trim().min(1, "complaintNoteRequired").max(reviewNoteMaxLength, "tooLong"),
});
export type ReviewComplaintInput = z.input<typeof reviewComplaintSchema>;

export const sanctionKinds = ["warning", "exclusion", "suspension"] as const;

/** A sanction an organizer takes: a warning, an exclusion from one session, or a suspension. */
export const sanctionSchema = z
  .object({
    organizationId: id,
    kind: z.enum(sanctionKinds, "sanctionKindRequired"),
    sessionId: optionalText(64),
    reason: z.string("sanctionReasonRequired").trim().min(1, "sanctionReasonRequired").max(1000, "tooLong"),
    complaintId: optionalText(64),
  })
  .superRefine((input, ctx) => {
    if (input.kind === "exclusion" && !input.sessionId) {
      ctx.addIssue({ code: "custom", path: ["sessionId"], message: "sanctionSessionRequired" });
    }
  });
export type SanctionInput = z.input<typeof sanctionSchema>;

import { z } from "zod";

/** Mark (verified = true) or unmark a supplier as checked by the organizer. Form values arrive as strings. */
export const setVerifiedSchema = z.object({
  organizationId: z.string("required").trim().min(1, "required"),
  verified: z.union([z.boolean(), z.enum(["true", "false"], "invalid").transform((value) => value === "true")]),
});
export type SetVerifiedInput = z.input<typeof setVerifiedSchema>;

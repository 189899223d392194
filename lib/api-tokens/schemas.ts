import { z } from "zod";

export const createApiTokenSchema = z.object({
  name: z.string().trim().min(1, "apiTokenNameRequired").max(100, "tooLong"),
});
export type CreateApiTokenInput = z.input<typeof createApiTokenSchema>;

export const apiTokenIdSchema = z.string().min(1, "required").max(64, "invalid");

import { z } from "zod";
import { sessionIdSchema, setAvailabilitySchema } from "./schemas";

/**
 * The availability editor posts every day of the session as JSON in one field
 * (`days`), so rows can be added and removed freely. It is checked here with the
 * domain's own schema, so errors come back under the same paths
 * ("days.0.ranges.1.end") the form shows them at, and the raw value is passed on.
 * Clearing every range would silently bring back the default, so the form asks
 * for "Reset to default" instead.
 */
export const availabilityFormSchema = z.object({
  sessionId: sessionIdSchema,
  days: z
    .string()
    .max(50_000, "tooLong")
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "invalid" });
        return z.NEVER;
      }
    })
    .superRefine((raw, ctx) => {
      const parsed = setAvailabilitySchema.shape.days.safeParse(raw);
      if (!parsed.success) {
        for (const issue of parsed.error.issues)
          ctx.addIssue({ code: "custom", message: issue.message, path: issue.path });
      } else if (parsed.data.every((day) => day.ranges.length === 0)) {
        ctx.addIssue({ code: "custom", message: "availabilityEmpty" });
      }
    }),
});

export const resetAvailabilityFormSchema = z.object({ sessionId: sessionIdSchema });

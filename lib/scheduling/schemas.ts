import { z } from "zod";

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid");
/** "HH:MM" on a 24-hour clock; "24:00" (midnight at the end of the day) is allowed as an end. */
const clockMinute = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "timeInvalid")
  .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3)));

const localRange = z
  .object({ start: clockMinute, end: clockMinute })
  .refine((r) => r.end > r.start, { path: ["end"], message: "endBeforeStart" })
  .transform((r) => ({ startMinute: r.start, endMinute: r.end }));

/** Wall-clock ranges on local calendar days, each day once, ranges of a day not overlapping. */
const localDays = z
  .array(
    z
      .object({ day: isoDay, ranges: z.array(localRange).max(12, "tooMany") })
      .refine(
        ({ ranges }) =>
          [...ranges]
            .sort((a, b) => a.startMinute - b.startMinute)
            .every((r, i, sorted) => i === 0 || r.startMinute >= sorted[i - 1].endMinute),
        { path: ["ranges"], message: "availabilityOverlap" },
      ),
  )
  .max(62, "tooMany")
  .refine((days) => new Set(days.map((d) => d.day)).size === days.length, {
    message: "availabilityDuplicateDay",
  });

/** When an organization can meet: wall-clock ranges on its own local calendar days. */
export const setAvailabilitySchema = z.object({ days: localDays });
export type SetAvailabilityInput = z.input<typeof setAvailabilitySchema>;

/** When an interpreter works: wall-clock ranges on the session's days, in the fair's zone. */
export const interpreterShiftsSchema = z.object({
  sessionId: z.string().min(1, "required").max(64, "invalid"),
  interpreterId: z.string().min(1, "required").max(64, "invalid"),
  days: localDays,
});
export type InterpreterShiftsInput = z.input<typeof interpreterShiftsSchema>;

export const sessionIdSchema = z.string().min(1, "required").max(64, "invalid");

export const listFreeSlotsSchema = z.object({
  sessionId: sessionIdSchema,
  organizationId: z.string().min(1, "required").max(64, "invalid"),
  needsInterpreter: z.boolean().default(false),
});
export type ListFreeSlotsInput = z.input<typeof listFreeSlotsSchema>;

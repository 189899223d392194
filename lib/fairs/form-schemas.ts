import { z } from "zod";

/**
 * What the console's HTML forms send (strings, checkboxes, comma lists), turned
 * into the input the domain schemas in ./schemas.ts validate. Only the shape is
 * converted here; the rules stay in one place.
 */
const list = z.preprocess(
  (value) => (Array.isArray(value) ? value : typeof value === "string" && value ? value.split(",") : []),
  z.array(z.string().trim()).transform((items) => items.filter(Boolean)),
);
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === "1", z.boolean());
const integer = z.preprocess(
  (value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : undefined),
  z.number("invalid").int("invalid").optional(),
);
const optionalText = z.string().optional();

/** "12:00-13:00, 15:30-15:45" -> [{ start, end }]; anything else fails with "breaksInvalid". */
export function parseClockRanges(text: string): { start: string; end: string }[] | null {
  const parts = text
    .split(/[,;\n]/)
    .map((part) => part.trim())
    .filter(Boolean);
  const ranges = parts.map((part) => /^(\d{1,2}:\d{2})\s*[-–—]\s*(\d{1,2}:\d{2})$/.exec(part));
  if (ranges.some((match) => !match)) return null;
  const pad = (clock: string) => clock.padStart(5, "0");
  return ranges.map((match) => ({ start: pad(match![1]), end: pad(match![2]) }));
}

const breaks = z
  .string()
  .optional()
  .transform((text, context) => {
    const ranges = parseClockRanges(text ?? "");
    if (ranges) return ranges;
    context.addIssue({ code: "custom", message: "breaksInvalid" });
    return z.NEVER;
  });

export const fairFormSchema = z.object({
  fairId: optionalText,
  slug: optionalText,
  nameEn: z.string(),
  nameZh: z.string(),
  nameRu: z.string(),
  descriptionEn: optionalText,
  descriptionZh: optionalText,
  descriptionRu: optionalText,
  timeZone: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  publish: checkbox,
});

export const sessionFormSchema = z.object({
  fairId: optionalText,
  sessionId: optionalText,
  slug: optionalText,
  titleEn: z.string(),
  titleZh: z.string(),
  titleRu: z.string(),
  startDate: z.string(),
  endDate: z.string(),
  dailyStart: z.string(),
  dailyEnd: z.string(),
  slotMinutes: integer,
  breaks,
  categorySlugs: list,
  registrationNeedsApproval: checkbox,
  registrationDeadline: optionalText,
  requestExpiryHours: integer,
  cancelMeetingIds: list,
  cancelReason: optionalText,
});
export type SessionForm = z.output<typeof sessionFormSchema>;

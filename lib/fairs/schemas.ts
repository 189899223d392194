import { z } from "zod";
import { timeZoneSchema } from "@/lib/organizations/schemas";

const text = (max: number) => z.string().trim().min(1, "required").max(max, "tooLong");
const slug = z
  .string()
  .trim()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "slugInvalid")
  .max(80, "tooLong");
const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
  .transform((value) => new Date(`${value}T00:00:00Z`));
/** "HH:MM"; "24:00" (midnight at the end of the day) too, so a window can run round the clock. */
const clock = z
  .string()
  .regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "timeInvalid")
  .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3)));

export const multilingualName = { nameEn: text(200), nameZh: text(200), nameRu: text(200) };

const fairFields = {
  ...multilingualName,
  descriptionEn: z.string().trim().max(4000, "tooLong").optional(),
  descriptionZh: z.string().trim().max(4000, "tooLong").optional(),
  descriptionRu: z.string().trim().max(4000, "tooLong").optional(),
  timeZone: timeZoneSchema,
  startDate: isoDate,
  endDate: isoDate,
};
const fairDatesInOrder = (fair: { startDate: Date; endDate: Date }) => fair.endDate >= fair.startDate;

export const createFairSchema = z
  .object({ slug, ...fairFields, publish: z.boolean().default(false) })
  .refine(fairDatesInOrder, { path: ["endDate"], message: "endBeforeStart" });
export type CreateFairInput = z.input<typeof createFairSchema>;

/** The slug stays: it is in every public link already shared. */
export const updateFairSchema = z
  .object({ fairId: z.string().min(1, "required").max(64, "invalid"), ...fairFields })
  .refine(fairDatesInOrder, { path: ["endDate"], message: "endBeforeStart" });
export type UpdateFairInput = z.input<typeof updateFairSchema>;

/** What a session's timetable and rules consist of; shared by create and edit. */
const sessionFields = {
  titleEn: text(200),
  titleZh: text(200),
  titleRu: text(200),
  startDate: isoDate,
  endDate: isoDate,
  dailyStart: clock,
  dailyEnd: clock,
  slotMinutes: z.number().int().min(10, "slotTooShort").max(120, "slotTooLong").default(20),
  breaks: z
    .array(z.object({ start: clock, end: clock }))
    .max(12, "tooMany")
    .default([]),
  categorySlugs: z.array(z.string()).default([]),
  registrationNeedsApproval: z.boolean().default(true),
  /** Last day to register (fair's zone); blank: until the session starts (lib/fairs/lifecycle.ts). */
  registrationDeadline: z.preprocess((value) => (value === "" ? null : value), isoDate.nullable()).default(null),
  requestExpiryHours: z
    .number()
    .int("invalid")
    .min(1, "expiryTooShort")
    .max(24 * 14, "expiryTooLong")
    .default(48),
};

type SessionShape = {
  startDate: Date;
  endDate: Date;
  dailyStart: number;
  dailyEnd: number;
  slotMinutes: number;
  breaks: { start: number; end: number }[];
  registrationDeadline: Date | null;
};

/** The cross-field rules of a timetable, added to both schemas. */
function withTimetableRules<S extends z.ZodType<SessionShape>>(schema: S) {
  return schema
    .refine((s) => s.endDate >= s.startDate, { path: ["endDate"], message: "endBeforeStart" })
    .refine((s) => !s.registrationDeadline || s.registrationDeadline <= s.endDate, {
      path: ["registrationDeadline"],
      message: "registrationDeadlineAfterEnd",
    })
    .refine((s) => s.dailyEnd - s.dailyStart >= s.slotMinutes, { path: ["dailyEnd"], message: "windowTooShort" })
    .refine((s) => s.breaks.every((b) => b.start < b.end && b.start >= s.dailyStart && b.end <= s.dailyEnd), {
      path: ["breaks"],
      message: "breakOutsideWindow",
    });
}

export const createSessionSchema = withTimetableRules(
  z.object({
    fairId: z.string().min(1, "required"),
    slug,
    position: z.number().int().min(0).default(0),
    ...sessionFields,
  }),
);
export type CreateSessionInput = z.input<typeof createSessionSchema>;

/**
 * Editing a session. When the new timetable leaves booked meetings outside its
 * slots, the organizer must confirm cancelling exactly those (`cancelMeetingIds`);
 * otherwise nothing is saved and the affected meetings are reported.
 */
export const updateSessionSchema = withTimetableRules(
  z.object({
    sessionId: z.string().min(1, "required").max(64, "invalid"),
    ...sessionFields,
    cancelMeetingIds: z.array(z.string().max(64)).max(5000).default([]),
    /** Told to both sides of each cancelled meeting. */
    cancelReason: z.string().trim().max(500, "tooLong").default(""),
  }),
);
export type UpdateSessionInput = z.input<typeof updateSessionSchema>;

export const createCategorySchema = z.object({
  slug,
  ...multilingualName,
  parentSlug: z.string().optional(),
  hsChapters: z.array(z.string().regex(/^\d{2}$/, "hsChapterInvalid")).default([]),
  position: z.number().int().default(0),
});
export type CreateCategoryInput = z.input<typeof createCategorySchema>;

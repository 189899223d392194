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
const clock = z
  .string()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "timeInvalid")
  .transform((value) => Number(value.slice(0, 2)) * 60 + Number(value.slice(3)));

export const multilingualName = { nameEn: text(200), nameZh: text(200), nameRu: text(200) };

export const createFairSchema = z
  .object({
    slug,
    ...multilingualName,
    descriptionEn: z.string().trim().max(4000, "tooLong").optional(),
    descriptionZh: z.string().trim().max(4000, "tooLong").optional(),
    descriptionRu: z.string().trim().max(4000, "tooLong").optional(),
    timeZone: timeZoneSchema,
    startDate: isoDate,
    endDate: isoDate,
    publish: z.boolean().default(false),
  })
  .refine((fair) => fair.endDate >= fair.startDate, { path: ["endDate"], message: "endBeforeStart" });
export type CreateFairInput = z.input<typeof createFairSchema>;

export const createSessionSchema = z
  .object({
    fairId: z.string().min(1, "required"),
    slug,
    position: z.number().int().min(0).default(0),
    titleEn: text(200),
    titleZh: text(200),
    titleRu: text(200),
    startDate: isoDate,
    endDate: isoDate,
    dailyStart: clock,
    dailyEnd: clock,
    slotMinutes: z.number().int().min(10, "slotTooShort").max(120, "slotTooLong").default(20),
    breaks: z.array(z.object({ start: clock, end: clock })).default([]),
    categorySlugs: z.array(z.string()).default([]),
    registrationNeedsApproval: z.boolean().default(true),
    requestExpiryHours: z
      .number()
      .int()
      .min(1)
      .max(24 * 14)
      .default(48),
  })
  .refine((s) => s.endDate >= s.startDate, { path: ["endDate"], message: "endBeforeStart" })
  .refine((s) => s.dailyEnd - s.dailyStart >= s.slotMinutes, { path: ["dailyEnd"], message: "windowTooShort" })
  .refine((s) => s.breaks.every((b) => b.start < b.end && b.start >= s.dailyStart && b.end <= s.dailyEnd), {
    path: ["breaks"],
    message: "breakOutsideWindow",
  });
export type CreateSessionInput = z.input<typeof createSessionSchema>;

export const createCategorySchema = z.object({
  slug,
  ...multilingualName,
  parentSlug: z.string().optional(),
  hsChapters: z.array(z.string().regex(/^\d{2}$/, "hsChapterInvalid")).default([]),
  position: z.number().int().default(0),
});
export type CreateCategoryInput = z.input<typeof createCategorySchema>;

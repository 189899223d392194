import { z } from "zod";
import { entityIdSchema } from "@/lib/meetings/schemas";
import { optionalText, stringList } from "@/lib/validation/form-fields";

/** A showcase lasts 5 to 240 minutes (CHECK "Showcase_length" in the database). */
export const SHOWCASE_MIN_MINUTES = 5;
export const SHOWCASE_MAX_MINUTES = 240;
/** At most this many featured products per showcase. */
export const SHOWCASE_MAX_PRODUCTS = 12;
export const SHOWCASE_MESSAGE_MAX = 1000;

/** A wall-clock time as a datetime-local field sends it: "2026-06-21T10:00". */
const localDateTime = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, "showcaseStartInvalid");

const minutes = z.coerce
  .number({ message: "showcaseLength" })
  .int("showcaseLength")
  .min(SHOWCASE_MIN_MINUTES, "showcaseLength")
  .max(SHOWCASE_MAX_MINUTES, "showcaseLength");

/** The scheduling form's fields (texts, start in the fair's zone, length, featured products). */
export const showcaseFieldsSchema = z
  .object({
    titleZh: optionalText(120),
    titleRu: optionalText(120),
    titleEn: optionalText(120),
    descriptionZh: optionalText(2000),
    descriptionRu: optionalText(2000),
    descriptionEn: optionalText(2000),
    start: localDateTime,
    durationMinutes: minutes,
    productIds: stringList.pipe(
      z
        .array(entityIdSchema, { message: "showcaseProductInvalid" })
        .max(SHOWCASE_MAX_PRODUCTS, "showcaseTooManyProducts"),
    ),
  })
  .superRefine((value, context) => {
    if (!value.titleZh && !value.titleRu && !value.titleEn) {
      context.addIssue({ code: "custom", path: ["titleEn"], message: "showcaseTitleRequired" });
    }
  });

export const scheduleShowcaseSchema = showcaseFieldsSchema.and(z.object({ sessionId: entityIdSchema }));
export const updateShowcaseSchema = showcaseFieldsSchema.and(z.object({ showcaseId: entityIdSchema }));
export const showcaseIdSchema = z.object({ showcaseId: entityIdSchema });

export const reviewShowcaseSchema = z.object({
  showcaseId: entityIdSchema,
  decision: z.enum(["APPROVED", "REJECTED"], { message: "invalid" }),
  reviewNote: optionalText(1000),
  isPublic: z.preprocess((value) => value === "on" || value === "true", z.boolean()),
});

export const overlapLimitSchema = z.object({
  sessionId: entityIdSchema,
  limit: z.preprocess(
    (value) => (typeof value === "string" && value.trim() === "" ? null : value),
    z.coerce
      .number({ message: "showcaseLimitInvalid" })
      .int("showcaseLimitInvalid")
      .min(1, "showcaseLimitInvalid")
      .max(1000, "showcaseLimitInvalid")
      .nullable(),
  ),
});

/** A chat line or question posted by a viewer (JSON body of the chat route). */
export const postMessageSchema = z.object({
  kind: z.enum(["CHAT", "QUESTION"]),
  text: z.string().trim().min(1, "showcaseMessageEmpty").max(SHOWCASE_MESSAGE_MAX, "showcaseMessageTooLong"),
});

/** The supplier's moderation of one message. */
export const moderateMessageSchema = z.object({
  messageId: entityIdSchema,
  action: z.enum(["hide", "unhide", "pin", "unpin"]),
});

/** The supplier pins or unpins a product card. */
export const pinProductSchema = z.object({ productId: entityIdSchema, pinned: z.boolean() });

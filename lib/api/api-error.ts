import { z } from "zod";
import { errorStatus, type ErrorCode } from "@/lib/errors";

/** The codes an API error carries: the domain's plus the transport's own. */
export const apiErrorCodes = [
  ...(Object.keys(errorStatus) as ErrorCode[]),
  "BAD_REQUEST",
  "METHOD_NOT_ALLOWED",
  "SERVICE_UNAVAILABLE",
  "INTERNAL",
] as const;
export type ApiErrorCode = (typeof apiErrorCodes)[number];

/** Every error answer: `{"error": {"code", "message", "fields"?, "nextFreeSlots"?}}`. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.enum(apiErrorCodes),
    message: z.string().describe("In the token owner's language"),
    fields: z
      .record(z.string(), z.string())
      .optional()
      .describe("Field path (e.g. preferredSlots.0) -> message, for validation failures"),
    nextFreeSlots: z
      .array(z.object({ start: z.iso.datetime({ offset: true }), end: z.iso.datetime({ offset: true }) }))
      .optional()
      .describe("With a 409 slot taken: the next slots free for both sides"),
  }),
});
export type ApiErrorBody = z.output<typeof apiErrorSchema>;

/** An error of the API layer itself (malformed JSON, rate limit), answered like an AppError. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly messageKey: string,
    readonly params?: Record<string, string | number>,
    readonly headers?: Record<string, string>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = "ApiError";
  }
}

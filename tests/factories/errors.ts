import { readFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";
import { ZodError } from "zod";
import { AppError } from "@/lib/errors";
import { zodIssuesToFieldKeys } from "@/lib/actions/form-data";

/**
 * The Postgres error behind a failed query, whether it came from a raw `pg`
 * client or through Prisma's driver adapter (which nests it in meta).
 */
export function postgresErrorOf(error: unknown): { code?: string; message?: string; constraint?: string } {
  const e = error as {
    code?: string;
    message?: string;
    constraint?: string;
    meta?: { driverAdapterError?: { cause?: { originalCode?: string; code?: string; originalMessage?: string } } };
  };
  const cause = e.meta?.driverAdapterError?.cause;
  if (cause) {
    const message = cause.originalMessage;
    return { code: cause.originalCode ?? cause.code, message, constraint: message?.match(/constraint "([^"]+)"/)?.[1] };
  }
  return { code: e.code, message: e.message, constraint: e.constraint };
}

/** Awaits a promise expected to fail and returns its error. */
export async function failureOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the call to fail, but it succeeded");
}

/** Expects an AppError with this code (and messageKey, when given). */
export async function expectAppError(
  promise: Promise<unknown>,
  code: AppError["code"],
  messageKey?: string,
): Promise<AppError> {
  const error = await failureOf(promise);
  expect(error, String(error)).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  if (messageKey) expect((error as AppError).messageKey).toBe(messageKey);
  return error as AppError;
}

/** Expects a ZodError; returns the field -> message key map a form would show. */
export async function expectValidationError(promise: Promise<unknown>): Promise<Record<string, string>> {
  const error = await failureOf(promise);
  expect(error, String(error)).toBeInstanceOf(ZodError);
  return zodIssuesToFieldKeys((error as ZodError).issues);
}

const catalogues = ["en", "zh", "ru"].map(
  (locale) =>
    JSON.parse(readFileSync(path.resolve("messages", locale, "errors.json"), "utf8")) as Record<string, string>,
);

/** True when every language has a message for this key of the "errors" catalogue. */
export function isTranslatedErrorKey(key: string): boolean {
  return catalogues.every((catalogue) => typeof catalogue[key] === "string" && catalogue[key].length > 0);
}

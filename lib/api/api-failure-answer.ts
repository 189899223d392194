import type { FailureAnswer } from "@/lib/http/guard-route";
import type { AppLocale } from "@/lib/i18n/routing";
import { apiFailureResponse } from "./api-error-response";
import { errorTranslator, localeFromAcceptLanguage } from "./error-translator";

// No database or session imports here: openapi.json and the 404/405 handlers use it without a token.

/** The token owner's language, once apiRoute knows the token: a failure after that point answers in it. */
const tokenOwnerLocale = new WeakMap<Request, AppLocale>();

export function answerApiRequestIn(request: Request, locale: AppLocale): void {
  tokenOwnerLocale.set(request, locale);
}

/** The token owner's language, else the first of Accept-Language we speak, else English. */
export function apiCallerLocale(request: Request | undefined): AppLocale {
  if (!request) return "en";
  return tokenOwnerLocale.get(request) ?? localeFromAcceptLanguage(request.headers.get("accept-language"));
}

/** How every handler under /api/v1 answers a failure: the API's envelope, in the caller's language. */
export const answerInApiEnvelope: FailureAnswer = (failure, request) =>
  apiFailureResponse(failure, errorTranslator(apiCallerLocale(request)));

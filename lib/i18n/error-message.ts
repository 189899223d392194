import { log } from "@/lib/log";
import { hasMessage, type ErrorMessageKey } from "./message-keys";
import type { TranslationValues } from "next-intl";

type ErrorsTranslator = {
  has(key: ErrorMessageKey): boolean;
  (key: ErrorMessageKey, values?: TranslationValues): string;
};

/**
 * The message of an error key only known at run time (AppError.messageKey, a zod issue's
 * message): from the `errors` catalogue, or "unexpected". A key the catalogue lacks is
 * logged as an error (which fails a test), as next-intl reports a missing literal key.
 */
export function errorMessage(t: ErrorsTranslator, key: string, values?: TranslationValues): string {
  if (hasMessage(t, key)) return t(key, values);
  log.error("i18n: no message for this error key", { key });
  return t("unexpected");
}

import { log } from "@/lib/log";
import type { AbstractIntlMessages, IntlError } from "next-intl";

const isProduction = () => process.env.NODE_ENV === "production";

/**
 * Every message that cannot be rendered (missing in the catalogue, or its ICU text
 * failing to format) is logged as an error (through console.error), which fails a test run
 * (tests/support/fail-on-console-error.ts), shows in the dev overlay and lands in
 * the server log in production.
 */
export function reportIntlError(error: IntlError): void {
  log.error("i18n: message cannot be rendered", { err: error });
}

/**
 * What stands in for such a message. In development and tests its full key
 * ("products.profile.certificateAdded"), so the slip is plain to see; in production
 * the key's last part as words ("Certificate added") rather than a dotted path.
 * (In production a message missing only in zh or ru never gets here: see withEnglishFallback.)
 */
export function messageFallback(
  { namespace, key }: { namespace?: string; key: string; error: IntlError },
  production = isProduction(),
): string {
  const path = namespace ? `${namespace}.${key}` : key;
  if (!production) return path;
  const words = (path.split(".").pop() ?? path)
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .trim()
    .toLowerCase();
  return words ? words[0].toUpperCase() + words.slice(1) : path;
}

type Messages = AbstractIntlMessages;

/**
 * A message rather than a namespace (or nothing): ICU text, or what the build compiled
 * it to (next.config.js precompiles messages: an array, never a plain object). Typed as
 * a string because next-intl's message types do not know the compiled form.
 */
const isMessage = (value: string | Messages | undefined): value is string =>
  value !== undefined && (typeof value !== "object" || Array.isArray(value));

/**
 * A locale's messages with English filling any gap, for production: a key missing
 * in zh or ru then reads in English (formatted with its values like any message)
 * instead of as a raw key. The gaps are reported once, when the catalogue is loaded.
 * The inputs are not modified.
 */
export function withEnglishFallback(locale: string, messages: Messages, english: Messages): Messages {
  const missing: string[] = [];
  const merge = (own: Messages | undefined, base: Messages, prefix: string): Messages => {
    const result: Messages = { ...own };
    for (const [key, value] of Object.entries(base)) {
      const mine = own?.[key];
      if (isMessage(value)) {
        if (mine === undefined) {
          result[key] = value;
          missing.push(prefix + key);
        }
      } else if (!isMessage(mine)) {
        result[key] = merge(mine, value, `${prefix}${key}.`);
      }
    }
    return result;
  };
  const merged = merge(messages, english, "");
  if (missing.length > 0) {
    log.error("i18n: catalogue lacks messages, shown in English", { locale, missing });
  }
  return merged;
}

import { getRequestConfig } from "next-intl/server";
import { hasLocale } from "next-intl";
import { routing, type AppLocale } from "./routing";

/** Each namespace is its own file (messages/<locale>/<namespace>.json) so features do not collide. */
export const messageNamespaces = [
  "common",
  "errors",
  "public",
  "auth",
  "account",
  "admin",
  "catalogue",
  "products",
  "negativeList",
  "buyer",
  "matching",
  "matchReasons",
  "mail",
  "meetings",
  "availability",
  "settings",
  "sessionMeetings",
  "console",
  "autoSchedule",
  "rooms",
  "outcomes",
] as const;

export async function loadMessages(locale: AppLocale) {
  const entries = await Promise.all(
    messageNamespaces.map(
      async (namespace) => [namespace, (await import(`../../messages/${locale}/${namespace}.json`)).default] as const,
    ),
  );
  return Object.fromEntries(entries);
}

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return { locale, messages: await loadMessages(locale) };
});

import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces that client components read (`useTranslations(...)` in a
 * "use client" module or in a module one imports). Only these are sent to the
 * browser: every page serializes what NextIntlClientProvider gets into its HTML,
 * and the whole catalogue (~66 KB in Russian) made up most of a page's weight and
 * a good part of its server time. client-messages.test.ts fails when a client
 * component uses a namespace missing here: add it (the narrowest one that works).
 */
export const clientNamespaces = [
  "account",
  "admin.interpreters",
  "admin.review",
  "autoSchedule.draft",
  "autoSchedule.move",
  "autoSchedule.priority",
  "autoSchedule.publish",
  "autoSchedule.run",
  "auth.signIn",
  "auth.signUp",
  "availability",
  "buyer",
  "catalogue.rates",
  "console.fair",
  "console.interpreters",
  "console.participants",
  "console.session",
  "errors",
  "matching.admin.propose",
  "matching.factors",
  "matching.reactions",
  "matching.recompute",
  "matching.verification",
  "matching.weights",
  "meetings.forms",
  "negativeList",
  "outcomes.form",
  "outcomes.kinds",
  "products.certificateTypes",
  "products.currencies",
  "products.delete",
  "products.files",
  "products.form",
  "products.list",
  "products.profile",
  "products.staffSizes",
  "products.units",
  "public.error",
  "public.session",
  "rooms.call",
  "rooms.chat",
  "rooms.ended",
  "rooms.errors",
  "rooms.preview",
  "rooms.role",
  "settings.calendar",
  "settings.tokens",
] as const;

/**
 * The parts of `messages` named by dotted namespaces ("products.form"), nested as
 * in the original so `useTranslations("products.form")` finds them. Namespaces
 * that do not exist are skipped; the original objects are never modified.
 */
export function pickMessages(messages: AbstractIntlMessages, namespaces: readonly string[]): AbstractIntlMessages {
  const picked: AbstractIntlMessages = {};
  for (const namespace of namespaces) {
    const keys = namespace.split(".");
    let source: AbstractIntlMessages = messages;
    let target: AbstractIntlMessages = picked;
    for (const [index, key] of keys.entries()) {
      const value = source[key];
      if (value === undefined) break;
      if (index === keys.length - 1) {
        target[key] = value; // replaces any parts of it picked before
        break;
      }
      if (typeof value === "string") break;
      const existing = target[key];
      if (existing === value) break; // an enclosing namespace is already picked whole
      source = value;
      target = typeof existing === "object" ? existing : (target[key] = {});
    }
  }
  return picked;
}

import type { AbstractIntlMessages } from "next-intl";

/**
 * The message namespaces that client components read (`useTranslations(...)` in a
 * "use client" module or in a module one imports), per section of the app: the
 * root layout sends the `root` ones, and each section under app/[locale]/ with a
 * layout.tsx of its own (<SectionMessages section="...">) sends only its own list,
 * because a nested provider replaces its parent's messages. Every page serializes
 * these into its HTML: sending all of them made a catalogue page 222 KB instead of
 * 136 KB. client-messages.test.ts follows each section's imports and fails when a
 * client component there uses a namespace missing from its list: add the narrowest
 * one that works.
 */
export const clientMessageSections = {
  // app/[locale]/error.tsx, and every section without a layout of its own.
  root: ["public.error"],
  admin: [
    "account",
    "admin.interpreters",
    "admin.review",
    "autoSchedule.draft",
    "autoSchedule.move",
    "autoSchedule.priority",
    "autoSchedule.publish",
    "autoSchedule.run",
    "catalogue.rates",
    "console.fair",
    "credit.reviewForm",
    "credit.sanctionForm",
    "console.interpreters",
    "console.live",
    "console.participants",
    "console.session",
    "matching.admin.propose",
    "matching.factors",
    "matching.recompute",
    "matching.verification",
    "matching.weights",
    "negativeList",
    "products.certificateTypes",
    "products.categorySynonyms",
    "showcases.console",
  ],
  buyer: ["account", "buyer", "common.currencies", "matching.reactions"],
  dashboard: ["account"],
  fairs: ["public.session", "showcases.programme"],
  login: ["auth.signIn", "errors"],
  meetings: [
    "account",
    "availability",
    "common.currencies",
    "credit.complaintForm",
    "followUps.form",
    "meetings.forms",
    "outcomes.form",
    "outcomes.kinds",
  ],
  now: ["account", "meetings.now.live"],
  profile: ["account"],
  rooms: ["account", "rooms.call", "rooms.chat", "rooms.ended", "rooms.errors", "rooms.preview", "rooms.role"],
  settings: ["account", "settings.calendar", "settings.tokens"],
  showcases: ["account", "showcaseMedia", "showcases.page", "showcases.programme", "showcases.state"],
  signup: ["account.timeZones", "auth.signUp"],
  supplier: [
    "account",
    "common.currencies",
    "errors",
    "matching.reactions",
    "products.delete",
    "products.files",
    "products.form",
    "products.list",
    "products.profile",
    "products.staffSizes",
    "products.units",
    "showcases.supplier",
  ],
} as const satisfies Record<string, readonly string[]>;

export type MessageSection = keyof typeof clientMessageSections;

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

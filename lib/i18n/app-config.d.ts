/**
 * next-intl's keys and locales, typed from the English catalogues (the reference: en, zh and ru
 * have the same keys, lib/i18n/messages.test.ts). `t("…")` with a key its namespace lacks, or
 * without the arguments its message needs, fails to compile. The namespaces are the files of
 * messages/en, merged as lib/i18n/request.ts merges them.
 */
import type { AppLocale } from "./routing";

type Messages = {
  common: typeof import("../../messages/en/common.json");
  errors: typeof import("../../messages/en/errors.json");
  public: typeof import("../../messages/en/public.json");
  auth: typeof import("../../messages/en/auth.json");
  account: typeof import("../../messages/en/account.json");
  admin: typeof import("../../messages/en/admin.json");
  catalogue: typeof import("../../messages/en/catalogue.json");
  products: typeof import("../../messages/en/products.json");
  negativeList: typeof import("../../messages/en/negativeList.json");
  buyer: typeof import("../../messages/en/buyer.json");
  matching: typeof import("../../messages/en/matching.json");
  matchReasons: typeof import("../../messages/en/matchReasons.json");
  mail: typeof import("../../messages/en/mail.json");
  meetings: typeof import("../../messages/en/meetings.json");
  availability: typeof import("../../messages/en/availability.json");
  settings: typeof import("../../messages/en/settings.json");
  sessionMeetings: typeof import("../../messages/en/sessionMeetings.json");
  console: typeof import("../../messages/en/console.json");
  autoSchedule: typeof import("../../messages/en/autoSchedule.json");
  rooms: typeof import("../../messages/en/rooms.json");
  outcomes: typeof import("../../messages/en/outcomes.json");
  results: typeof import("../../messages/en/results.json");
  showcaseMedia: typeof import("../../messages/en/showcaseMedia.json");
  showcases: typeof import("../../messages/en/showcases.json");
  credit: typeof import("../../messages/en/credit.json");
  followUps: typeof import("../../messages/en/followUps.json");
};

declare module "next-intl" {
  interface AppConfig {
    Locale: AppLocale;
    Messages: Messages;
  }
}

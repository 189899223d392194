import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";

type TitledSession = { titleEn: string; titleZh: string; titleRu: string; startDate: Date };

/**
 * A session's name outside its own fair's pages carries its edition, since every
 * edition of a fair has the same sessions: "Fabric and Accessories · 2026".
 */
export function sessionTitleWithEdition(session: TitledSession, locale: AppLocale): string {
  return `${localized(session, "title", locale)} · ${session.startDate.getUTCFullYear()}`;
}

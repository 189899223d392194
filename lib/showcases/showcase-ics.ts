import "server-only";
import ical, { ICalCalendarMethod, ICalEventStatus } from "ical-generator";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { showcaseUrl } from "./showcase-mail";

type IcsShowcase = {
  id: string;
  status: string;
  titleEn: string | null;
  titleZh: string | null;
  titleRu: string | null;
  descriptionEn: string | null;
  descriptionZh: string | null;
  descriptionRu: string | null;
  startsAt: Date;
  endsAt: Date;
  updatedAt: Date;
  organization: { nameEn: string | null; nameZh: string | null; nameRu: string | null };
};

/** One showcase as an RFC 5545 calendar (UTC instants: every calendar shows its owner's zone). */
export function showcaseIcs(showcase: IcsShowcase, locale: AppLocale): string {
  const calendar = ical({
    prodId: { company: "FairBridge", product: "FairBridge", language: "EN" },
    name: "FairBridge",
    method: ICalCalendarMethod.PUBLISH,
  });
  const url = showcaseUrl(showcase.id, locale);
  const supplier = localized(showcase.organization, "name", locale);
  const description = localized(showcase, "description", locale);
  calendar.createEvent({
    id: `showcase-${showcase.id}@fairbridge`,
    stamp: showcase.updatedAt,
    start: showcase.startsAt,
    end: showcase.endsAt,
    timezone: null,
    summary: `${localized(showcase, "title", locale)} — ${supplier}`,
    description: [description, url].filter(Boolean).join("\n\n"),
    location: url,
    url,
    status: showcase.status === "CANCELLED" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
  return calendar.toString();
}

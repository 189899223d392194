import { formatMinuteOfDay } from "@/lib/time/session-window";

const day = (date: Date) => date.toISOString().slice(0, 10);

/** A stored fair as the fair form's initial values. */
export function fairFormValues(fair: {
  id: string;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  descriptionEn: string | null;
  descriptionZh: string | null;
  descriptionRu: string | null;
  timeZone: string;
  startDate: Date;
  endDate: Date;
}) {
  return {
    fairId: fair.id,
    nameEn: fair.nameEn,
    nameZh: fair.nameZh,
    nameRu: fair.nameRu,
    descriptionEn: fair.descriptionEn ?? "",
    descriptionZh: fair.descriptionZh ?? "",
    descriptionRu: fair.descriptionRu ?? "",
    timeZone: fair.timeZone,
    startDate: day(fair.startDate),
    endDate: day(fair.endDate),
  };
}

/** A stored session (or the defaults for a new one inside `fair`) as the session form's initial values. */
export function sessionFormValues(
  session: {
    titleEn: string;
    titleZh: string;
    titleRu: string;
    startDate: Date;
    endDate: Date;
    dailyStartMinute: number;
    dailyEndMinute: number;
    slotMinutes: number;
    registrationNeedsApproval: boolean;
    requestExpiryHours: number;
    breaks: { startMinute: number; endMinute: number }[];
    categories: { category: { slug: string } }[];
  } | null,
  fair: { startDate: Date; endDate: Date },
) {
  if (!session) {
    return {
      titleEn: "",
      titleZh: "",
      titleRu: "",
      startDate: day(fair.startDate),
      endDate: day(fair.endDate),
      dailyStart: "09:00",
      dailyEnd: "17:00",
      slotMinutes: "20",
      breaks: "12:00-13:00",
      categorySlugs: "",
      registrationNeedsApproval: "on",
      requestExpiryHours: "48",
    };
  }
  return {
    titleEn: session.titleEn,
    titleZh: session.titleZh,
    titleRu: session.titleRu,
    startDate: day(session.startDate),
    endDate: day(session.endDate),
    dailyStart: formatMinuteOfDay(session.dailyStartMinute),
    dailyEnd: formatMinuteOfDay(session.dailyEndMinute),
    slotMinutes: String(session.slotMinutes),
    breaks: session.breaks
      .map((b) => `${formatMinuteOfDay(b.startMinute)}-${formatMinuteOfDay(b.endMinute)}`)
      .join(", "),
    categorySlugs: session.categories.map((c) => c.category.slug).join(","),
    registrationNeedsApproval: session.registrationNeedsApproval ? "on" : "",
    requestExpiryHours: String(session.requestExpiryHours),
  };
}

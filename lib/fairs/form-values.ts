import { formatMinuteOfDay, type SessionDates } from "@/lib/time/session-window";
import type { SessionForm } from "./form-schemas";

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
  session:
    | ({
        titleEn: string;
        titleZh: string;
        titleRu: string;
        slotMinutes: number;
        registrationNeedsApproval: boolean;
        registrationDeadline: Date | null;
        requestExpiryHours: number;
        breaks: { startMinute: number; endMinute: number }[];
        categories: { category: { slug: string } }[];
      } & SessionDates)
    | null,
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
      registrationDeadline: "",
      requestExpiryHours: "48",
    };
  }
  return sessionFieldValues({
    titleEn: session.titleEn,
    titleZh: session.titleZh,
    titleRu: session.titleRu,
    startDate: day(session.startDate),
    endDate: day(session.endDate),
    dailyStart: formatMinuteOfDay(session.dailyStartMinute),
    dailyEnd: formatMinuteOfDay(session.dailyEndMinute),
    slotMinutes: session.slotMinutes,
    breaks: session.breaks.map((b) => ({
      start: formatMinuteOfDay(b.startMinute),
      end: formatMinuteOfDay(b.endMinute),
    })),
    categorySlugs: session.categories.map((c) => c.category.slug),
    registrationNeedsApproval: session.registrationNeedsApproval,
    registrationDeadline: session.registrationDeadline ? day(session.registrationDeadline) : undefined,
    requestExpiryHours: session.requestExpiryHours,
  });
}

type SessionFields = Pick<
  SessionForm,
  | "titleEn"
  | "titleZh"
  | "titleRu"
  | "startDate"
  | "endDate"
  | "dailyStart"
  | "dailyEnd"
  | "slotMinutes"
  | "breaks"
  | "categorySlugs"
  | "registrationNeedsApproval"
  | "registrationDeadline"
  | "requestExpiryHours"
>;

/**
 * The session form's fields as the form shows them. One function for both a stored
 * session and a submitted form coming back (when the organizer must decide about
 * affected meetings), so the two never drift apart.
 */
export function sessionFieldValues(fields: SessionFields): Record<keyof SessionFields, string> {
  return {
    titleEn: fields.titleEn,
    titleZh: fields.titleZh,
    titleRu: fields.titleRu,
    startDate: fields.startDate,
    endDate: fields.endDate,
    dailyStart: fields.dailyStart,
    dailyEnd: fields.dailyEnd,
    slotMinutes: String(fields.slotMinutes ?? ""),
    breaks: fields.breaks.map((b) => `${b.start}-${b.end}`).join(", "),
    categorySlugs: fields.categorySlugs.join(","),
    registrationNeedsApproval: fields.registrationNeedsApproval ? "on" : "",
    registrationDeadline: fields.registrationDeadline ?? "",
    requestExpiryHours: String(fields.requestExpiryHours ?? ""),
  };
}

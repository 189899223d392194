/**
 * The next edition of the demo fair, dated relative to the moment of seeding so that
 * it always lies ahead: the 2022 edition is history, and only future slots can be
 * booked. Pure data and date math; prisma/seed/upcoming-fair.ts writes it.
 */
import { dailyWindow, fair as stockFair, industrySessions } from "./demo-fair";

export const upcomingFairSlug = "zhejiang-export-russia-upcoming";

/** Days after the first Monday on which each session starts, and how many days it lasts. */
const sessionPlan: Record<string, { offset: number; days: number }> = {
  "fabric-accessories": { offset: 0, days: 2 },
  "safety-fire-protection": { offset: 7, days: 2 },
  "toys-children": { offset: 14, days: 2 },
  "down-jacket": { offset: 21, days: 2 },
  "pharma-medical": { offset: 28, days: 3 },
};

/**
 * Unanswered requests stay open two weeks (the organizer's maximum), so the seeded
 * pending requests do not lapse while a demo runs for a few days.
 */
export const upcomingRequestExpiryHours = 24 * 14;

/** How many days ahead the first session starts at the earliest. */
export const LEAD_DAYS = 14;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Today's calendar date in a zone (YYYY-MM-DD). */
function localDay(now: Date, timeZone: string): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** The first Monday at least LEAD_DAYS after `now`, as a calendar day in the fair's zone. */
export function firstSessionDay(now: Date, timeZone = stockFair.timeZone): string {
  let day = addDays(localDay(now, timeZone), LEAD_DAYS);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 1) day = addDays(day, 1);
  return day;
}

/** The fair and its five sessions (the 2022 edition's, with new dates) for a seeding at `now`. */
export function upcomingEdition(now: Date) {
  const monday = firstSessionDay(now);
  const sessions = industrySessions.map((session, position) => {
    const { offset, days } = sessionPlan[session.slug];
    return {
      ...session,
      ...dailyWindow,
      position,
      startDate: addDays(monday, offset),
      endDate: addDays(monday, offset + days - 1),
      requestExpiryHours: upcomingRequestExpiryHours,
    };
  });
  const year = monday.slice(0, 4);
  const fair = {
    slug: upcomingFairSlug,
    nameEn: `Zhejiang Export Online Fair (Russia) ${year}`,
    nameZh: `${year}浙江出口网上交易会（俄罗斯）`,
    nameRu: `Онлайн-ярмарка экспорта провинции Чжэцзян ${year} (Россия)`,
    descriptionEn: stockFair.descriptionEn,
    descriptionZh: stockFair.descriptionZh,
    descriptionRu: stockFair.descriptionRu,
    timeZone: stockFair.timeZone,
    startDate: sessions[0].startDate,
    endDate: sessions[sessions.length - 1].endDate,
  };
  return { fair, sessions };
}

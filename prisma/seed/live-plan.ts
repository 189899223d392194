/**
 * The live edition of the demo fair: one fabric session that is on whenever the demo
 * is seeded, so a newcomer finds a meeting in progress. Pure data and date math;
 * prisma/seed/live-edition.ts writes it.
 *
 * The session runs from yesterday to tomorrow in the fair's zone, all day long
 * (00:00–24:00) in 15-minute slots: whatever the hour of seeding, midnight included,
 * the slots just before and after it lie inside the session, and the next meeting
 * always starts within 15 minutes.
 */
import { calendarDay } from "@/lib/time/format-window";
import { fair as stockFair, industrySessions } from "./demo-fair";

export const liveFairSlug = "zhejiang-export-russia-live";
export const liveSlotMinutes = 15;

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The fair and its one session (the fabric session, with new dates) for a seeding at `now`. */
export function liveEdition(now: Date) {
  const today = calendarDay(now, stockFair.timeZone);
  const days = { startDate: addDays(today, -1), endDate: addDays(today, 1) };
  const fair = {
    slug: liveFairSlug,
    nameEn: "Zhejiang Export Online Fair (Russia) — live demo",
    nameZh: "浙江出口网上交易会（俄罗斯）· 实时演示",
    nameRu: "Онлайн-ярмарка экспорта провинции Чжэцзян (Россия) — демонстрация в реальном времени",
    descriptionEn:
      "The demo's fair in progress: its fabric session is on right now, with a negotiation under way, the next one about to start and the day's earlier meetings behind it. It moves to the current hour each time the demo starts.",
    descriptionZh:
      "演示用的进行中交易会：纺织面辅料专场正在进行，一场洽谈正在进行，下一场即将开始，今天较早的洽谈已经结束。每次启动演示时移到当前时间。",
    descriptionRu:
      "Ярмарка демо-версии, которая идёт прямо сейчас: в сессии «Ткани и фурнитура» идут переговоры, следующие вот-вот начнутся, а более ранние встречи дня уже позади. При каждом запуске демо она переносится на текущий час.",
    timeZone: stockFair.timeZone,
    ...days,
  };
  const session = {
    ...industrySessions[0],
    ...days,
    position: 0,
    // Round the clock: with any gap at midnight, a seeding just before it would find
    // no meeting starting soon.
    dailyStart: "00:00",
    dailyEnd: "24:00",
    slotMinutes: liveSlotMinutes,
    breaks: [],
  };
  return { fair, session };
}

import type { Actor } from "@/lib/auth/actor";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { uniqueSuffix } from "./unique";

export type FairOptions = { publish?: boolean; registrationNeedsApproval?: boolean };

/**
 * The day every factory-made meeting session runs; meetings in tests are placed on
 * it, and the tests pass a `now` before it (meetings.ts: beforeTheFair).
 */
export const sessionDay = "2026-06-01";

/** A `now` before the factory session: registration open, every slot still in the future. */
export const beforeTheFair = new Date("2026-05-01T00:00:00.000Z");

/**
 * A calendar day `days` after the real today (UTC). Worlds whose code reads the
 * real clock (matching, the catalogue, requirements) run their sessions there,
 * so the lifecycle finds them open whatever day the suite runs.
 */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A fair hosted by the organizer's organization with one two-day session (10:00-18:00, lunch 12-13). */
export async function createFairWithSession(
  organizer: Actor,
  { publish = true, registrationNeedsApproval = true }: FairOptions = {},
) {
  const suffix = uniqueSuffix();
  const fair = await createFair(organizer, {
    slug: `test-fair-${suffix}`,
    nameEn: `Test Fair ${suffix}`,
    nameZh: `测试交易会 ${suffix}`,
    nameRu: `Тестовая ярмарка ${suffix}`,
    timeZone: "Asia/Shanghai",
    startDate: sessionDay,
    endDate: "2026-06-03",
    publish,
  });
  const session = await createFairSession(organizer, {
    fairId: fair.id,
    slug: "textiles",
    titleEn: "Textiles",
    titleZh: "纺织专场",
    titleRu: "Текстиль",
    startDate: sessionDay,
    endDate: "2026-06-02",
    dailyStart: "10:00",
    dailyEnd: "18:00",
    breaks: [{ start: "12:00", end: "13:00" }],
    registrationNeedsApproval,
  });
  return { fair, session };
}

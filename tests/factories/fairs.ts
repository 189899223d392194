import type { Actor } from "@/lib/auth/actor";
import { createFair } from "@/lib/fairs/create-fair";
import { createFairSession } from "@/lib/fairs/create-session";
import { uniqueSuffix } from "./unique";

export type FairOptions = { publish?: boolean; registrationNeedsApproval?: boolean };

/** The day every factory-made session runs; meetings in tests are placed on it. */
export const sessionDay = "2026-06-01";

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

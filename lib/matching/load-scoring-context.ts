import "server-only";
import { db } from "@/lib/db";
import { getFairRates } from "@/lib/catalogue/get-fair-rates";
import type { ScoringContext } from "./scoring-inputs";
import { effectiveWeights } from "./weights";
import type { SessionLifecycleInput } from "@/lib/fairs/lifecycle";

export type MatchSession = {
  id: string;
  fairId: string;
  titleEn: string;
  titleZh: string;
  titleRu: string;
  startDate: Date;
};

/** The session and what every pair in it is scored with: weights, rates, first day, interpreters. */
export async function loadScoringContext(
  sessionId: string,
): Promise<{ session: MatchSession; context: ScoringContext; lifecycle: SessionLifecycleInput } | null> {
  const session = await db.fairSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      fairId: true,
      titleEn: true,
      titleZh: true,
      titleRu: true,
      startDate: true,
      endDate: true,
      registrationDeadline: true,
      fair: { select: { matchWeights: true, status: true, timeZone: true } },
    },
  });
  if (!session) return null;
  const [rates, interpreters] = await Promise.all([
    getFairRates(session.fairId),
    db.user.findMany({ where: { role: "INTERPRETER", disabledAt: null }, select: { languages: true } }),
  ]);
  const { fair, endDate, registrationDeadline, ...rest } = session;
  return {
    session: rest,
    lifecycle: {
      fairStatus: fair.status,
      timeZone: fair.timeZone,
      startDate: session.startDate,
      endDate,
      registrationDeadline,
    },
    context: {
      weights: effectiveWeights(fair.matchWeights),
      rates,
      sessionDay: isoDay(session.startDate),
      today: isoDay(new Date()),
      interpreterLanguages: interpreters.map((interpreter) => interpreter.languages).filter((l) => l.length > 1),
    },
  };
}

/** A Date (a @db.Date column, or now) as YYYY-MM-DD in UTC. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

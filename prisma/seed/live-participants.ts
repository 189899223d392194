/**
 * Who takes part in the live session: the approved companies of the 2022 fabric
 * session, registered while registration was open (before the session began) and
 * approved by the organizer. Each says it can meet at any hour of the session, on its
 * own clock: the default (08:00-19:00 local) would leave a Moscow buyer and a
 * Shaoxing supplier no common slot for much of the day, and the live edition must
 * work at whatever hour the demo starts.
 */
import type { Actor } from "@/lib/auth/actor";
import { decideRegistration, registerForSession } from "@/lib/fairs/register-for-session";
import { getAvailability } from "@/lib/scheduling/get-availability";
import { setAvailability } from "@/lib/scheduling/set-availability";
import { formatMinuteOfDay } from "@/lib/time/session-window";
import { actorByEmail } from "./actors";
import { buyers, suppliers } from "./demo-companies";

export async function registerLiveParticipants(organizer: Actor, sessionId: string, registeredAt: Date) {
  for (const company of [...suppliers, ...buyers]) {
    if (company.status || !company.sessions.includes("fabric-accessories")) continue;
    const member = await actorByEmail(company.email);
    const registration = await registerForSession(member, sessionId, { now: registeredAt });
    if (registration.status === "PENDING") await decideRegistration(organizer, registration.id, "approve");
    await availableAllSession(member, sessionId);
  }
}

/** The whole meeting window of the session, day by day on the member's clock. */
async function availableAllSession(member: Actor, sessionId: string) {
  const { windows } = await getAvailability(member, sessionId);
  const clock = (range: { startMinute: number; endMinute: number }) => ({
    start: formatMinuteOfDay(range.startMinute),
    end: formatMinuteOfDay(range.endMinute),
  });
  await setAvailability(member, sessionId, {
    days: windows.map(({ day, ranges }) => ({ day, ranges: ranges.map(clock) })),
  });
}

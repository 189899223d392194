import "server-only";
import { AppError } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { DbClient } from "./db-client";
import { sessionSlots, type Slot, type SlotGridInput } from "./slot-grid";
import type { SessionLifecycleInput } from "@/lib/fairs/lifecycle";
import { sessionLifecycleSelect, toLifecycleInput } from "@/lib/fairs/lifecycle";

export type SessionGrid = {
  id: string;
  fairId: string;
  hostOrganizationId: string;
  published: boolean;
  requestExpiryHours: number;
  timetable: SlotGridInput;
  slots: Slot[];
  /** For assertSessionAllows: what may happen in this session now. */
  lifecycle: SessionLifecycleInput;
};

const sessionGridSelect = {
  id: true,
  fairId: true,
  ...sessionLifecycleSelect,
  dailyStartMinute: true,
  dailyEndMinute: true,
  slotMinutes: true,
  requestExpiryHours: true,
  breaks: { select: { startMinute: true, endMinute: true } },
  fair: { select: { ...sessionLifecycleSelect.fair.select, hostOrganizationId: true } },
} as const;

/** A session with its timetable (read in the fair's zone) and every bookable slot, or NOT_FOUND. */
export async function loadSessionGrid(client: DbClient, sessionId: string): Promise<SessionGrid> {
  const session = await client.fairSession.findUnique({ where: { id: sessionId }, select: sessionGridSelect });
  if (!session) throw new AppError("NOT_FOUND", "sessionNotFound");
  return toSessionGrid(session);
}

/** The grids of several sessions in one read, by session id (ids that match no session are left out). */
export async function loadSessionGrids(client: DbClient, sessionIds: string[]): Promise<Map<string, SessionGrid>> {
  const sessions = await client.fairSession.findMany({
    where: { id: { in: [...new Set(sessionIds)] } },
    select: sessionGridSelect,
  });
  return new Map(sessions.map((session) => [session.id, toSessionGrid(session)]));
}

function toSessionGrid(session: Prisma.FairSessionGetPayload<{ select: typeof sessionGridSelect }>): SessionGrid {
  const timetable: SlotGridInput = {
    startDate: session.startDate,
    endDate: session.endDate,
    dailyStartMinute: session.dailyStartMinute,
    dailyEndMinute: session.dailyEndMinute,
    slotMinutes: session.slotMinutes,
    timeZone: session.fair.timeZone,
    breaks: session.breaks,
  };
  return {
    id: session.id,
    fairId: session.fairId,
    hostOrganizationId: session.fair.hostOrganizationId,
    published: session.fair.status === "PUBLISHED",
    requestExpiryHours: session.requestExpiryHours,
    timetable,
    slots: sessionSlots(timetable),
    lifecycle: toLifecycleInput(session),
  };
}

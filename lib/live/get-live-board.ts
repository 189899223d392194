import "server-only";
import type { Actor } from "@/lib/auth/actor";
import type { LiveBoard } from "./board-types";
import { buildLiveBoard, type BoardVisitRow, type BuiltBoard } from "./build-live-board";
import { loadBoardRows, type BoardRows } from "./load-board-rows";
import { boardDay, requireOverseenLiveSession, type LiveSessionMeta } from "./live-session";

/** A session day's rows as read (lib/live/load-board-rows.ts), with the day they cover. */
export type BoardDayRows = BoardRows & { day: string; dayStart: Date; dayEnd: Date };

/** Reads the session's day at `now`: two statements, however many meetings and visits. */
export async function loadBoardDay(session: LiveSessionMeta, now: Date): Promise<BoardDayRows> {
  const bounds = boardDay(now, session.timeZone);
  return { ...bounds, ...(await loadBoardRows(session.id, { ...bounds, now })) };
}

/** The rows with some meetings' visits replaced (a join or a leave there), the rest shared. */
export function withVisits(rows: BoardDayRows, visits: Map<string, BoardVisitRow[]>): BoardDayRows {
  return {
    ...rows,
    meetings: rows.meetings.map((meeting) => {
      const fresh = visits.get(meeting.id);
      return fresh ? { ...meeting, visits: fresh } : meeting;
    }),
  };
}

/** The board the rows give at `now`: pure, no statement. */
export function boardFrom(session: LiveSessionMeta, rows: BoardDayRows, now: Date): BuiltBoard {
  return buildLiveBoard({ sessionId: session.id, timeZone: session.timeZone, now, ...rows });
}

/** The board of a session at `now`, read afresh. */
export async function computeLiveBoard(session: LiveSessionMeta, now: Date): Promise<BuiltBoard> {
  return boardFrom(session, await loadBoardDay(session, now), now);
}

/**
 * The organizers' live board of a session at `now`: rooms live now and who is in them,
 * slots started with a side missing, the day's no-shows, interpreters busy or free, and
 * the day's counts. Only for organizers of the hosting organization (NOT_FOUND otherwise).
 */
export async function getLiveBoard(actor: Actor, sessionId: string, { now }: { now: Date }): Promise<LiveBoard> {
  const session = await requireOverseenLiveSession(actor, sessionId);
  return (await computeLiveBoard(session, now)).board;
}

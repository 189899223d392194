/**
 * The live board from the rows of one session day: pure, the clock is an argument, so
 * the same rows give the same board in tests and in the hub. It also answers when the
 * board next changes by itself (a room opens, a slot starts, a no-show deadline passes,
 * a shift ends), so the hub wakes exactly then instead of polling.
 */
import { roomWindow } from "@/lib/rooms/room-window";
import { noShowDeadline } from "@/lib/outcomes/timing";
import type {
  BoardInterpreter,
  BoardMeeting,
  BoardMeetingState,
  BoardName,
  BoardPerson,
  BoardRole,
  BoardSide,
  LiveBoard,
} from "./board-types";

export type BoardVisitRow = {
  userId: string;
  name: string;
  role: string;
  /** The visitor's organization (RoomAttendance.organizationId, else the user's). */
  organizationId: string | null;
  joinedAt: Date;
  leftAt: Date | null;
};

export type BoardMeetingRow = {
  id: string;
  roomToken: string;
  startsAt: Date;
  endsAt: Date;
  supplierOrgId: string;
  buyerOrgId: string;
  interpreterId: string | null;
  interpreterName: string | null;
  visits: BoardVisitRow[];
};

export type BoardShiftRow = { interpreterId: string; name: string; startsAt: Date; endsAt: Date };

export type BoardInput = {
  sessionId: string;
  timeZone: string;
  day: string;
  dayStart: Date;
  dayEnd: Date;
  now: Date;
  meetings: BoardMeetingRow[];
  shifts: BoardShiftRow[];
  organizations: Record<string, BoardName>;
};

const SIDES: BoardSide[] = ["supplier", "buyer", "interpreter"];

function stateAt(meeting: BoardMeetingRow, now: Date): BoardMeetingState {
  const { opensAt, closesAt } = roomWindow(meeting);
  if (now < opensAt) return "upcoming";
  if (now < meeting.startsAt) return "opening";
  if (now < meeting.endsAt) return "inProgress";
  if (now < closesAt) return "overtime";
  return "over";
}

function sideOf(meeting: BoardMeetingRow, visit: BoardVisitRow): BoardSide | null {
  if (visit.role === "ORGANIZER") return null;
  if (meeting.interpreterId && visit.userId === meeting.interpreterId) return "interpreter";
  if (visit.organizationId === meeting.supplierOrgId) return "supplier";
  if (visit.organizationId === meeting.buyerOrgId) return "buyer";
  return null;
}

/** One meeting as the board shows it at `now` (visits after `now` have not happened yet). */
export function boardMeeting(meeting: BoardMeetingRow, now: Date): BoardMeeting {
  const state = stateAt(meeting, now);
  const happened = meeting.visits.filter((visit) => visit.joinedAt <= now);
  const present: BoardPerson[] = [];
  for (const visit of [...happened].sort((a, b) => a.joinedAt.getTime() - b.joinedAt.getTime())) {
    if (visit.leftAt && visit.leftAt <= now) continue;
    if (present.some((person) => person.userId === visit.userId)) continue;
    present.push({
      userId: visit.userId,
      name: visit.name,
      role: visit.role as BoardRole,
      since: visit.joinedAt.toISOString(),
    });
  }
  const expected = SIDES.filter((side) => side !== "interpreter" || meeting.interpreterId);
  const joined = new Set(happened.map((visit) => sideOf(meeting, visit)));
  const started = state === "inProgress" || state === "overtime" || state === "over";
  const deadline = noShowDeadline(meeting.startsAt);
  const joinedByDeadline = new Set(
    happened.filter((visit) => visit.joinedAt <= deadline).map((visit) => sideOf(meeting, visit)),
  );
  return {
    id: meeting.id,
    roomToken: meeting.roomToken,
    startsAt: meeting.startsAt.toISOString(),
    endsAt: meeting.endsAt.toISOString(),
    state,
    supplierOrgId: meeting.supplierOrgId,
    buyerOrgId: meeting.buyerOrgId,
    interpreter:
      meeting.interpreterId && meeting.interpreterName
        ? { id: meeting.interpreterId, name: meeting.interpreterName }
        : null,
    present: state === "over" ? [] : present,
    waitingFor: started ? expected.filter((side) => !joined.has(side)) : [],
    // The rule markNoShows applies: a side with no visit that began by the deadline.
    noShow: now >= deadline ? (["supplier", "buyer"] as const).filter((side) => !joinedByDeadline.has(side)) : [],
  };
}

const isLate = (meeting: BoardMeeting) =>
  meeting.state === "inProgress" &&
  meeting.waitingFor.some((side) => side === "interpreter" || !meeting.noShow.includes(side));

function interpreterStatuses(input: BoardInput, meetings: BoardMeeting[]): BoardInterpreter[] {
  const now = input.now.toISOString(); // ISO instants compare as strings
  const names = new Map<string, string>();
  const assigned = new Map<string, BoardMeeting[]>();
  const inRoomOf = new Map<string, BoardMeeting>();
  for (const shift of input.shifts) names.set(shift.interpreterId, shift.name);
  for (const meeting of meetings) {
    if (meeting.interpreter) {
      names.set(meeting.interpreter.id, meeting.interpreter.name);
      assigned.set(meeting.interpreter.id, [...(assigned.get(meeting.interpreter.id) ?? []), meeting]);
    }
    for (const person of meeting.present) if (!inRoomOf.has(person.userId)) inRoomOf.set(person.userId, meeting);
  }
  const statuses = [...names].map(([id, name]): BoardInterpreter => {
    const mine = assigned.get(id) ?? [];
    const current = mine.find((meeting) => meeting.state === "inProgress") ?? inRoomOf.get(id);
    const nextMeeting = mine.find((meeting) => meeting.startsAt > now)?.startsAt ?? null;
    const shifts = input.shifts.filter((shift) => shift.interpreterId === id);
    if (current) {
      const inRoom = current.present.some((person) => person.userId === id);
      return { id, name, state: "busy", meetingId: current.id, inRoom, nextAt: nextMeeting };
    }
    if (shifts.some((shift) => shift.startsAt <= input.now && input.now < shift.endsAt)) {
      return { id, name, state: "free", meetingId: null, inRoom: false, nextAt: nextMeeting };
    }
    const nextShift = shifts
      .map((shift) => shift.startsAt.toISOString())
      .filter((at) => at > now)
      .sort()[0];
    const nextAt = [nextShift, nextMeeting].filter((at): at is string => Boolean(at)).sort()[0] ?? null;
    return { id, name, state: "offShift", meetingId: null, inRoom: false, nextAt };
  });
  const order = { busy: 0, free: 1, offShift: 2 } as const;
  return statuses.sort(
    (a, b) => order[a.state] - order[b.state] || a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1),
  );
}

/** Only the organizations the board names: the browser gets no more than it shows. */
function namesShown(meetings: BoardMeeting[], all: Record<string, BoardName>): Record<string, BoardName> {
  const names: Record<string, BoardName> = {};
  for (const meeting of meetings) {
    for (const id of [meeting.supplierOrgId, meeting.buyerOrgId]) {
      if (all[id]) names[id] = all[id];
    }
  }
  return names;
}

/** The next instant after `now` at which the board would change with no new row. */
function nextChange(input: BoardInput): Date | null {
  const now = input.now.getTime();
  let next = input.dayEnd.getTime() > now ? input.dayEnd.getTime() : Infinity;
  const consider = (instant: Date | null) => {
    const t = instant?.getTime();
    if (t !== undefined && t > now && t < next) next = t;
  };
  for (const meeting of input.meetings) {
    const { opensAt, closesAt } = roomWindow(meeting);
    [opensAt, meeting.startsAt, noShowDeadline(meeting.startsAt), meeting.endsAt, closesAt].forEach(consider);
    for (const visit of meeting.visits) [visit.joinedAt, visit.leftAt].forEach(consider);
  }
  for (const shift of input.shifts) [shift.startsAt, shift.endsAt].forEach(consider);
  return Number.isFinite(next) ? new Date(next) : null;
}

export type BuiltBoard = {
  board: LiveBoard;
  /** When the board next changes by the clock alone. */
  nextChangeAt: Date | null;
  /**
   * Meetings whose room is open or still to open: a join or leave there changes the board.
   * (Watched before they open, so a join right at the opening is not missed between reads.)
   */
  liveMeetingIds: string[];
};

export function buildLiveBoard(input: BoardInput): BuiltBoard {
  const { now, dayStart, dayEnd } = input;
  const meetings = input.meetings.map((meeting) => boardMeeting(meeting, now));
  const inDay = meetings.filter((meeting) => {
    const startsAt = new Date(meeting.startsAt);
    return startsAt >= dayStart && startsAt < dayEnd;
  });
  const rooms = meetings.filter(
    (meeting) =>
      meeting.state === "opening" ||
      meeting.state === "inProgress" ||
      (meeting.state === "overtime" && meeting.present.length > 0),
  );
  const late = meetings.filter(isLate);
  const noShows = inDay
    .filter((meeting) => meeting.noShow.length > 0)
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt) || a.id.localeCompare(b.id));
  const interpreters = interpreterStatuses(input, meetings);
  const open = meetings.filter((meeting) => meeting.state !== "upcoming" && meeting.state !== "over");
  const board: LiveBoard = {
    sessionId: input.sessionId,
    at: now.toISOString(),
    timeZone: input.timeZone,
    day: input.day,
    version: 0,
    counts: {
      meetings: inDay.length,
      finished: inDay.filter((meeting) => new Date(meeting.endsAt) <= now).length,
      inProgress: meetings.filter((meeting) => meeting.state === "inProgress").length,
      upcoming: inDay.filter((meeting) => new Date(meeting.startsAt) > now).length,
      roomsOccupied: open.filter((meeting) => meeting.present.length > 0).length,
      peopleInRooms: open.reduce((sum, meeting) => sum + meeting.present.length, 0),
      late: late.length,
      noShows: noShows.length,
      interpretersBusy: interpreters.filter((i) => i.state === "busy").length,
      interpretersFree: interpreters.filter((i) => i.state === "free").length,
    },
    rooms,
    late,
    noShows,
    interpreters,
    organizations: namesShown([...rooms, ...late, ...noShows], input.organizations),
  };
  return {
    board,
    nextChangeAt: nextChange(input),
    liveMeetingIds: meetings.filter((meeting) => meeting.state !== "over").map((meeting) => meeting.id),
  };
}

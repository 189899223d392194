/**
 * The organizers' live board of one session as it travels to the browser (server-sent
 * events) and into the page: computed once per change for every organizer watching the
 * session, so it holds no viewer's language or clock. Names come in the three languages
 * and instants as ISO strings; the browser formats them (components/live).
 */

/** The capacity in which someone is in a room (RoomAttendance.role). */
export type BoardRole = "SUPPLIER" | "BUYER" | "INTERPRETER" | "ORGANIZER";

/** A side of a meeting that is expected in its room. */
export type BoardSide = "supplier" | "buyer" | "interpreter";

export type BoardName = { nameEn: string | null; nameZh: string | null; nameRu: string | null };

export type BoardPerson = { userId: string; name: string; role: BoardRole; since: string };

/**
 * Where a meeting stands at the board's instant:
 *   upcoming    its room has not opened yet
 *   opening     the room is open, the slot has not started
 *   inProgress  the slot is running
 *   overtime    the slot has ended, the room is still open (15 minutes)
 *   over        the room has closed
 */
export type BoardMeetingState = "upcoming" | "opening" | "inProgress" | "overtime" | "over";

export type BoardMeeting = {
  id: string;
  roomToken: string;
  startsAt: string;
  endsAt: string;
  state: BoardMeetingState;
  supplierOrgId: string;
  buyerOrgId: string;
  interpreter: { id: string; name: string } | null;
  /** Who is in the room now, first arrival first. */
  present: BoardPerson[];
  /** Sides that have not joined yet (shown once the slot has started). */
  waitingFor: BoardSide[];
  /** Sides that had not joined 10 minutes into the slot (the no-show rule of lib/rooms/no-show.ts). */
  noShow: ("supplier" | "buyer")[];
};

export type InterpreterState = "busy" | "free" | "offShift";

export type BoardInterpreter = {
  id: string;
  name: string;
  state: InterpreterState;
  /** busy: the meeting whose slot is running (or whose room they are in). */
  meetingId: string | null;
  /** busy: whether they are in that room now. */
  inRoom: boolean;
  /** The start of their next meeting today, or (off shift) of their next shift. */
  nextAt: string | null;
};

export type BoardCounts = {
  /** Meetings of the day (not cancelled). */
  meetings: number;
  finished: number;
  inProgress: number;
  upcoming: number;
  roomsOccupied: number;
  peopleInRooms: number;
  late: number;
  noShows: number;
  interpretersBusy: number;
  interpretersFree: number;
};

export type LiveBoard = {
  sessionId: string;
  /** The instant the board describes (the server's clock). */
  at: string;
  /** The fair's zone and the calendar day of `at` in it: the day the counts cover. */
  timeZone: string;
  day: string;
  /** Bumped by the hub whenever the board changes (0 for a board computed on its own). */
  version: number;
  counts: BoardCounts;
  /** Open rooms: opening, in progress, and running over with someone still in. */
  rooms: BoardMeeting[];
  /** Slots that have started with a side not in the room yet (before it counts as a no-show). */
  late: BoardMeeting[];
  /** Today's meetings with a no-show, latest first. */
  noShows: BoardMeeting[];
  interpreters: BoardInterpreter[];
  organizations: Record<string, BoardName>;
};

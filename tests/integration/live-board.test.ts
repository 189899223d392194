/**
 * The live fair day on a real Postgres: the organizers' live board (rooms in progress and
 * who is in them, late starts, no-shows as the 10-minute deadline passes, interpreters busy,
 * free or off shift, the day's counts, the next instant it changes by itself), its tenant
 * scope, the hub that recomputes it once per burst of room joins for every organizer
 * watching, and the participants' "Now" view. Every read passes an explicit `now`.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { LiveBoardHub, type BoardViewer } from "@/lib/live/board-hub";
import { liveBoardStream } from "@/lib/live/board-stream";
import type { LiveBoard } from "@/lib/live/board-types";
import { getLiveBoard } from "@/lib/live/get-live-board";
import { getNowView } from "@/lib/live/get-now-view";
import { requireOverseenLiveSession } from "@/lib/live/live-session";
import { joinRoom } from "@/lib/rooms/join-room";
import { closeRoomHub } from "@/lib/rooms/room-hub";
import { expectAppError } from "../factories/errors";
import { createBookedMeetingWorld, type BookedMeetingWorld } from "../factories/booked-meetings";
import { at, createInterpreterOnShift, createParticipant, meetingData } from "../factories/meetings";
import { createOrganizerActor } from "../factories/users";

let world: BookedMeetingWorld;
let supplier2: Awaited<ReturnType<typeof createParticipant>>;
let freeInterpreter: Actor;
let laterInterpreter: Actor;
let meetings: Record<"inProgress" | "noShow" | "next" | "cancelled" | "tomorrow", { id: string; roomToken: string }>;

beforeAll(async () => {
  // Hangzhou session on 2026-06-01; the world's interpreter is on shift 04:00-09:00 UTC.
  world = await createBookedMeetingWorld({ buyers: 3, shift: ["04:00", "09:00"] });
  supplier2 = await createParticipant("SUPPLIER", world.session.id, world.organizer);
  freeInterpreter = await createInterpreterOnShift(world.organizer, world.session.id, [["04:00", "09:00"]]);
  laterInterpreter = await createInterpreterOnShift(world.organizer, world.session.id, [["06:00", "08:00"]]);
});

beforeEach(async () => {
  await db.meeting.deleteMany({});
  const [buyer0, buyer1, buyer2] = world.buyers;
  const create = (data: ReturnType<typeof meetingData>) =>
    db.meeting.create({ data, select: { id: true, roomToken: true } });
  const parties = (supplierOrgId: string, buyerOrgId: string, interpreterId: string | null = null) => ({
    sessionId: world.session.id,
    supplierOrgId,
    buyerOrgId,
    interpreterId,
  });
  meetings = {
    inProgress: await create(
      meetingData(
        parties(world.supplier.organization.id, buyer0.organization.id, world.interpreter.id),
        "05:00",
        "05:20",
      ),
    ),
    noShow: await create(meetingData(parties(supplier2.organization.id, buyer1.organization.id), "04:20", "04:40")),
    next: await create(
      meetingData(parties(supplier2.organization.id, buyer2.organization.id, freeInterpreter.id), "05:20", "05:40"),
    ),
    cancelled: await create(
      meetingData(parties(supplier2.organization.id, buyer1.organization.id), "05:00", "05:20", "CANCELLED"),
    ),
    tomorrow: await create({
      ...meetingData(parties(world.supplier.organization.id, buyer1.organization.id), "05:00", "05:20"),
      startsAt: at("05:00", "2026-06-02"),
      endsAt: at("05:20", "2026-06-02"),
    }),
  };
  await visit(meetings.inProgress.id, world.supplier.actor, "SUPPLIER", "04:55");
  await visit(meetings.inProgress.id, world.interpreter, "INTERPRETER", "04:58");
  await visit(meetings.inProgress.id, world.organizer, "ORGANIZER", "05:01");
  await visit(meetings.noShow.id, supplier2.actor, "SUPPLIER", "04:18", "04:40");
});

afterAll(async () => {
  await closeRoomHub();
});

/** A room visit as the video room writes it, by the clock of the session day. */
function visit(meetingId: string, who: Actor, role: string, joined: string, left: string | null = null) {
  return db.roomAttendance.create({
    data: {
      meetingId,
      userId: who.id,
      role,
      organizationId: who.organizationId,
      joinedAt: at(joined),
      leftAt: left ? at(left) : null,
    },
  });
}

const board = (clock: string) => getLiveBoard(world.organizer, world.session.id, { now: at(clock) });
const ids = (list: { id: string }[]) => list.map((m) => m.id);

describe("the live board", () => {
  it("shows the room in progress with who is in, the late side, the no-show and the interpreters", async () => {
    const live = await board("05:05");
    expect(ids(live.rooms)).toEqual([meetings.inProgress.id]);
    const room = live.rooms[0];
    expect(room.state).toBe("inProgress");
    expect(room.present.map((p) => p.role)).toEqual(["SUPPLIER", "INTERPRETER", "ORGANIZER"]);
    expect(room.waitingFor).toEqual(["buyer"]);
    expect(room.noShow).toEqual([]);
    expect(ids(live.late)).toEqual([meetings.inProgress.id]);
    expect(ids(live.noShows)).toEqual([meetings.noShow.id]);
    expect(live.noShows[0].noShow).toEqual(["buyer"]);
    expect(live.interpreters.map((i) => [i.id, i.state])).toEqual([
      [world.interpreter.id, "busy"],
      [freeInterpreter.id, "free"],
      [laterInterpreter.id, "offShift"],
    ]);
    expect(live.interpreters[0]).toMatchObject({ meetingId: meetings.inProgress.id, inRoom: true });
    expect(live.interpreters[1].nextAt).toBe(at("05:20").toISOString());
    expect(live.interpreters[2].nextAt).toBe(at("06:00").toISOString());
    expect(live.counts).toEqual({
      meetings: 3, // the cancelled meeting and tomorrow's are not today's
      finished: 1,
      inProgress: 1,
      upcoming: 1,
      roomsOccupied: 1,
      peopleInRooms: 3,
      late: 1,
      noShows: 1,
      interpretersBusy: 1,
      interpretersFree: 1,
    });
    expect(live.day).toBe("2026-06-01");
    // Names only of the organizations the board shows, in the three languages.
    expect(Object.keys(live.organizations).sort()).toEqual(
      [
        world.supplier.organization.id,
        world.buyers[0].organization.id,
        supplier2.organization.id,
        world.buyers[1].organization.id,
      ].sort(),
    );
  });

  it("turns a late side into a no-show as the 10-minute deadline passes, and opens the next room", async () => {
    const before = await board("05:09");
    expect(ids(before.late)).toEqual([meetings.inProgress.id]);
    expect(ids(before.noShows)).toEqual([meetings.noShow.id]);

    const after = await board("05:10");
    expect(after.late).toEqual([]);
    expect(ids(after.noShows)).toEqual([meetings.inProgress.id, meetings.noShow.id]); // latest first
    expect(after.noShows[0].noShow).toEqual(["buyer"]);
    expect(after.rooms.map((r) => [r.id, r.state])).toEqual([
      [meetings.inProgress.id, "inProgress"],
      [meetings.next.id, "opening"],
    ]);
  });

  it("counts a side that joined in time, and a join after `now` has not happened yet", async () => {
    await visit(meetings.inProgress.id, world.buyers[0].actor, "BUYER", "05:06");
    const atFive = await board("05:05");
    expect(ids(atFive.late)).toEqual([meetings.inProgress.id]);
    const later = await board("05:12");
    expect(later.late).toEqual([]);
    expect(ids(later.noShows)).toEqual([meetings.noShow.id]);
    expect(later.rooms[0].present.map((p) => p.role)).toEqual(["SUPPLIER", "INTERPRETER", "ORGANIZER", "BUYER"]);
    expect(later.counts.peopleInRooms).toBe(4);
  });

  it("keeps a room running over while someone is still in it, and calls the interpreter late when missing", async () => {
    await db.roomAttendance.deleteMany({ where: { meetingId: meetings.inProgress.id, role: "INTERPRETER" } });
    const running = await board("05:15");
    expect(running.late.map((m) => [m.id, m.waitingFor])).toEqual([[meetings.inProgress.id, ["buyer", "interpreter"]]]);
    expect(running.interpreters[0]).toMatchObject({ id: world.interpreter.id, state: "busy", inRoom: false });

    const overtime = await board("05:25");
    expect(overtime.rooms.map((r) => [r.id, r.state])).toEqual([
      [meetings.inProgress.id, "overtime"],
      [meetings.next.id, "inProgress"],
    ]);
    await db.roomAttendance.updateMany({ where: { meetingId: meetings.inProgress.id }, data: { leftAt: at("05:21") } });
    expect(ids((await board("05:25")).rooms)).toEqual([meetings.next.id]);
  });

  it("says when it next changes by the clock alone", async () => {
    const session = await requireOverseenLiveSession(world.organizer, world.session.id);
    const { computeLiveBoard } = await import("@/lib/live/get-live-board");
    // 05:10: the in-progress meeting's no-show deadline and the next room's opening.
    expect((await computeLiveBoard(session, at("05:05"))).nextChangeAt).toEqual(at("05:10"));
    expect((await computeLiveBoard(session, at("05:10"))).nextChangeAt).toEqual(at("05:20"));
    // Rooms open or still to open today are watched for joins; the finished one no more.
    expect((await computeLiveBoard(session, at("05:05"))).liveMeetingIds).toEqual([
      meetings.inProgress.id,
      meetings.next.id,
    ]);
  });

  it("is the hosting organization's alone: another host's organizer gets NOT_FOUND, other roles FORBIDDEN", async () => {
    const colleague = await createOrganizerActor({ hostOrganizationId: world.organizer.organizationId! });
    expect(ids((await getLiveBoard(colleague, world.session.id, { now: at("05:05") })).rooms)).toEqual([
      meetings.inProgress.id,
    ]);
    const otherHost = await createOrganizerActor();
    await expectAppError(
      getLiveBoard(otherHost, world.session.id, { now: at("05:05") }),
      "NOT_FOUND",
      "sessionNotFound",
    );
    await expectAppError(getLiveBoard(world.organizer, "no-such-session", { now: at("05:05") }), "NOT_FOUND");
    await expectAppError(getLiveBoard(world.supplier.actor, world.session.id, { now: at("05:05") }), "FORBIDDEN");
    await expectAppError(getLiveBoard(world.interpreter, world.session.id, { now: at("05:05") }), "FORBIDDEN");
  });
});

/** A viewer that keeps the boards it receives. */
function recordingViewer(): BoardViewer & { boards: LiveBoard[] } {
  const decoder = new TextDecoder();
  const boards: LiveBoard[] = [];
  return {
    boards,
    send(bytes) {
      const text = decoder.decode(bytes);
      const data = /^event: board\ndata: (.*)$/m.exec(text)?.[1];
      if (data) boards.push(JSON.parse(data) as LiveBoard);
      return true;
    },
  };
}

async function until(condition: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error("condition not met in time");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe("the board hub", () => {
  it("computes once for every organizer watching, and once per burst of joins (LISTEN/NOTIFY)", async () => {
    const hub = new LiveBoardHub({ clock: () => at("05:05"), debounceMs: 400, refreshMs: 600_000 });
    try {
      const session = await requireOverseenLiveSession(world.organizer, world.session.id);
      const [a, b] = [recordingViewer(), recordingViewer()];
      const stops = await Promise.all([hub.watch(session, a), hub.watch(session, b)]);
      expect(hub.stats(session.id)).toMatchObject({ viewers: 2, computations: 1, fullReads: 1, version: 1 });
      expect(a.boards).toHaveLength(1);
      expect(b.boards).toHaveLength(1);

      // The buyer and a second organizer enter at once: two NOTIFYs, one recomputation.
      const lookIn = await createOrganizerActor({ hostOrganizationId: world.organizer.organizationId! });
      await Promise.all([
        joinRoom(world.buyers[0].actor, meetings.inProgress.roomToken, { now: at("05:05") }),
        joinRoom(lookIn, meetings.inProgress.roomToken, { now: at("05:05") }),
      ]);
      await until(() => a.boards.length === 2 && b.boards.length === 2);
      await new Promise((resolve) => setTimeout(resolve, 600)); // nothing more follows
      // The second computation re-read only that room's visits, not the day.
      expect(hub.stats(session.id)).toMatchObject({ computations: 2, fullReads: 1, version: 2 });
      expect(a.boards).toHaveLength(2);
      expect(b.boards[1]).toEqual(a.boards[1]);
      expect(a.boards[1].rooms[0].waitingFor).toEqual([]);
      expect(a.boards[1].counts.peopleInRooms).toBe(5);

      // A viewer arriving now gets the current board without a recomputation.
      const c = recordingViewer();
      stops.push(await hub.watch(session, c));
      expect(c.boards.map((board) => board.version)).toEqual([2]);
      expect(hub.stats(session.id)).toMatchObject({ viewers: 3, computations: 2 });
      stops.forEach((stop) => stop());
      expect(hub.stats(session.id)).toMatchObject({ viewers: 0 });
    } finally {
      hub.close();
    }
  });

  it("streams the board as server-sent events and lets go of the viewer when the browser leaves", async () => {
    const hub = new LiveBoardHub({ clock: () => at("05:05"), refreshMs: 600_000 });
    try {
      const session = await requireOverseenLiveSession(world.organizer, world.session.id);
      const abort = new AbortController();
      const response = liveBoardStream(hub, session, abort.signal);
      expect(response.headers.get("content-type")).toContain("text/event-stream");
      const reader = response.body!.getReader();
      let text = "";
      while (!text.includes("event: board")) text += new TextDecoder().decode((await reader.read()).value);
      expect(text).toContain(meetings.inProgress.id);
      expect(hub.stats(session.id)).toMatchObject({ viewers: 1 });
      abort.abort();
      await until(() => hub.stats(session.id)?.viewers === 0);
    } finally {
      hub.close();
    }
  });
});

describe("the participants' Now view", () => {
  it("shows the buyer the meeting in progress with who is in the room and both clocks' zones", async () => {
    const view = await getNowView(world.buyers[0].actor, { now: at("05:05") });
    expect(view.current?.id).toBe(meetings.inProgress.id);
    expect(view.current).toMatchObject({ state: "inProgress", roomOpen: true, viewerRole: "buyer" });
    expect(view.current!.present.map((p) => p.role)).toEqual(["SUPPLIER", "INTERPRETER", "ORGANIZER"]);
    expect(view.current!.supplierOrg.timeZone).toBe("Asia/Shanghai");
    expect(view.next).toEqual([]);
    expect(view.nextChangeAt).toEqual(at("05:20"));
  });

  it("shows the next meeting with its room opening time, and nothing of others' meetings", async () => {
    const view = await getNowView(supplier2.actor, { now: at("05:05") });
    expect(view.current).toBeNull();
    expect(view.next.map((m) => [m.id, m.state, m.opensAt])).toEqual([[meetings.next.id, "upcoming", at("05:10")]]);
    const interpreter = await getNowView(freeInterpreter, { now: at("05:05") });
    expect(interpreter.next.map((m) => [m.id, m.viewerRole])).toEqual([[meetings.next.id, "interpreter"]]);
  });

  it("is empty when nothing is live, naming the next meeting after the horizon", async () => {
    const view = await getNowView(world.buyers[1].actor, { now: at("05:05", "2026-05-31") });
    expect(view).toMatchObject({ current: null, next: [] });
    expect(view.later?.id).toBe(meetings.noShow.id);
  });
});

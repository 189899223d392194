import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { meetingRoleOf, visibleMeetingsWhere, type MeetingRole } from "@/lib/meetings/meeting-access";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roomWindow, ROOM_CLOSES_AFTER_MS } from "@/lib/rooms/room-window";
import type { BoardMeetingState, BoardRole } from "./board-types";

/** How far ahead "next" reaches: the rest of a fair day. */
export const NOW_HORIZON_MS = 12 * 60 * 60_000;
const NOW_LIMIT = 6;

const party = { select: { id: true, nameEn: true, nameZh: true, nameRu: true, timeZone: true } } as const;

const nowMeetingSelect = {
  id: true,
  roomToken: true,
  startsAt: true,
  endsAt: true,
  supplierOrg: party,
  buyerOrg: party,
  interpreter: { select: { id: true, name: true, timeZone: true } },
  session: {
    select: {
      id: true,
      titleEn: true,
      titleZh: true,
      titleRu: true,
      fair: { select: { nameEn: true, nameZh: true, nameRu: true, timeZone: true } },
    },
  },
  // Who is in the room now: visits not ended.
  roomAttendance: {
    where: { leftAt: null },
    orderBy: [{ joinedAt: "asc" }, { id: "asc" }],
    select: { userId: true, role: true, joinedAt: true, user: { select: { name: true } } },
  },
} satisfies Prisma.MeetingSelect;

type NowMeetingRow = Prisma.MeetingGetPayload<{ select: typeof nowMeetingSelect }>;

export type NowMeeting = Omit<NowMeetingRow, "roomAttendance"> & {
  state: Exclude<BoardMeetingState, "over">;
  opensAt: Date;
  closesAt: Date;
  roomOpen: boolean;
  viewerRole: MeetingRole;
  present: { userId: string; name: string; role: BoardRole; isMe: boolean }[];
};

export type NowView = {
  /** The meeting whose slot is running (or just ended, room still open), if any. */
  current: NowMeeting | null;
  /** The next ones within the horizon. */
  next: NowMeeting[];
  /** Nothing within the horizon: when the next meeting after it starts, if there is one. */
  later: { id: string; startsAt: Date } | null;
  /** When the view changes by the clock alone (a room opens, a slot starts or ends). */
  nextChangeAt: Date | null;
};

function stateOf(meeting: { startsAt: Date; endsAt: Date }, now: Date): NowMeeting["state"] {
  const { opensAt } = roomWindow(meeting);
  if (now < opensAt) return "upcoming";
  if (now < meeting.startsAt) return "opening";
  return now < meeting.endsAt ? "inProgress" : "overtime";
}

function toNowMeeting(actor: Actor, row: NowMeetingRow, now: Date): NowMeeting {
  const { roomAttendance, ...meeting } = row;
  const { opensAt, closesAt } = roomWindow(meeting);
  const present: NowMeeting["present"] = [];
  for (const visit of roomAttendance) {
    if (present.some((person) => person.userId === visit.userId)) continue;
    present.push({
      userId: visit.userId,
      name: visit.user.name,
      role: visit.role as BoardRole,
      isMe: visit.userId === actor.id,
    });
  }
  const state = stateOf(meeting, now);
  return {
    ...meeting,
    state,
    opensAt,
    closesAt,
    roomOpen: state !== "upcoming",
    viewerRole: meetingRoleOf(actor, { supplierOrgId: meeting.supplierOrg.id, buyerOrgId: meeting.buyerOrg.id }),
    present,
  };
}

/** The meetings a "Now" view covers: not cancelled, room not closed yet, starting within the horizon. */
function nowWhere(actor: Actor, now: Date): Prisma.MeetingWhereInput {
  return {
    ...visibleMeetingsWhere(actor),
    status: { not: "CANCELLED" },
    endsAt: { gt: new Date(now.getTime() - ROOM_CLOSES_AFTER_MS) },
    startsAt: { lt: new Date(now.getTime() + NOW_HORIZON_MS) },
  };
}

/**
 * A supplier's, buyer's or interpreter's "Now": the meeting in progress and the next ones
 * (room open or opening when, who is already in it). Only the actor's own meetings
 * (visibleMeetingsWhere: its organization's, or the ones it interprets).
 */
export async function getNowView(actor: Actor, { now }: { now: Date }): Promise<NowView> {
  const rows = await db.meeting.findMany({
    where: nowWhere(actor, now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: NOW_LIMIT,
    select: nowMeetingSelect,
  });
  const meetings = rows.map((row) => toNowMeeting(actor, row, now));
  const current =
    meetings.find((m) => m.state === "inProgress") ?? meetings.find((m) => m.state === "overtime") ?? null;
  const next = meetings.filter((m) => m !== current && (m.state === "upcoming" || m.state === "opening"));
  const later =
    meetings.length > 0
      ? null
      : await db.meeting.findFirst({
          where: {
            ...visibleMeetingsWhere(actor),
            status: { not: "CANCELLED" },
            startsAt: { gte: new Date(now.getTime() + NOW_HORIZON_MS) },
          },
          orderBy: [{ startsAt: "asc" }, { id: "asc" }],
          select: { id: true, startsAt: true },
        });
  const instants = meetings.flatMap((m) => [m.opensAt, m.startsAt, m.endsAt, m.closesAt]);
  const nextChangeAt = instants.filter((instant) => instant > now).sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return { current, next, later, nextChangeAt };
}

/** The meetings of the actor's "Now" whose room is open or opens within the horizon (its event stream watches them). */
export async function listNowMeetingIds(actor: Actor, { now }: { now: Date }): Promise<string[]> {
  const rows = await db.meeting.findMany({
    where: nowWhere(actor, now),
    orderBy: [{ startsAt: "asc" }, { id: "asc" }],
    take: NOW_LIMIT,
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

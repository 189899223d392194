import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireOpenRoom, type RoomRole } from "./room-access";
import { roomLockSql } from "./room-sql";
import { insertSignal } from "./signal-store";

/** The buyer's, the supplier's and the interpreter's seats; organizers look in on top, two at most. */
export const ROOM_PARTICIPANT_SEATS = 3;
export const ROOM_ORGANIZER_SEATS = 2;

export type RoomPeer = { userId: string; name: string; role: RoomRole };

export type JoinedRoom = {
  visitId: string;
  /** Read the signal stream after this id: the join's own "hello". */
  after: string;
  self: RoomPeer;
  /** Who was already in the room: the newcomer calls each of them. */
  peers: RoomPeer[];
};

/**
 * Enters the room: under a per-room advisory lock (two people joining at once are
 * serialized, so both see each other and both are recorded), closes the actor's own
 * open visit (a second tab takes over), checks the seats, records the visit and
 * announces it with a "hello" to everyone in the room.
 */
export async function joinRoom(actor: Actor, token: string, { now }: { now: Date }): Promise<JoinedRoom> {
  const { meeting, role } = await requireOpenRoom(actor, token, { now });
  return db.$transaction(async (tx) => {
    await tx.$executeRaw(roomLockSql(meeting.id));
    await tx.roomAttendance.updateMany({
      where: { meetingId: meeting.id, userId: actor.id, leftAt: null },
      data: { leftAt: now },
    });
    const present = await tx.roomAttendance.findMany({
      where: { meetingId: meeting.id, leftAt: null },
      orderBy: { joinedAt: "asc" },
      select: { userId: true, role: true, user: { select: { name: true } } },
    });
    const organizers = present.filter((p) => p.role === "ORGANIZER").length;
    const seated = present.length - organizers;
    if (role === "ORGANIZER" ? organizers >= ROOM_ORGANIZER_SEATS : seated >= ROOM_PARTICIPANT_SEATS) {
      throw new AppError("CONFLICT", "roomFull");
    }
    const visit = await tx.roomAttendance.create({
      data: { meetingId: meeting.id, userId: actor.id, role, organizationId: actor.organizationId, joinedAt: now },
      select: { id: true },
    });
    const self: RoomPeer = { userId: actor.id, name: actor.name, role };
    const after = await insertSignal(tx, {
      meetingId: meeting.id,
      fromUserId: actor.id,
      toUserId: null,
      kind: "hello",
      payload: { visitId: visit.id, name: actor.name, role },
    });
    const peers = present.map((p) => ({ userId: p.userId, name: p.user.name, role: p.role as RoomRole }));
    return { visitId: visit.id, after, self, peers };
  });
}

import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { insertSignalSql } from "./room-sql";

/** The channel every app instance LISTENs on (lib/rooms/room-hub.ts). */
export const ROOM_CHANNEL = "fairbridge_room";

export type SignalKind = "hello" | "offer" | "answer" | "candidate" | "bye" | "chat";

/**
 * What the NOTIFY carries: ids and the kind, never the payload (NOTIFY payloads are capped at 8000 bytes).
 * The kind lets the live board (lib/live) react to joins and leaves without reading the row.
 */
export type SignalNotice = { id: string; meetingId: string; toUserId: string | null; kind?: SignalKind };

/** A stored signal as a subscriber receives it (ids as strings: BigInt does not survive JSON). */
export type RoomSignalMessage = {
  id: string;
  kind: SignalKind;
  fromUserId: string;
  toUserId: string | null;
  payload: unknown;
};

type Client = Prisma.TransactionClient | typeof db;

/**
 * Stores a signal and wakes the instances LISTENing in one statement. Inside a
 * transaction the NOTIFY is delivered at commit, so nobody is woken for a row they cannot read yet.
 */
export async function insertSignal(
  client: Client,
  signal: { meetingId: string; fromUserId: string; toUserId: string | null; kind: SignalKind; payload: unknown },
): Promise<string> {
  const rows = await client.$queryRaw<{ id: string }[]>(insertSignalSql(signal, ROOM_CHANNEL));
  return rows[0].id;
}

const messageSelect = { id: true, kind: true, fromUserId: true, toUserId: true, payload: true } as const;

function toMessage(row: {
  id: bigint;
  kind: string;
  fromUserId: string;
  toUserId: string | null;
  payload: unknown;
}): RoomSignalMessage {
  return { ...row, id: row.id.toString(), kind: row.kind as SignalKind };
}

/** One signal by id (what a NOTIFY names). */
export async function loadSignal(id: string): Promise<RoomSignalMessage | null> {
  const row = await db.roomSignal.findUnique({ where: { id: BigInt(id) }, select: messageSelect });
  return row ? toMessage(row) : null;
}

/** Everything for `userId` in the room after `afterId`: addressed to them or to everyone. */
export async function readSignalsFor(meetingId: string, userId: string, afterId: string): Promise<RoomSignalMessage[]> {
  const rows = await db.roomSignal.findMany({
    where: { meetingId, id: { gt: BigInt(afterId) }, OR: [{ toUserId: userId }, { toUserId: null }] },
    orderBy: { id: "asc" },
    take: 500,
    select: messageSelect,
  });
  return rows.map(toMessage);
}

import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireOpenRoom } from "./room-access";
import { insertSignal } from "./signal-store";

// An SDP offer with three tracks is ~6 KB; 64 KB leaves room without letting anyone fill the table.
const MAX_PAYLOAD_CHARS = 64_000;

export const signalInputSchema = z.object({
  kind: z.enum(["offer", "answer", "candidate"]),
  toUserId: z.string().min(1).max(64),
  payload: z
    .unknown()
    .refine((value) => value !== undefined && JSON.stringify(value).length <= MAX_PAYLOAD_CHARS, "invalid"),
});
export type SignalInput = z.input<typeof signalInputSchema>;

/**
 * WebRTC negotiation from one person in the room to another: both must be in the
 * room now (open visits), so nobody can write into a stranger's stream.
 */
export async function sendSignal(actor: Actor, token: string, raw: SignalInput, { now }: { now: Date }) {
  const input = signalInputSchema.parse(raw);
  const { meeting } = await requireOpenRoom(actor, token, { now });
  const present = await db.roomAttendance.findMany({
    where: { meetingId: meeting.id, leftAt: null, userId: { in: [actor.id, input.toUserId] } },
    select: { userId: true },
  });
  if (!present.some((p) => p.userId === actor.id)) throw new AppError("INVALID_STATE", "roomNotJoined");
  if (input.toUserId === actor.id || !present.some((p) => p.userId === input.toUserId)) {
    throw new AppError("INVALID_STATE", "roomPeerGone");
  }
  const id = await insertSignal(db, {
    meetingId: meeting.id,
    fromUserId: actor.id,
    toUserId: input.toUserId,
    kind: input.kind,
    payload: input.payload,
  });
  return { id };
}

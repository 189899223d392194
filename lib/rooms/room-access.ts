import "server-only";
import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { can, canOn } from "@/lib/auth/permissions";
import type { Prisma } from "@/lib/generated/prisma/client";
import { roomWindow, roomWindowState, type RoomWindowState } from "./room-window";

/** The capacity in which someone is in a room (RoomAttendance.role). */
export type RoomRole = "SUPPLIER" | "BUYER" | "INTERPRETER" | "ORGANIZER";

const party = {
  select: { id: true, nameEn: true, nameZh: true, nameRu: true, timeZone: true, status: true },
} as const;

const roomMeetingSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  supplierOrgId: true,
  buyerOrgId: true,
  interpreterId: true,
  supplierOrg: party,
  buyerOrg: party,
  interpreter: { select: { id: true, name: true, timeZone: true } },
  session: {
    select: {
      titleEn: true,
      titleZh: true,
      titleRu: true,
      startDate: true,
      fair: { select: { hostOrganizationId: true, timeZone: true } },
    },
  },
} satisfies Prisma.MeetingSelect;

export type RoomMeeting = Prisma.MeetingGetPayload<{ select: typeof roomMeetingSelect }>;

export type Room = {
  meeting: RoomMeeting;
  role: RoomRole;
  window: RoomWindowState;
  opensAt: Date;
  closesAt: Date;
};

// Room tokens are 43 base64url characters (factories use 32 hex); anything else is not a room.
const roomTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{16,64}$/);

export const roomNotFound = () => new AppError("NOT_FOUND", "roomNotFound");

/**
 * How the actor may be in this meeting's room, or null: a member of the buyer's or the
 * supplier's (approved) organization, its assigned interpreter, or an organizer of the
 * hosting organization (look-in only). Everyone else, whatever link they hold, is nobody here.
 */
export function roomRoleOf(actor: Actor, meeting: RoomMeeting): RoomRole | null {
  if (can(actor, "interpret:meeting:own")) return meeting.interpreterId === actor.id ? "INTERPRETER" : null;
  if (can(actor, "oversee:meeting:any")) {
    return actor.organizationId && actor.organizationId === meeting.session.fair.hostOrganizationId
      ? "ORGANIZER"
      : null;
  }
  if (actor.organization?.status !== "APPROVED") return null;
  // A party sits on the side its own organization is in this meeting.
  if (canOn(actor, "request:meeting", { organizationId: meeting.supplierOrgId })) return "SUPPLIER";
  if (canOn(actor, "request:meeting", { organizationId: meeting.buyerOrgId })) return "BUYER";
  return null;
}

/**
 * The room behind a token as the actor may see it, whatever its state (the page explains
 * "cancelled" or "not open yet"); null when it is not the actor's room or does not exist.
 */
export async function findRoom(actor: Actor, rawToken: string, { now }: { now: Date }): Promise<Room | null> {
  const token = roomTokenSchema.safeParse(rawToken);
  if (!token.success) return null;
  const meeting = await db.meeting.findUnique({ where: { roomToken: token.data }, select: roomMeetingSelect });
  if (!meeting) return null;
  const role = roomRoleOf(actor, meeting);
  if (!role) return null;
  return { meeting, role, window: roomWindowState(meeting, now), ...roomWindow(meeting) };
}

/** For every room API: the room, only while it is open and its meeting not cancelled. */
export async function requireOpenRoom(actor: Actor, rawToken: string, { now }: { now: Date }): Promise<Room> {
  const room = await findRoom(actor, rawToken, { now });
  if (!room) throw roomNotFound();
  if (room.meeting.status === "CANCELLED") throw new AppError("INVALID_STATE", "roomCancelled");
  if (room.window === "before") throw new AppError("INVALID_STATE", "roomNotOpen");
  if (room.window === "after") throw new AppError("INVALID_STATE", "roomClosed");
  return room;
}

import "server-only";
import { z } from "zod";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/auth/actor";
import { requireOpenRoom } from "./room-access";
import { chatMessage, chatMessageSelect, type ChatMessage } from "./chat-message";
import { insertSignal } from "./signal-store";

export const chatInputSchema = z
  .object({
    body: z.string().trim().max(2000, "chatTooLong").default(""),
    productId: z.string().min(1).max(64).optional(),
  })
  .refine((input) => input.body.length > 0 || input.productId, { message: "chatEmpty", path: ["body"] });
export type ChatInput = z.input<typeof chatInputSchema>;

/**
 * A chat line from someone in the room (organizers only look in), kept with the meeting and
 * pushed to everyone present through the signal stream. A product card may be shared only
 * by the meeting's supplier, and only one of its own products that buyers can see.
 */
export async function postChatMessage(
  actor: Actor,
  token: string,
  raw: ChatInput,
  { now }: { now: Date },
): Promise<ChatMessage> {
  const input = chatInputSchema.parse(raw);
  const { meeting, role } = await requireOpenRoom(actor, token, { now });
  if (role === "ORGANIZER") throw new AppError("FORBIDDEN", "roomLookInOnly");
  const inRoom = await db.roomAttendance.findFirst({
    where: { meetingId: meeting.id, userId: actor.id, leftAt: null },
    select: { id: true },
  });
  if (!inRoom) throw new AppError("INVALID_STATE", "roomNotJoined");
  let body = input.body;
  if (input.productId) {
    if (role !== "SUPPLIER") throw new AppError("FORBIDDEN", "productNotYours");
    const product = await db.product.findFirst({
      where: {
        id: input.productId,
        organizationId: meeting.supplierOrgId,
        ...listedProductWhere,
      },
      select: { nameEn: true, nameZh: true, nameRu: true },
    });
    if (!product) throw new AppError("FORBIDDEN", "productNotYours");
    // The CHECK wants a body; a bare card reads as the product's name.
    body ||= product.nameEn || product.nameZh || product.nameRu || "—";
  }
  return db.$transaction(async (tx) => {
    const row = await tx.roomChatMessage.create({
      data: { meetingId: meeting.id, authorId: actor.id, body, productId: input.productId ?? null, createdAt: now },
      select: chatMessageSelect,
    });
    const message = chatMessage(row);
    await insertSignal(tx, {
      meetingId: meeting.id,
      fromUserId: actor.id,
      toUserId: null,
      kind: "chat",
      payload: message,
    });
    return message;
  });
}

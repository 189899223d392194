import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { visibleMeetingsWhere } from "@/lib/meetings/meeting-access";
import { chatMessage, chatMessageSelect, type ChatMessage } from "./chat-message";

/**
 * A meeting's chat, oldest first: for its parties, its interpreter and the hosting
 * organizers (whoever may see the meeting); nobody else gets a line of it.
 */
export async function listRoomChat(actor: Actor, meetingId: string): Promise<ChatMessage[]> {
  const rows = await db.roomChatMessage.findMany({
    where: { meetingId, meeting: visibleMeetingsWhere(actor) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    take: 1000,
    select: chatMessageSelect,
  });
  return rows.map(chatMessage);
}

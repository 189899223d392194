import { getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/auth/actor";
import type { AppLocale } from "@/lib/i18n/routing";
import { listRoomChat } from "@/lib/rooms/list-room-chat";
import { formatTime } from "@/lib/time/format";
import { Card, CardTitle } from "@/components/ui/card";
import { ChatProductCard } from "./chat-product-card";
import { isBareCard } from "./chat-types";

/** The meeting page's record of the room chat; shown once something was written. */
export async function RoomChatHistory({
  actor,
  meetingId,
  locale,
}: {
  actor: Actor;
  meetingId: string;
  locale: AppLocale;
}) {
  const messages = await listRoomChat(actor, meetingId);
  if (messages.length === 0) return null;
  const t = await getTranslations("rooms.chat");
  return (
    <Card className="space-y-3" data-testid="room-chat-history">
      <CardTitle>{t("history")}</CardTitle>
      <ol className="space-y-3 text-sm">
        {messages.map((message) => (
          <li key={message.id}>
            <p className="text-xs text-slate-500">
              {message.authorName} · {formatTime(new Date(message.createdAt), locale, actor.timeZone)}
            </p>
            {message.product ? (
              <ChatProductCard product={message.product} locale={locale} noImage={t("noImage")} />
            ) : null}
            {!isBareCard(message) ? (
              <p className="break-words whitespace-pre-line text-slate-900">{message.body}</p>
            ) : null}
          </li>
        ))}
      </ol>
    </Card>
  );
}

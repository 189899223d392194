import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import type { AppLocale } from "@/lib/i18n/routing";
import { findRoom } from "@/lib/rooms/room-access";
import { listRoomChat } from "@/lib/rooms/list-room-chat";
import { listShareableProducts } from "@/lib/rooms/list-shareable-products";
import { zonedPair } from "@/lib/time/zone-pair";
import { Alert } from "@/components/ui/alert";
import { counterpartZone } from "@/components/meetings/meeting-time";
import { RoomClient } from "@/components/rooms/room-client";
import { RoomWindowNotice } from "@/components/rooms/room-window-notice";

type Props = { params: Promise<{ locale: AppLocale; token: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "rooms" });
  // The token stays out of the referrer: it names the meeting.
  return { title: t("title"), referrer: "no-referrer" };
}

/**
 * A meeting's video room, named by its room token. The link alone lets nobody in: the
 * signed-in user must be one of the meeting's parties, its interpreter or a hosting
 * organizer (look-in), the meeting not cancelled and the time within the room's window.
 */
export default async function RoomPage({ params }: Props) {
  const { locale, token } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/rooms/${token}`);
  const now = new Date();
  const room = await findRoom(actor, token, { now });
  const t = await getTranslations("rooms");

  if (!room) {
    return (
      <div className="mx-auto max-w-2xl space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <Alert tone="danger" role="alert" data-testid="room-refused">
          {t("window.refused")}
        </Alert>
      </div>
    );
  }

  const { meeting } = room;
  const zone = counterpartZone(actor, meeting.supplierOrg, meeting.buyerOrg);
  const closes = zonedPair(room.closesAt, room.closesAt, locale, actor.timeZone, zone);
  const open = meeting.status !== "CANCELLED" && room.window === "open";
  const [chat, products] = open
    ? await Promise.all([listRoomChat(actor, meeting.id), listShareableProducts(room)])
    : [[], []];

  return (
    <div className="mx-auto max-w-6xl space-y-4">
      <header className="space-y-1">
        <Link href={`/meetings/${meeting.id}`} className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">
          {t("heading", {
            supplier: localized(meeting.supplierOrg, "name", locale),
            buyer: localized(meeting.buyerOrg, "name", locale),
          })}
        </h1>
        <p className="text-sm text-slate-600">
          {sessionTitleWithEdition(meeting.session, locale)}
          {open ? ` · ${t("window.closesAt", { time: closes.label })}` : null}
        </p>
      </header>
      {meeting.status === "CANCELLED" ? (
        <Alert tone="warning" role="status" data-testid="room-cancelled">
          {t("window.cancelled")}
        </Alert>
      ) : room.window !== "open" ? (
        <RoomWindowNotice
          state={room.window}
          at={room.window === "before" ? room.opensAt : room.closesAt}
          locale={locale}
          viewerZone={actor.timeZone}
          otherZone={zone}
        />
      ) : (
        <RoomClient
          token={token}
          selfId={actor.id}
          selfName={actor.name}
          role={room.role}
          initialChat={chat}
          products={products}
        />
      )}
    </div>
  );
}

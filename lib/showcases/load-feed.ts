import "server-only";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/actor";
import { productCard, productCardSelect, type ChatProductCard } from "@/lib/rooms/chat-message";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import type { ShowcaseSeat } from "./access";
import { requireShowcaseSeat, VIEWER_FRESH_MS } from "./engagement";
import { showcaseState, type ShowcaseState } from "./showcase-state";

/** How many of the latest messages a page holds. */
const FEED_MESSAGES = 200;

/** One chat line or question as the page gets it (JSON: dates as strings). */
export type ShowcaseFeedMessage = {
  id: string;
  kind: "CHAT" | "QUESTION";
  phase: "LIVE" | "REPLAY";
  text: string;
  authorName: string;
  organization: { nameEn: string | null; nameZh: string | null; nameRu: string | null } | null;
  mine: boolean;
  fromSupplier: boolean;
  hidden: boolean;
  pinned: boolean;
  createdAt: string;
};

/** What the showcase page polls: state, chat, pinned cards, and for the supplier and organizers the audience. */
export type ShowcaseFeed = {
  seat: ShowcaseSeat;
  state: ShowcaseState;
  messages: ShowcaseFeedMessage[];
  pins: ChatProductCard[];
  /** Watching now (heartbeat within 30 s); only for the supplier and organizers. */
  viewers: number | null;
  peakViewers: number | null;
};

/** The feed of a showcase for one viewer; NOT_FOUND for one the viewer may not watch. */
export async function loadShowcaseFeed(
  actor: Actor | null,
  showcaseId: string,
  now = new Date(),
): Promise<ShowcaseFeed> {
  const { showcase: access, seat } = await requireShowcaseSeat(actor, showcaseId);
  const moderator = seat === "supplier" || seat === "organizer";
  const [showcase, messages, pins, viewers] = await Promise.all([
    db.showcase.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        status: true,
        startsAt: true,
        endsAt: true,
        liveStartedAt: true,
        liveEndedAt: true,
        recordingStatus: true,
        peakViewers: true,
      },
    }),
    db.showcaseMessage.findMany({
      where: { showcaseId: access.id, ...(moderator ? {} : { hiddenAt: null }) },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: FEED_MESSAGES,
      select: {
        id: true,
        kind: true,
        phase: true,
        text: true,
        hiddenAt: true,
        pinnedAt: true,
        createdAt: true,
        authorId: true,
        author: {
          select: {
            name: true,
            organizationId: true,
            organization: { select: { nameEn: true, nameZh: true, nameRu: true } },
          },
        },
      },
    }),
    db.showcasePin.findMany({
      where: { showcaseId: access.id, product: listedProductWhere },
      orderBy: [{ pinnedAt: "desc" }],
      select: { product: { select: productCardSelect } },
    }),
    moderator
      ? db.showcaseView.count({
          where: { showcaseId: access.id, lastSeenAt: { gt: new Date(now.getTime() - VIEWER_FRESH_MS) } },
        })
      : Promise.resolve(null),
  ]);
  return {
    seat,
    state: showcaseState(showcase, now),
    messages: messages.reverse().map((message) => ({
      id: message.id,
      kind: message.kind,
      phase: message.phase,
      text: message.text,
      authorName: message.author.name,
      organization: message.author.organization,
      mine: actor != null && message.authorId === actor.id,
      fromSupplier: message.author.organizationId === access.organizationId,
      hidden: message.hiddenAt != null,
      pinned: message.pinnedAt != null,
      createdAt: message.createdAt.toISOString(),
    })),
    pins: pins.map((pin) => productCard(pin.product)),
    viewers,
    peakViewers: moderator ? showcase.peakViewers : null,
  };
}

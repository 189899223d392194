import "server-only";
import { showcaseTextsSelect } from "./load-programme";
import { db } from "@/lib/db";
import { can } from "@/lib/auth/permissions";
import type { Actor } from "@/lib/auth/actor";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { productCard, productCardSelect } from "@/lib/rooms/chat-message";
import { mayPublishShowcase } from "./access";
import { requireShowcaseSeat } from "./engagement";
import { loadShowcaseFeed } from "./load-feed";

const names = { nameEn: true, nameZh: true, nameRu: true } as const;

/**
 * Everything the showcase page shows: the showcase, its supplier and session, the featured
 * products buyers may see, whether the viewer follows it, the supplier's own products to pin,
 * and the first feed. NOT_FOUND for a showcase the actor may not watch.
 */
export async function loadShowcasePage(actor: Actor | null, showcaseId: string, now = new Date()) {
  const { showcase: access, seat } = await requireShowcaseSeat(actor, showcaseId);
  const [showcase, following, pinnable, feed] = await Promise.all([
    db.showcase.findUniqueOrThrow({
      where: { id: access.id },
      select: {
        id: true,
        status: true,
        reviewNote: true,
        isPublic: true,
        ...showcaseTextsSelect,
        startsAt: true,
        endsAt: true,
        organization: { select: { id: true, city: true, timeZone: true, ...names } },
        session: {
          select: {
            id: true,
            slug: true,
            titleEn: true,
            titleZh: true,
            titleRu: true,
            fair: { select: { slug: true, timeZone: true, ...names } },
          },
        },
        products: {
          where: { product: listedProductWhere },
          orderBy: [{ position: "asc" }],
          select: { product: { select: productCardSelect } },
        },
      },
    }),
    actor && seat !== "supplier" && seat !== "organizer"
      ? db.showcaseFollow.findUnique({
          where: { showcaseId_userId: { showcaseId: access.id, userId: actor.id } },
          select: { createdAt: true },
        })
      : Promise.resolve(null),
    seat === "supplier"
      ? db.product.findMany({
          where: { organizationId: access.organizationId, ...listedProductWhere },
          orderBy: [{ createdAt: "desc" }, { id: "desc" }],
          take: 100,
          select: productCardSelect,
        })
      : Promise.resolve([]),
    loadShowcaseFeed(actor, access.id, now),
  ]);
  const buyerParticipant =
    actor != null &&
    seat === "participant" &&
    can(actor, "request:meeting:own") &&
    actor.organization?.kind === "BUYER";
  return {
    showcase: { ...showcase, products: showcase.products.map((row) => productCard(row.product)) },
    seat,
    following: following != null,
    mayFollow: actor != null && can(actor, "follow:showcase:own") && (seat === "participant" || seat === "public"),
    mayPublish: mayPublishShowcase(actor, access, now),
    mayRequestMeeting: buyerParticipant,
    mayPost: actor != null && showcase.status === "APPROVED",
    pinnable: pinnable.map(productCard),
    feed,
  };
}

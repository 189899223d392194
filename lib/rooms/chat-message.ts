import type { Prisma } from "@/lib/generated/prisma/client";

/** A product card in the chat: enough for the tile (name in three languages, thumbnail, price). */
export type ChatProductCard = {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  thumbKey: string | null;
  /** Minor units as decimal strings (BigInt does not survive JSON). */
  priceMinMinor: string | null;
  priceMaxMinor: string | null;
  currency: string;
};

export type ChatMessage = {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
  product: ChatProductCard | null;
};

export const productCardSelect = {
  id: true,
  nameEn: true,
  nameZh: true,
  nameRu: true,
  priceMinMinor: true,
  priceMaxMinor: true,
  currency: true,
  images: { orderBy: { position: "asc" }, take: 1, select: { thumbKey: true } },
} satisfies Prisma.ProductSelect;

export const chatMessageSelect = {
  id: true,
  authorId: true,
  body: true,
  createdAt: true,
  author: { select: { name: true } },
  product: { select: productCardSelect },
} satisfies Prisma.RoomChatMessageSelect;

type ProductRow = Prisma.ProductGetPayload<{ select: typeof productCardSelect }>;
type ChatRow = Prisma.RoomChatMessageGetPayload<{ select: typeof chatMessageSelect }>;

export function productCard(product: ProductRow): ChatProductCard {
  return {
    id: product.id,
    nameEn: product.nameEn,
    nameZh: product.nameZh,
    nameRu: product.nameRu,
    thumbKey: product.images[0]?.thumbKey ?? null,
    priceMinMinor: product.priceMinMinor?.toString() ?? null,
    priceMaxMinor: product.priceMaxMinor?.toString() ?? null,
    currency: product.currency,
  };
}

export function chatMessage(row: ChatRow): ChatMessage {
  return {
    id: row.id,
    authorId: row.authorId,
    authorName: row.author.name,
    body: row.body,
    createdAt: row.createdAt.toISOString(),
    product: row.product ? productCard(row.product) : null,
  };
}

/** A chat line as the browser gets it (mirrors lib/rooms/chat-message.ts, which is server-side). */
export type ChatProductCardView = {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  thumbKey: string | null;
  priceMinMinor: string | null;
  priceMaxMinor: string | null;
  currency: string;
};

export type ChatMessageView = {
  id: string;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: string;
  product: ChatProductCardView | null;
};

/** A card shared without words: the server stored the product's name as its body (the CHECK wants one). */
export function isBareCard(message: ChatMessageView): boolean {
  const product = message.product;
  return product !== null && message.body === (product.nameEn || product.nameZh || product.nameRu || "—");
}

// The browser's names for the chat shapes. The shapes themselves are defined once, in
// lib/rooms/chat-message.ts, where the server builds them; `import type` keeps that
// module's Prisma selects out of the client bundle.
import type { ChatMessage, ChatProductCard } from "@/lib/rooms/chat-message";

/** A chat line as the browser gets it (JSON: dates and prices as strings). */
export type ChatMessageView = ChatMessage;
export type ChatProductCardView = ChatProductCard;

/** A card shared without words: the server stored the product's name as its body (the CHECK wants one). */
export function isBareCard(message: ChatMessageView): boolean {
  const product = message.product;
  return product !== null && message.body === (product.nameEn || product.nameZh || product.nameRu || "—");
}

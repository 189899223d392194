import "server-only";
import { listedProductWhere } from "@/lib/catalogue/visible-product";
import { db } from "@/lib/db";
import { productCard, productCardSelect, type ChatProductCard } from "./chat-message";
import type { Room } from "./room-access";

/** What the meeting's supplier may share into the chat: its own products that buyers can see. */
export async function listShareableProducts(room: Room): Promise<ChatProductCard[]> {
  if (room.role !== "SUPPLIER") return [];
  const rows = await db.product.findMany({
    where: { organizationId: room.meeting.supplierOrgId, ...listedProductWhere },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 100,
    select: productCardSelect,
  });
  return rows.map(productCard);
}

import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";

export type CategoryChoice = { id: string; depth: number; nameEn: string; nameZh: string; nameRu: string };

/** Every category, parents before their children, for the "whole category" entry. */
export async function listCategoryChoices(actor: Actor): Promise<CategoryChoice[]> {
  requirePermission(actor, "manage:negativeList:any");
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { id: true, parentId: true, nameEn: true, nameZh: true, nameRu: true },
  });
  const childrenOf = new Map<string | null, typeof categories>();
  for (const category of categories) {
    const siblings = childrenOf.get(category.parentId) ?? [];
    siblings.push(category);
    childrenOf.set(category.parentId, siblings);
  }
  const ordered: CategoryChoice[] = [];
  const visit = (parentId: string | null, depth: number) => {
    for (const { parentId: _parent, ...category } of childrenOf.get(parentId) ?? []) {
      ordered.push({ ...category, depth });
      visit(category.id, depth + 1);
    }
  };
  visit(null, 0);
  return ordered;
}

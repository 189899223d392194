import "server-only";
import { db } from "@/lib/db";

/** The category tree in memory (a few hundred rows): the subtree of a category, itself included. */
export async function loadCategoryTree(): Promise<(categoryId: string) => ReadonlySet<string>> {
  const categories = await db.category.findMany({ select: { id: true, parentId: true } });
  const children = new Map<string, string[]>();
  for (const { id, parentId } of categories) {
    if (!parentId) continue;
    const list = children.get(parentId);
    if (list) list.push(id);
    else children.set(parentId, [id]);
  }
  const cache = new Map<string, Set<string>>();
  return (categoryId) => {
    let subtree = cache.get(categoryId);
    if (!subtree) {
      subtree = new Set<string>();
      const stack = [categoryId];
      while (stack.length > 0) {
        const id = stack.pop()!;
        if (subtree.has(id)) continue;
        subtree.add(id);
        stack.push(...(children.get(id) ?? []));
      }
      cache.set(categoryId, subtree);
    }
    return subtree;
  };
}

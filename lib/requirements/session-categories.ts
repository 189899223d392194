import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

/** The session taxonomy: categories that a session of a published fair offers. */
export const sessionCategoryWhere = {
  sessions: { some: { session: { fair: { status: "PUBLISHED" } } } },
} satisfies Prisma.CategoryWhereInput;

export async function listSessionCategories() {
  return db.category.findMany({
    where: sessionCategoryWhere,
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, nameEn: true, nameZh: true, nameRu: true, parentId: true },
  });
}

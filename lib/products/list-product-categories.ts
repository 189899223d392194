import "server-only";
import { db } from "@/lib/db";

/** The categories a product can be listed under: those of sessions of published fairs. */
export async function listProductCategories() {
  return db.category.findMany({
    where: { sessions: { some: { session: { fair: { status: "PUBLISHED" } } } } },
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: { id: true, slug: true, nameEn: true, nameZh: true, nameRu: true, hsChapters: true },
  });
}

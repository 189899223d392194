import "server-only";
import { db } from "@/lib/db";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import type { SynonymLanguage } from "./schemas";

export type CategorySynonymsRow = {
  id: string;
  slug: string;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  parentId: string | null;
  synonyms: Record<SynonymLanguage, string[]>;
};

/** The console's synonyms page: every category (tree order: parents, then by position) with its synonyms. */
export async function loadCategorySynonyms(actor: Actor): Promise<CategorySynonymsRow[]> {
  requirePermission(actor, "manage:category:any");
  const categories = await db.category.findMany({
    orderBy: [{ position: "asc" }, { slug: "asc" }],
    select: {
      id: true,
      slug: true,
      nameEn: true,
      nameZh: true,
      nameRu: true,
      parentId: true,
      synonyms: { select: { language: true, term: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const rows = categories.map(({ synonyms, ...category }) => ({
    ...category,
    synonyms: {
      en: synonyms.filter((s) => s.language === "en").map((s) => s.term),
      zh: synonyms.filter((s) => s.language === "zh").map((s) => s.term),
      ru: synonyms.filter((s) => s.language === "ru").map((s) => s.term),
    },
  }));
  const children = (parentId: string | null) => rows.filter((row) => row.parentId === parentId);
  const ordered: CategorySynonymsRow[] = [];
  const visit = (row: CategorySynonymsRow) => {
    ordered.push(row);
    children(row.id).forEach(visit);
  };
  children(null).forEach(visit);
  return ordered;
}

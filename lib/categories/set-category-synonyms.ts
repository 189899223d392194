import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { requirePermission, type Actor } from "@/lib/auth/actor";
import { recordAudit } from "@/lib/audit/record-audit";
import { writeProductSearchDocuments } from "@/lib/search";
import { categorySynonymsSchema, type CategorySynonymsInput } from "./schemas";
import { categoryWithDescendantsSql } from "./category-tree-sql";

/**
 * An organizer replaces a category's synonyms (per language). The products of the
 * category and of its subcategories get their search documents rewritten in the
 * same transaction, inline: a category holds at most some thousands of products
 * (~1 ms each), so the new words are searchable the moment the save returns, and a
 * failed rewrite leaves the old synonyms in place.
 */
export async function setCategorySynonyms(actor: Actor, raw: CategorySynonymsInput) {
  requirePermission(actor, "manage:category:any");
  const input = categorySynonymsSchema.parse(raw);
  return db.$transaction(
    async (tx) => {
      // One editor at a time per category: the second waits, then replaces the first's list.
      const locked = await tx.$queryRaw<{ id: string }[]>`
        SELECT id FROM "Category" WHERE id = ${input.categoryId} FOR UPDATE`;
      if (locked.length === 0) throw new AppError("NOT_FOUND", "categoryUnknown");
      await tx.categorySynonym.deleteMany({ where: { categoryId: input.categoryId } });
      const lists = { en: input.synonymsEn, zh: input.synonymsZh, ru: input.synonymsRu };
      await tx.categorySynonym.createMany({
        data: Object.entries(lists).flatMap(([language, terms]) =>
          terms.map((term) => ({ categoryId: input.categoryId, language, term })),
        ),
      });
      const categoryIds = (await tx.$queryRaw<{ id: string }[]>(categoryWithDescendantsSql(input.categoryId))).map(
        (row) => row.id,
      );
      const products = await writeProductSearchDocuments(tx, { categoryIds });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "category.synonyms-set",
        entityType: "Category",
        entityId: input.categoryId,
        organizationId: actor.organizationId,
        data: { ...lists, products },
      });
      return { products };
    },
    { timeout: 120_000 },
  );
}

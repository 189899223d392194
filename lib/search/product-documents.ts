import type { Prisma } from "@/lib/generated/prisma/client";
import { categorySearchDocument, productSearchDocument, type ProductSearchSource } from "./document";
import {
  categoriesWithSynonymsSql,
  writeCategoryDocumentsSql,
  missingDocumentSql,
  productSearchSourcesSql,
  writeSearchDocumentsSql,
  type DocumentTarget,
} from "./product-documents-sql";

/** A Prisma client or transaction, or a plain pg client (migrations, benchmarks). */
type Client = Pick<Prisma.TransactionClient, "$queryRaw" | "$executeRaw"> | PgClient;
type PgClient = { query(text: string, values: unknown[]): Promise<{ rows: unknown[] }> };

async function rowsOf<T>(client: Client, statement: Prisma.Sql): Promise<T[]> {
  // Asked by value, not with `in`: lib/db's client is a Proxy without a `has` trap.
  const prisma = client as Partial<Pick<Prisma.TransactionClient, "$queryRaw">>;
  if (typeof prisma.$queryRaw === "function") return prisma.$queryRaw<T[]>(statement);
  return (await (client as PgClient).query(statement.text, statement.values)).rows as T[];
}

type SourceRow = Omit<ProductSearchSource, "categories"> & { id: string; categoryId: string };
type CategoryRow = {
  id: string;
  parentId: string | null;
  nameEn: string;
  nameZh: string;
  nameRu: string;
  synonyms: string[];
};

const BATCH = 500;

/**
 * Writes the search document of the target's products (those given, those of
 * some categories after their synonyms changed, or every product without one) in
 * batches of 500, with the client given: a product write passes its transaction,
 * so the document commits with the product. Returns how many were written.
 */
export async function writeProductSearchDocuments(client: Client, target: DocumentTarget): Promise<number> {
  if (target !== "missing" && Object.values(target)[0]!.length === 0) return 0;
  const categories = await rowsOf<CategoryRow & { hasDocument: boolean }>(client, categoriesWithSynonymsSql);
  const chains = categoryChains(categories);
  // A category's own document is written with its products' documents (its synonyms
  // changed: target categoryIds), or when it has none yet (new, or cleared with every
  // product document by a migration that changes the analyzer): never from a newer analysis
  // than its products', so the catalogue's category fast path claims no word they lack.
  await writeCategoryDocuments(
    client,
    chains,
    target !== "missing" && "categoryIds" in target
      ? target.categoryIds
      : categories.filter((category) => !category.hasDocument).map((category) => category.id),
  );
  let written = 0;
  let afterId = "";
  for (;;) {
    const rows = await rowsOf<SourceRow>(client, productSearchSourcesSql(target, afterId, BATCH));
    if (rows.length === 0) return written;
    const documents = await Promise.all(
      rows.map((row) => productSearchDocument({ ...row, categories: chains.get(row.categoryId) ?? [] })),
    );
    await rowsOf(
      client,
      writeSearchDocumentsSql(
        rows.map((row) => row.id),
        documents,
      ),
    );
    written += rows.length;
    afterId = rows.at(-1)!.id;
    if (rows.length < BATCH) return written;
  }
}

/**
 * The backfill after migrations, seeds and generated benchmark worlds: documents
 * for every product without one. Reads nothing else (and loads no dictionary)
 * when none is missing.
 */
export async function fillMissingSearchDocuments(client: Client): Promise<number> {
  const [missing] = await rowsOf<{ any: boolean }>(client, missingDocumentSql);
  return missing?.any ? writeProductSearchDocuments(client, "missing") : 0;
}

async function writeCategoryDocuments(
  client: Client,
  chains: Map<string, ProductSearchSource["categories"]>,
  ids: string[],
): Promise<void> {
  if (ids.length === 0) return;
  const documents = await Promise.all(ids.map((id) => categorySearchDocument(chains.get(id) ?? [])));
  await rowsOf(client, writeCategoryDocumentsSql(ids, documents));
}

/** Each category with its ancestors (nearest first), guarded against cycles. */
function categoryChains(rows: CategoryRow[]): Map<string, ProductSearchSource["categories"]> {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const chains = new Map<string, ProductSearchSource["categories"]>();
  for (const row of rows) {
    const chain: ProductSearchSource["categories"] = [];
    const seen = new Set<string>();
    for (
      let at: CategoryRow | undefined = row;
      at && !seen.has(at.id);
      at = at.parentId ? byId.get(at.parentId) : undefined
    ) {
      seen.add(at.id);
      chain.push({ nameEn: at.nameEn, nameZh: at.nameZh, nameRu: at.nameRu, synonyms: at.synonyms });
    }
    chains.set(row.id, chain);
  }
  return chains;
}

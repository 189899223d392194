import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { Currency } from "@/lib/generated/prisma/enums";
import { buildCatalogueQuery } from "./catalogue-query";
import { encodeCursor, type CatalogueSort } from "./cursor";
import type { SearchCatalogueInput } from "./schemas";

export type CatalogueHit = {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  categoryId: string;
  moq: number;
  moqUnit: string;
  priceMinMinor: bigint | null;
  priceMaxMinor: bigint | null;
  currency: Currency;
  certifications: string[];
  createdAt: Date;
  thumbKey: string | null;
  supplier: { id: string; nameEn: string | null; nameZh: string | null; nameRu: string | null; city: string };
};

export type CatalogueResults = {
  hits: CatalogueHit[];
  /** Exact up to TOTAL_COUNT_LIMIT (1,000); above it TOTAL_COUNT_LIMIT + 1, shown as "1,000+". */
  total: number;
  sort: CatalogueSort;
  /** Opaque cursors for the neighbouring pages, null at either end. */
  nextCursor: string | null;
  previousCursor: string | null;
};

type Row = Omit<CatalogueHit, "supplier"> & {
  sessionFound: number;
  total: number;
  sortKey: string | null;
  supplierId: string;
  supplierNameEn: string | null;
  supplierNameZh: string | null;
  supplierNameRu: string | null;
  supplierCity: string;
};

/**
 * The visible products of a published fair session that match a search, one page
 * at a time, in ONE SQL statement: the page rows with supplier and first image,
 * the total, and whether the session exists. Visible means: the supplier is an
 * approved organization registered (approved) for the session, the product's
 * category belongs to the session, the supplier has not hidden it and no
 * negative-list entry blocks it. Public: no actor needed.
 */
export async function searchCatalogue(raw: SearchCatalogueInput): Promise<CatalogueResults> {
  const { sql, sort, pageSize, cursor } = await buildCatalogueQuery(raw);
  const backwards = cursor?.direction === "before";
  const rows = await db.$queryRaw<Row[]>(sql);

  if (!rows[0]?.sessionFound) throw new AppError("NOT_FOUND", "sessionNotFound");
  const total = rows[0].total;
  const found = rows.filter((row) => row.id !== null);
  const hasBeyond = found.length > pageSize;
  const pageRows = found.slice(0, pageSize);
  if (backwards) pageRows.reverse();

  const cursorAt = (row: Row | undefined, direction: "after" | "before") =>
    row ? encodeCursor({ sort, direction, key: sortKeyText(row, sort), id: row.id }) : null;
  const hasNext = backwards ? true : hasBeyond;
  const hasPrevious = backwards ? hasBeyond : cursor !== null;

  return {
    hits: pageRows.map(toHit),
    total,
    sort,
    nextCursor: hasNext ? cursorAt(pageRows.at(-1), "after") : null,
    previousCursor: hasPrevious ? cursorAt(pageRows[0], "before") : null,
  };
}

// Timestamps go into cursors in ISO form; numeric keys as their exact decimal text.
function sortKeyText(row: Row, sort: CatalogueSort): string {
  return sort === "newest" ? row.createdAt.toISOString() : (row.sortKey ?? "0");
}

function toHit(row: Row): CatalogueHit {
  return {
    id: row.id,
    nameEn: row.nameEn,
    nameZh: row.nameZh,
    nameRu: row.nameRu,
    categoryId: row.categoryId,
    moq: row.moq,
    moqUnit: row.moqUnit,
    priceMinMinor: row.priceMinMinor,
    priceMaxMinor: row.priceMaxMinor,
    currency: row.currency,
    certifications: row.certifications,
    createdAt: row.createdAt,
    thumbKey: row.thumbKey,
    supplier: {
      id: row.supplierId,
      nameEn: row.supplierNameEn,
      nameZh: row.supplierNameZh,
      nameRu: row.supplierNameRu,
      city: row.supplierCity,
    },
  };
}

import "server-only";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors";
import { searchSuppliersSchema, type SearchSuppliersInput } from "./schemas";
import { searchSuppliersSql } from "./search-suppliers-sql";

export type SupplierHit = {
  id: string;
  nameEn: string | null;
  nameZh: string | null;
  nameRu: string | null;
  city: string;
  yearFounded: number | null;
  staffSize: string | null;
  logoKey: string | null;
  certificateCodes: string[];
  productCount: number;
};

type Row = SupplierHit & { sessionFound: number; total: number };

/**
 * The approved suppliers of a published session, by name (substring in any
 * language) and city, a page at a time ordered by name then id (unique, so
 * offsets never repeat or skip a row), with their catalogue product count and
 * valid certificates. One statement; NOT_FOUND when the session is not public.
 */
export async function searchSuppliers(raw: SearchSuppliersInput) {
  const input = searchSuppliersSchema.parse(raw);
  const pageSize = input.pageSize ?? 24;
  const page = input.page ?? 1;
  const rows = await db.$queryRaw<Row[]>(searchSuppliersSql({ ...input, page, pageSize }));

  if (!rows[0]?.sessionFound) throw new AppError("NOT_FOUND", "sessionNotFound");
  const suppliers = rows.filter((row) => row.id !== null).map(({ sessionFound: _s, total: _t, ...hit }) => hit);
  const total = rows[0].total;
  return { suppliers, total, page, pageCount: Math.max(1, Math.ceil(total / pageSize)) };
}

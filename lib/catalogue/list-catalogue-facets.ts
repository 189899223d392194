import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/lib/db";
import { approvedSupplierSql } from "./visible-product";

/**
 * What the catalogue's filters offer for a session: the cities of its visible
 * suppliers and every certificate type.
 */
export async function listCatalogueFacets(sessionId: string) {
  const [cities, certificateTypes] = await Promise.all([
    db.$queryRaw<{ city: string }[]>`
      SELECT DISTINCT o.city FROM "SessionRegistration" r JOIN "Organization" o ON o.id = r."organizationId"
      WHERE r."sessionId" = ${sessionId} AND r.status = 'APPROVED'
        AND ${approvedSupplierSql("o")}
      ORDER BY o.city`,
    db.certificateType.findMany({
      orderBy: { code: "asc" },
      select: { code: true, nameEn: true, nameZh: true, nameRu: true },
    }),
  ]);
  return { cities: cities.map((row) => row.city), certificateTypes };
}

/**
 * The same, remembered for five minutes per session: the lists change rarely
 * (a new supplier city, a new certificate type), and reading every supplier of
 * a session on each search would cost more than the search itself.
 */
export const cachedCatalogueFacets = unstable_cache(listCatalogueFacets, ["catalogue-facets"], { revalidate: 300 });

import "server-only";
import { db } from "@/lib/db";
import type { Currency } from "@/lib/generated/prisma/enums";
import { toLifecycleInput, type SessionLifecycleInput } from "@/lib/fairs/lifecycle";
import { USD_PER_USD_CENT_MICROS } from "./money";

type Named = { nameEn: string; nameZh: string; nameRu: string };
type Row = {
  id: string;
  slug: string;
  titleEn: string;
  titleZh: string;
  titleRu: string;
  fair: Named & { id: string; slug: string; status: SessionLifecycleInput["fairStatus"]; timeZone: string };
  startDate: Date;
  endDate: Date;
  registrationDeadline: Date | null;
  categories: (Named & { id: string })[] | null;
  rates: Record<string, string> | null;
};

/**
 * A published fair session as its catalogue pages need it: titles, the fair,
 * the session's categories, the fair's exchange rates and what the lifecycle
 * reads (an ended session's catalogue is its archive), in one statement.
 */
export async function getCatalogueSession(fairSlug: string, sessionSlug: string) {
  const [row] = await db.$queryRaw<Row[]>`
    SELECT s.id, s.slug, s."titleEn", s."titleZh", s."titleRu", s."startDate", s."endDate", s."registrationDeadline",
      json_build_object('id', f.id, 'slug', f.slug, 'nameEn', f."nameEn", 'nameZh', f."nameZh", 'nameRu', f."nameRu",
        'status', f.status, 'timeZone', f."timeZone") AS fair,
      (
        SELECT json_agg(json_build_object('id', c.id, 'nameEn', c."nameEn", 'nameZh', c."nameZh", 'nameRu', c."nameRu")
          ORDER BY c.position, c.id)
        FROM "SessionCategory" sc JOIN "Category" c ON c.id = sc."categoryId" WHERE sc."sessionId" = s.id
      ) AS categories,
      (SELECT json_object_agg(er.currency, er."perUsdCentMicros"::text) FROM "ExchangeRate" er WHERE er."fairId" = f.id) AS rates
    FROM "FairSession" s JOIN "Fair" f ON f.id = s."fairId"
    WHERE s.slug = ${sessionSlug} AND f.slug = ${fairSlug} AND f.status = 'PUBLISHED'`;
  if (!row) return null;
  const rates: Partial<Record<Currency, bigint>> = {
    ...Object.fromEntries(Object.entries(row.rates ?? {}).map(([currency, micros]) => [currency, BigInt(micros)])),
    USD: USD_PER_USD_CENT_MICROS,
  };
  return { ...row, categories: row.categories ?? [], rates, lifecycle: toLifecycleInput(row) };
}
export type CatalogueSession = NonNullable<Awaited<ReturnType<typeof getCatalogueSession>>>;

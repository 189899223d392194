import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { TOTAL_COUNT_LIMIT, totalIsCapped } from "@/lib/catalogue/total-count";
import type { Currency } from "@/lib/generated/prisma/enums";
import { findKnownCity } from "@/lib/geo/cities";
import { priceLines } from "@/lib/catalogue/money";
import type { CatalogueHit, CatalogueResults as Results } from "@/lib/catalogue/search-catalogue";
import { Pager } from "./pager";
import type { ProductCardView } from "./product-card";
import { ProductGrid } from "./product-grid";

type Query = Record<string, string | string[] | undefined>;

/** The result count, the product grid (or the empty state) and the pager. */
export async function CatalogueResults({
  results,
  path,
  query,
  page,
  sessionId,
  locale,
  viewerCurrency,
  rates,
  pageSize = 24,
  emptyText,
}: {
  results: Results;
  path: string;
  query: Query;
  page: number;
  sessionId: string;
  locale: AppLocale;
  viewerCurrency: Currency;
  rates: Partial<Record<Currency, bigint>>;
  pageSize?: number;
  /** A plain message instead of the search's "no product matches" advice. */
  emptyText?: string;
}) {
  const t = await getTranslations("catalogue.search");
  const tCard = await getTranslations("catalogue.card");
  const tProducts = await getTranslations("products");
  const view = (hit: CatalogueHit): ProductCardView => {
    const price = priceLines(hit.priceMinMinor, hit.priceMaxMinor, hit.currency, viewerCurrency, rates, locale);
    const city = findKnownCity(hit.supplier.city)?.name[locale] ?? hit.supplier.city;
    return {
      id: hit.id,
      href: `/${locale}/products/${hit.id}?session=${encodeURIComponent(sessionId)}`,
      name: localized(hit, "name", locale),
      supplierLine: `${localized(hit.supplier, "name", locale)} · ${city}`,
      price: price && {
        price: price.price,
        converted: price.converted && tCard("approx", { amount: price.converted }),
      },
      moqText: tCard("moq", {
        quantity: messageOr(tProducts, `unitCounts.${hit.moqUnit}`, `${hit.moq} ${hit.moqUnit}`, { count: hit.moq }),
      }),
      certifications: hit.certifications,
      thumbKey: hit.thumbKey,
    };
  };
  const labels = {
    noImage: tCard("noImage"),
    priceOnRequest: tCard("priceOnRequest"),
    certifications: tCard("certifications"),
  };
  // The search itself without its position: pager links add cursor and page back.
  const kept = Object.fromEntries(
    Object.entries(query).filter(
      (entry): entry is [string, string | string[]] =>
        entry[1] !== undefined && entry[1] !== "" && entry[0] !== "cursor" && entry[0] !== "page",
    ),
  );
  const at = (cursor: string | null, target: number) =>
    cursor ? { cursor, ...(target > 1 ? { page: String(target) } : {}) } : null;

  const countText = totalIsCapped(results.total)
    ? t("resultCountCapped", { count: TOTAL_COUNT_LIMIT })
    : t("resultCount", { count: results.total });

  return (
    <section aria-labelledby={emptyText ? undefined : "results-heading"} className="space-y-4">
      {emptyText ? (
        <p className="text-sm text-slate-600">{countText}</p>
      ) : (
        <h2 id="results-heading" className="text-lg font-semibold" aria-live="polite">
          <span className="sr-only">{t("results")}: </span>
          {countText}
        </h2>
      )}
      {results.hits.length === 0 && emptyText ? (
        <p className="rounded-md bg-slate-50 px-3 py-4 text-sm text-slate-600">{emptyText}</p>
      ) : results.hits.length === 0 ? (
        <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
          <p className="text-base font-medium text-slate-900">{t("empty.title")}</p>
          <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600">{t("empty.text")}</p>
          <Link href={path} className="mt-4 inline-block text-sm text-brand-700 hover:text-brand-900 hover:underline">
            {t("empty.clear")}
          </Link>
        </div>
      ) : (
        <ProductGrid cards={results.hits.map(view)} labels={labels} />
      )}
      <Pager
        path={path}
        query={kept}
        page={page}
        pageCount={Math.ceil(results.total / pageSize)}
        previous={results.previousCursor ? at(results.previousCursor, page - 1) : null}
        next={results.nextCursor ? at(results.nextCursor, page + 1) : null}
      />
    </section>
  );
}

import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getCatalogueSession } from "@/lib/catalogue/get-catalogue-session";
import { cachedCatalogueFacets } from "@/lib/catalogue/list-catalogue-facets";
import { defaultCurrencyFor } from "@/lib/catalogue/money";
import { parseCatalogueSearchParams } from "@/lib/catalogue/schemas";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { CatalogueHeader } from "@/components/catalogue/catalogue-header";
import { CatalogueResults } from "@/components/catalogue/catalogue-results";
import { SearchForm } from "@/components/catalogue/search-form";

type Props = {
  params: Promise<{ locale: AppLocale; fairSlug: string; sessionSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadSession = cache(getCatalogueSession);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, fairSlug, sessionSlug } = await params;
  const session = await loadSession(fairSlug, sessionSlug);
  if (!session) return {};
  const t = await getTranslations({ locale, namespace: "catalogue.search" });
  return { title: t("metaTitle", { session: localized(session, "title", locale) }) };
}

export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale, fairSlug, sessionSlug } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const session = await loadSession(fairSlug, sessionSlug);
  if (!session) notFound();

  const { input, params: search, fieldErrors } = parseCatalogueSearchParams(raw);
  const viewerCurrency = defaultCurrencyFor(locale);
  const [results, facets] = await Promise.all([
    searchCatalogue({ ...input, sessionId: session.id, priceCurrency: search.priceCurrency ?? viewerCurrency }),
    cachedCatalogueFacets(session.id),
  ]);
  const path = `/fairs/${session.fair.slug}/${session.slug}/catalogue`;

  return (
    <div className="space-y-6">
      <CatalogueHeader session={session} locale={locale} current="products" />
      <SearchForm
        path={path}
        locale={locale}
        values={raw}
        errors={fieldErrors}
        activeFilters={
          [
            (search.categoryIds ?? []).length > 0,
            search.certification,
            search.moqMax,
            search.priceMin !== undefined || search.priceMax !== undefined,
            search.city,
          ].filter(Boolean).length
        }
        categories={session.categories}
        certificateTypes={facets.certificateTypes}
        cities={facets.cities}
        defaultCurrency={viewerCurrency}
      />
      <CatalogueResults
        results={results}
        path={path}
        query={raw}
        page={search.page ?? 1}
        sessionId={session.id}
        locale={locale}
        viewerCurrency={viewerCurrency}
        rates={session.rates}
      />
    </div>
  );
}

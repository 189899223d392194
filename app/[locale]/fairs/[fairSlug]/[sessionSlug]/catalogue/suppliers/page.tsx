import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getCatalogueSession } from "@/lib/catalogue/get-catalogue-session";
import { cachedCatalogueFacets } from "@/lib/catalogue/list-catalogue-facets";
import { searchSuppliersSchema } from "@/lib/catalogue/schemas";
import { searchSuppliers } from "@/lib/catalogue/search-suppliers";
import { CatalogueHeader } from "@/components/catalogue/catalogue-header";
import { OffsetPager } from "@/components/catalogue/offset-pager";
import { SupplierList } from "@/components/catalogue/supplier-list";
import { SupplierSearchForm } from "@/components/catalogue/supplier-search-form";

type Props = {
  params: Promise<{ locale: AppLocale; fairSlug: string; sessionSlug: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadSession = cache(getCatalogueSession);
const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, fairSlug, sessionSlug } = await params;
  const session = await loadSession(fairSlug, sessionSlug);
  if (!session) return {};
  const t = await getTranslations({ locale, namespace: "catalogue.suppliers" });
  return { title: t("metaTitle", { session: localized(session, "title", locale) }) };
}

export default async function CatalogueSuppliersPage({ params, searchParams }: Props) {
  const { locale, fairSlug, sessionSlug } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const session = await loadSession(fairSlug, sessionSlug);
  if (!session) notFound();
  const t = await getTranslations("catalogue.suppliers");

  // Invalid values (a hand-edited address) simply fall back to "no filter".
  const wanted = { sessionId: session.id, locale, q: text(raw.q), city: text(raw.city), page: text(raw.page) };
  const parsed = searchSuppliersSchema.safeParse(wanted);
  const input = parsed.success ? wanted : { ...wanted, q: "", city: "", page: "" };
  const [found, facets] = await Promise.all([searchSuppliers(input), cachedCatalogueFacets(session.id)]);
  const path = `/fairs/${session.fair.slug}/${session.slug}/catalogue/suppliers`;

  return (
    <div className="space-y-6">
      <CatalogueHeader session={session} locale={locale} current="suppliers" />
      <SupplierSearchForm path={path} locale={locale} q={input.q} city={input.city} cities={facets.cities} />
      <section aria-labelledby="supplier-results-heading" className="space-y-4">
        <h2 id="supplier-results-heading" className="text-lg font-semibold" aria-live="polite">
          {t("resultCount", { count: found.total })}
        </h2>
        {found.suppliers.length === 0 ? (
          <div className="rounded-lg border border-dashed border-slate-300 bg-white px-6 py-10 text-center">
            <p className="text-base font-medium text-slate-900">{t("empty.title")}</p>
            <p className="mx-auto mt-1 max-w-prose text-sm text-slate-600">{t("empty.text")}</p>
          </div>
        ) : (
          <SupplierList suppliers={found.suppliers} sessionId={session.id} locale={locale} />
        )}
        <OffsetPager
          path={path}
          query={{ ...(input.q ? { q: input.q } : {}), ...(input.city ? { city: input.city } : {}) }}
          page={found.page}
          pageCount={found.pageCount}
        />
      </section>
    </div>
  );
}

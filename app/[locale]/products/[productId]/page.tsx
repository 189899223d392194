import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { findKnownCity } from "@/lib/geo/cities";
import { getPublicProduct } from "@/lib/catalogue/get-public-product";
import { defaultCurrencyFor } from "@/lib/catalogue/money";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumb } from "@/components/fairs/breadcrumb";
import { PriceWithConversion } from "@/components/catalogue/price-with-conversion";
import { ProductFacts } from "@/components/catalogue/product-facts";
import { ProductGallery } from "@/components/catalogue/product-gallery";
import { SessionLinks } from "@/components/catalogue/session-links";
import { SupplierLogo } from "@/components/catalogue/supplier-logo";

type Props = {
  params: Promise<{ locale: AppLocale; productId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadProduct = cache(getPublicProduct);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, productId } = await params;
  const product = await loadProduct(productId);
  return product ? { title: localized(product, "name", locale) } : {};
}

/** A product as buyers see it: photos, price (and in their currency), terms and the supplier. */
export default async function ProductPage({ params, searchParams }: Props) {
  const { locale, productId } = await params;
  setRequestLocale(locale);
  const { session: sessionParam } = await searchParams;
  const product = await loadProduct(productId);
  if (!product) notFound();
  const t = await getTranslations("catalogue.product");
  const tHeader = await getTranslations("catalogue.header");

  // The session the buyer came from (its fair's rates convert the price), else the latest one.
  const session = product.sessions.find((s) => s.id === sessionParam) ?? product.sessions[0];
  const catalogue = `/fairs/${session.fairSlug}/${session.slug}/catalogue`;
  const name = localized(product, "name", locale);
  const otherNames = [product.nameZh, product.nameEn, product.nameRu].filter((n): n is string => !!n && n !== name);
  const supplierName = localized(product.organization, "name", locale);
  const description = localized(product, "description", locale);
  const viewerCurrency = defaultCurrencyFor(locale);
  const missingRate = !session.rates[product.currency] || !session.rates[viewerCurrency];

  return (
    <div className="space-y-6">
      <Breadcrumb
        label={tHeader("breadcrumb")}
        crumbs={[
          { label: tHeader("fairs"), href: "/" },
          { label: localized(session, "fairName", locale), href: `/fairs/${session.fairSlug}` },
          { label: localized(session, "title", locale), href: `/fairs/${session.fairSlug}/${session.slug}` },
          { label: tHeader("catalogue"), href: catalogue },
          { label: name },
        ]}
      />
      <div className="grid gap-8 lg:grid-cols-2">
        <ProductGallery images={product.images} name={name} />
        <div className="min-w-0 space-y-5">
          <header className="space-y-1">
            <h1 className="text-2xl font-semibold break-words sm:text-3xl">{name}</h1>
            {otherNames.map((other) => (
              <p key={other} className="text-sm break-words text-slate-600">
                {other}
              </p>
            ))}
          </header>
          <section aria-labelledby="price-heading" className="space-y-1">
            <h2 id="price-heading" className="text-sm font-medium text-slate-500">
              {t("price")}
            </h2>
            <PriceWithConversion
              min={product.priceMinMinor}
              max={product.priceMaxMinor}
              currency={product.currency}
              viewerCurrency={viewerCurrency}
              rates={session.rates}
              locale={locale}
              size="lg"
            />
            {missingRate && product.currency !== viewerCurrency ? (
              <p className="text-xs text-slate-500">
                {t("noRate", { currency: session.rates[product.currency] ? viewerCurrency : product.currency })}
              </p>
            ) : null}
          </section>
          <ProductFacts product={product} locale={locale} />
          <Card className="flex items-center gap-4" aria-labelledby="supplier-heading">
            <SupplierLogo logoKey={product.organization.logoKey} name={supplierName} className="h-12 w-12 shrink-0" />
            <div className="min-w-0 space-y-0.5">
              <h2 id="supplier-heading" className="text-xs font-medium text-slate-500">
                {t("supplier")}
              </h2>
              <p className="font-semibold break-words text-slate-900">{supplierName}</p>
              <p className="text-sm text-slate-600">
                {findKnownCity(product.organization.city)?.name[locale] ?? product.organization.city}
              </p>
              <Link
                href={{ pathname: `/suppliers/${product.organization.id}`, query: { session: session.id } }}
                className="text-sm text-brand-700 hover:text-brand-900 hover:underline"
              >
                {t("viewSupplier")}
              </Link>
            </div>
          </Card>
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="space-y-2 lg:col-span-2" aria-labelledby="description-heading">
          <CardTitle id="description-heading">{t("description")}</CardTitle>
          <p className="text-sm whitespace-pre-line break-words text-slate-700">{description || t("noDescription")}</p>
        </Card>
        <Card className="space-y-2" aria-labelledby="in-catalogue-heading">
          <CardTitle id="in-catalogue-heading">{t("inCatalogue")}</CardTitle>
          <SessionLinks sessions={product.sessions} locale={locale} />
        </Card>
      </div>
      <Link href={catalogue} className="inline-block text-sm text-brand-700 hover:text-brand-900 hover:underline">
        ← {t("backToCatalogue")}
      </Link>
    </div>
  );
}

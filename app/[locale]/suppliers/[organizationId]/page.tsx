import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n/routing";
import { localized } from "@/lib/i18n/localized";
import { getActor } from "@/lib/auth/session";
import { getPublicSupplier } from "@/lib/catalogue/get-public-supplier";
import { Link } from "@/lib/i18n/navigation";
import { findRequestSession } from "@/lib/meetings/find-request-session";
import { defaultCurrencyFor } from "@/lib/catalogue/money";
import { searchCatalogue } from "@/lib/catalogue/search-catalogue";
import { Button } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { Breadcrumb } from "@/components/fairs/breadcrumb";
import { sessionTitleWithEdition } from "@/lib/fairs/session-title";
import { CatalogueResults } from "@/components/catalogue/catalogue-results";
import { CertificateList } from "@/components/catalogue/certificate-list";
import { SessionLinks } from "@/components/catalogue/session-links";
import { SupplierFacts } from "@/components/catalogue/supplier-facts";
import { SupplierLogo } from "@/components/catalogue/supplier-logo";
import { CreditBadges } from "@/components/credit/credit-badges";
import { creditBadgesOf } from "@/lib/credit/load-credit";

type Props = {
  params: Promise<{ locale: AppLocale; organizationId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const loadSupplier = cache(getPublicSupplier);
const text = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, organizationId } = await params;
  const supplier = await loadSupplier(organizationId);
  return supplier ? { title: localized(supplier, "name", locale) } : {};
}

/** A supplier's public page: profile, certificates and its products in one session's catalogue. */
export default async function SupplierPage({ params, searchParams }: Props) {
  const { locale, organizationId } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const supplier = await loadSupplier(organizationId);
  if (!supplier) notFound();
  const t = await getTranslations("catalogue.supplier");
  const tHeader = await getTranslations("catalogue.header");

  const name = localized(supplier, "name", locale);
  const otherNames = [supplier.nameZh, supplier.nameEn, supplier.nameRu].filter((n): n is string => !!n && n !== name);
  const session = supplier.sessions.find((s) => s.id === text(raw.session)) ?? supplier.sessions[0];
  const page = Number(text(raw.page)) || 1;
  const products = session
    ? await searchCatalogue({
        sessionId: session.id,
        supplierId: supplier.id,
        sort: "newest",
        cursor: text(raw.cursor),
      })
    : null;
  const description = localized(supplier, "description", locale);
  // A signed-in buyer sharing an open session with this supplier may ask it for a meeting.
  const requestSession = await findRequestSession(await getActor(), supplier.id, { preferredSessionId: session?.id });
  const tMeetings = await getTranslations("meetings");
  // What buyers see of the supplier's credit: badges only (lib/credit), never the score.
  const badges = (await creditBadgesOf([supplier.id])).get(supplier.id) ?? [];

  return (
    <div className="space-y-6">
      <Breadcrumb
        label={tHeader("breadcrumb")}
        crumbs={[
          { label: tHeader("fairs"), href: "/" },
          ...(session
            ? [
                { label: localized(session, "fairName", locale), href: `/fairs/${session.fairSlug}` },
                { label: localized(session, "title", locale), href: `/fairs/${session.fairSlug}/${session.slug}` },
                { label: tHeader("catalogue"), href: `/fairs/${session.fairSlug}/${session.slug}/catalogue` },
              ]
            : []),
          { label: name },
        ]}
      />
      <header className="flex flex-wrap items-start gap-4">
        <SupplierLogo logoKey={supplier.logoKey} name={name} className="h-16 w-16 shrink-0 sm:h-20 sm:w-20" />
        <div className="min-w-0 flex-1 space-y-1">
          <h1 className="text-2xl font-semibold break-words sm:text-3xl">{name}</h1>
          {otherNames.map((other) => (
            <p key={other} className="text-sm break-words text-slate-600">
              {other}
            </p>
          ))}
          <CreditBadges badges={badges} />
        </div>
        {requestSession ? (
          <div className="w-full space-y-1 sm:w-auto sm:text-right">
            <Button asChild className="w-full sm:w-auto">
              <Link
                href={{ pathname: "/meetings/new", query: { session: requestSession.id, with: supplier.id } }}
                data-testid="request-meeting-button"
              >
                {tMeetings("requestLink")}
              </Link>
            </Button>
            <p className="text-xs text-slate-500">
              {tMeetings("requestIn", { session: sessionTitleWithEdition(requestSession, locale) })}
            </p>
          </div>
        ) : null}
      </header>

      <div className="grid gap-6 lg:grid-cols-3">
        <Card className="space-y-3 lg:col-span-2" aria-labelledby="about-heading">
          <CardTitle id="about-heading">{t("about")}</CardTitle>
          <p className="text-sm whitespace-pre-line break-words text-slate-700">{description || t("noDescription")}</p>
          <SupplierFacts supplier={supplier} locale={locale} />
        </Card>
        <div className="space-y-6">
          <Card className="space-y-2" aria-labelledby="certificates-heading">
            <CardTitle id="certificates-heading">{t("certificates")}</CardTitle>
            <CertificateList certificates={supplier.certificates} locale={locale} today={new Date()} />
          </Card>
          <Card className="space-y-2" aria-labelledby="sessions-heading">
            <CardTitle id="sessions-heading">{t("sessions")}</CardTitle>
            {supplier.sessions.length > 0 ? (
              <SessionLinks sessions={supplier.sessions} locale={locale} />
            ) : (
              <p className="text-sm text-slate-600">{t("noSessions")}</p>
            )}
          </Card>
        </div>
      </div>

      {session && products ? (
        <section aria-labelledby="supplier-products-heading" className="space-y-3">
          <h2 id="supplier-products-heading" className="text-xl font-semibold break-words">
            {t("products", { session: localized(session, "title", locale) })}
          </h2>
          <CatalogueResults
            results={products}
            path={`/suppliers/${supplier.id}`}
            query={{ session: session.id }}
            page={page}
            sessionId={session.id}
            locale={locale}
            viewerCurrency={defaultCurrencyFor(locale)}
            rates={session.rates}
            emptyText={t("noProducts")}
          />
        </section>
      ) : null}
    </div>
  );
}

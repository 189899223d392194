import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { fileUrl } from "@/lib/storage/file-url";
import { exportMarketChoices, supplierCityChoices, supplierLanguageChoices } from "@/lib/suppliers/choice-labels";
import { getOwnSupplierProfile } from "@/lib/suppliers/get-own-supplier-profile";
import { listCertificateTypes } from "@/lib/suppliers/list-certificate-types";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { AddCertificateForm } from "@/components/supplier-profile/add-certificate-form";
import { CertificateList } from "@/components/supplier-profile/certificate-list";
import { CompanyProfileForm } from "@/components/supplier-profile/company-profile-form";
import { LogoForm } from "@/components/supplier-profile/logo-form";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "products.profile" });
  return { title: t("title") };
}

export default async function SupplierProfilePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/supplier/profile", "manage:catalogue:own");
  if (!actor) return <Forbidden />;
  const status = actor.organization?.status;
  if (status !== "APPROVED" && status !== "PENDING") return <Forbidden />;
  const t = await getTranslations("products.profile");
  const [profile, certificateTypes] = await Promise.all([getOwnSupplierProfile(actor), listCertificateTypes()]);
  const companyName = localized(profile, "name", locale);

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("intro")}</p>
      </header>
      {status === "PENDING" ? (
        <Alert tone="info" role="status">
          {t("pending")}
        </Alert>
      ) : null}
      <Card className="space-y-4" aria-labelledby="details-heading">
        <CardTitle id="details-heading">{t("detailsHeading")}</CardTitle>
        <CompanyProfileForm
          values={{
            nameZh: profile.nameZh ?? "",
            nameEn: profile.nameEn ?? "",
            nameRu: profile.nameRu ?? "",
            city: profile.city,
            yearFounded: profile.yearFounded ? String(profile.yearFounded) : "",
            staffSize: profile.staffSize ?? "",
            exportMarkets: profile.exportMarkets,
            languages: profile.languages,
            descriptionZh: profile.descriptionZh ?? "",
            descriptionEn: profile.descriptionEn ?? "",
            descriptionRu: profile.descriptionRu ?? "",
          }}
          markets={exportMarketChoices(locale)}
          languages={supplierLanguageChoices(locale)}
          cities={supplierCityChoices(locale)}
        />
      </Card>
      <div className="grid gap-6 lg:grid-cols-[2fr_3fr]">
        <Card className="space-y-4" aria-labelledby="logo-heading">
          <CardTitle id="logo-heading">{t("logoHeading")}</CardTitle>
          <LogoForm logoUrl={profile.logoKey ? fileUrl(profile.logoKey) : null} companyName={companyName} />
        </Card>
        <Card className="space-y-4" aria-labelledby="certificates-heading">
          <div className="space-y-1">
            <CardTitle id="certificates-heading">{t("certificatesHeading")}</CardTitle>
            <p className="text-sm text-slate-600">{t("certificatesIntro")}</p>
          </div>
          <CertificateList certificates={profile.certificates} locale={locale} today={new Date()} />
          <AddCertificateForm
            types={certificateTypes.map((type) => ({ value: type.code, label: localized(type, "name", locale) }))}
          />
        </Card>
      </div>
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { getOwnBuyerProfile } from "@/lib/buyers/get-own-buyer-profile";
import { annualVolumeToInput } from "@/lib/buyers/annual-volume";
import { buyerLanguageCodes } from "@/lib/buyers/schemas";
import { knownCities } from "@/lib/geo/cities";
import type { AppLocale } from "@/lib/i18n/routing";
import { listSessionCategories } from "@/lib/requirements/session-categories";
import { timeZoneChoices } from "@/lib/time/zone-choices";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { BuyerNav } from "@/components/buyer/buyer-nav";
import { BuyerProfileForm } from "@/components/buyer/buyer-profile-form";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "buyer.profile" });
  return { title: t("title") };
}

// Russian writes language names in lower case ("русский"); as checkbox labels they start upper-case.
const capitalize = (text: string, locale: AppLocale) => text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);

export default async function BuyerProfilePage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { saved } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/buyer/profile", "update:buyerProfile:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("buyer");
  const [profile, categories] = await Promise.all([getOwnBuyerProfile(actor), listSessionCategories()]);

  const initial = {
    nameRu: profile.nameRu ?? "",
    nameEn: profile.nameEn ?? "",
    nameZh: profile.nameZh ?? "",
    city: profile.city,
    timeZone: profile.timeZone,
    annualImport: annualVolumeToInput(profile.annualImportMinor),
    annualImportCurrency: profile.annualImportCurrency ?? "",
    categoryIds: profile.interests.map((interest) => interest.categoryId).join(","),
    languages: profile.languages.join(","),
  };
  const languageName = new Intl.DisplayNames([locale], { type: "language" });
  const cities = knownCities.map((city) => ({
    value: city.id,
    label: city.name[locale],
    timeZone: city.timeZone,
    names: Object.values(city.name),
  }));

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("profile.title")}</h1>
        <p className="max-w-3xl text-slate-600">{t("profile.intro")}</p>
      </header>
      <BuyerNav current="profile" />
      {saved ? (
        <Alert tone="success" role="status">
          {t("profile.saved")}
        </Alert>
      ) : null}
      <Card className="max-w-4xl">
        <BuyerProfileForm
          initial={initial}
          categories={categories.map(({ id, nameEn, nameZh, nameRu }) => ({ value: id, nameEn, nameZh, nameRu }))}
          cities={cities}
          timeZones={timeZoneChoices()}
          languages={buyerLanguageCodes.map((code) => ({
            value: code,
            label: capitalize(languageName.of(code) ?? code, locale),
          }))}
        />
      </Card>
    </div>
  );
}

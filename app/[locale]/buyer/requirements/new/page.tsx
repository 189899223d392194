import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { Forbidden } from "@/components/account/forbidden";
import { RequirementFormPage } from "@/components/buyer/requirement-form-page";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "buyer.form" });
  return { title: t("newTitle") };
}

export default async function NewRequirementPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/buyer/requirements/new", "manage:requirement:own");
  if (!actor) return <Forbidden />;
  return <RequirementFormPage actor={actor} locale={locale} />;
}

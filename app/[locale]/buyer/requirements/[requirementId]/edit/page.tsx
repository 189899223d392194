import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { minorToDecimalString } from "@/lib/money/minor-units";
import { getOwnRequirement } from "@/lib/requirements/list-own-requirements";
import { Forbidden } from "@/components/account/forbidden";
import { RequirementFormPage } from "@/components/buyer/requirement-form-page";

type Props = { params: Promise<{ locale: AppLocale; requirementId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "buyer.form" });
  return { title: t("editTitle") };
}

export default async function EditRequirementPage({ params }: Props) {
  const { locale, requirementId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/buyer/requirements/${requirementId}/edit`, "manage:requirement:own");
  if (!actor) return <Forbidden />;
  // Another buyer's requirement is "not found", exactly like a missing one.
  const requirement = await getOwnRequirement(actor, requirementId);
  if (!requirement) notFound();

  const initial = {
    categoryId: requirement.categoryId,
    textRu: requirement.textRu ?? "",
    textEn: requirement.textEn ?? "",
    textZh: requirement.textZh ?? "",
    quantity: String(requirement.quantity),
    unit: requirement.unit,
    targetPrice: requirement.targetPriceMinor === null ? "" : minorToDecimalString(requirement.targetPriceMinor),
    currency: requirement.currency ?? "",
    requiredCertifications: requirement.requiredCertifications.join(","),
    incoterm: requirement.incoterm ?? "",
    destinationCity: requirement.destinationCity ?? "",
    neededBy: requirement.neededBy ? requirement.neededBy.toISOString().slice(0, 10) : "",
  };
  return <RequirementFormPage actor={actor} locale={locale} requirementId={requirement.id} initial={initial} />;
}

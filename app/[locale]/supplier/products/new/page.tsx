import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { Forbidden } from "@/components/account/forbidden";
import { SupplierNotApproved } from "@/components/products/not-approved";
import { ProductFormPage } from "@/components/products/product-form-page";
import { emptyProductForm } from "@/components/products/product-form-types";

type Props = { params: Promise<{ locale: AppLocale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "products.form" });
  return { title: t("newTitle") };
}

export default async function NewProductPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/supplier/products/new", "manage:catalogue:own");
  if (!actor) return <Forbidden />;
  if (actor.organization?.status !== "APPROVED") return <SupplierNotApproved />;
  const t = await getTranslations("products.form");
  return <ProductFormPage locale={locale} title={t("newTitle")} defaults={emptyProductForm} />;
}

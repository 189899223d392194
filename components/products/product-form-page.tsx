import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { listProductCategories } from "@/lib/products/list-product-categories";
import { listCertificateTypes } from "@/lib/suppliers/list-certificate-types";
import { Card } from "@/components/ui/card";
import { ProductForm } from "./product-form";
import type { ExistingImage, ProductFormDefaults } from "./product-form-types";

type Props = {
  locale: AppLocale;
  title: string;
  defaults: ProductFormDefaults;
  productId?: string;
  productName?: string;
  existingImages?: ExistingImage[];
  notice?: ReactNode;
};

/** The frame shared by "add" and "edit": heading, back link and the form with its choices. */
export async function ProductFormPage({ locale, title, notice, ...form }: Props) {
  const t = await getTranslations("products.form");
  const [categories, certificateTypes] = await Promise.all([listProductCategories(), listCertificateTypes()]);
  return (
    <div className="mx-auto max-w-5xl space-y-6">
      <header className="space-y-2">
        <Link href="/supplier/products" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="max-w-3xl text-sm text-slate-600">{t("intro")}</p>
      </header>
      {notice}
      <Card>
        <ProductForm
          {...form}
          categories={categories.map((category) => ({
            value: category.id,
            label: localized(category, "name", locale),
          }))}
          certificateTypes={certificateTypes.map((type) => ({
            value: type.code,
            label: localized(type, "name", locale),
          }))}
        />
      </Card>
    </div>
  );
}

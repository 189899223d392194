import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { AppError } from "@/lib/errors";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { minorToDecimalString } from "@/lib/money/minor-units";
import { getOwnProduct, type EditableProduct } from "@/lib/products/get-own-product";
import { fileUrl } from "@/lib/storage/file-url";
import { Forbidden } from "@/components/account/forbidden";
import { BlockedProductNotice } from "@/components/negative-list/blocked-product-notice";
import { SupplierNotApproved } from "@/components/products/not-approved";
import { ProductFormPage } from "@/components/products/product-form-page";
import type { ProductFormDefaults } from "@/components/products/product-form-types";

type Props = { params: Promise<{ locale: AppLocale; productId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "products.form" });
  return { title: t("editTitle") };
}

function formDefaults(product: EditableProduct): ProductFormDefaults {
  return {
    nameZh: product.nameZh ?? "",
    nameEn: product.nameEn ?? "",
    nameRu: product.nameRu ?? "",
    descriptionZh: product.descriptionZh ?? "",
    descriptionEn: product.descriptionEn ?? "",
    descriptionRu: product.descriptionRu ?? "",
    categoryId: product.categoryId,
    hsCode: product.hsCode,
    moq: String(product.moq),
    moqUnit: product.moqUnit,
    priceMin: product.priceMinMinor === null ? "" : minorToDecimalString(product.priceMinMinor),
    // A single price is stored as min = max; show it as one price again.
    priceMax:
      product.priceMaxMinor === null || product.priceMaxMinor === product.priceMinMinor
        ? ""
        : minorToDecimalString(product.priceMaxMinor),
    currency: product.currency,
    leadTimeDays: product.leadTimeDays === null ? "" : String(product.leadTimeDays),
    certifications: product.certifications,
  };
}

export default async function EditProductPage({ params }: Props) {
  const { locale, productId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/supplier/products/${productId}/edit`, "manage:catalogue:own");
  if (!actor) return <Forbidden />;
  if (actor.organization?.status !== "APPROVED") return <SupplierNotApproved />;
  const product = await getOwnProduct(actor, productId).catch((error) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const t = await getTranslations("products.form");
  return (
    <ProductFormPage
      locale={locale}
      title={t("editTitle")}
      productId={product.id}
      productName={localized(product, "name", locale)}
      defaults={formDefaults(product)}
      existingImages={product.images.map((image) => ({ id: image.id, thumbUrl: fileUrl(image.thumbKey) }))}
      notice={
        <BlockedProductNotice entry={product.blockedByEntry} blockedAt={product.blockedAt} timeZone={actor.timeZone} />
      }
    />
  );
}

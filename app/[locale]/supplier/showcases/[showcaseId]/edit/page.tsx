import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { loadOwnShowcase, loadSupplierShowcases } from "@/lib/showcases/load-supplier-showcases";
import { SHOWCASE_MAX_MINUTES, SHOWCASE_MAX_PRODUCTS, SHOWCASE_MIN_MINUTES } from "@/lib/showcases/schemas";
import { toLocalInput } from "@/lib/showcases/local-input";
import { isShowcaseEditable } from "@/lib/showcases/showcase-state";
import { isEntityId } from "@/lib/validation/entity-id";
import { zoneCityName } from "@/lib/time/zone-city";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { ShowcaseForm } from "@/components/showcases/showcase-form";

type Props = { params: Promise<{ locale: AppLocale; showcaseId: string }> };

export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "showcases.supplier" });
  return { title: t("editTitle") };
}

/** The supplier edits one of its showcases before it starts. */
export default async function EditShowcasePage({ params }: Props) {
  const { locale, showcaseId } = await params;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, `/supplier/showcases/${showcaseId}/edit`, "manage:showcase:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("showcases.supplier");
  const now = new Date();
  const showcase = isEntityId(showcaseId) ? await loadOwnShowcase(actor, showcaseId) : null;
  const editable = showcase != null && isShowcaseEditable(showcase, now);
  const { products } = editable ? await loadSupplierShowcases(actor, now) : { products: [] };

  return (
    <div className="mx-auto max-w-4xl space-y-6">
      <header className="space-y-2">
        <Link href="/supplier/showcases" className="text-sm text-brand-700 hover:underline">
          ← {t("back")}
        </Link>
        <h1 className="text-2xl font-semibold">{t("editTitle")}</h1>
      </header>
      {!showcase ? (
        <Alert tone="danger" role="alert">
          {t("notFound")}
        </Alert>
      ) : !editable ? (
        <Alert tone="warning" role="alert">
          {t("notEditable")}
        </Alert>
      ) : (
        <Card>
          <ShowcaseForm
            showcaseId={showcase.id}
            fairZoneLabel={zoneCityName(showcase.session.fair.timeZone, locale)}
            products={products.map((product) => ({ id: product.id, label: localized(product, "name", locale) }))}
            initial={{
              titleZh: showcase.titleZh,
              titleRu: showcase.titleRu,
              titleEn: showcase.titleEn,
              descriptionZh: showcase.descriptionZh,
              descriptionRu: showcase.descriptionRu,
              descriptionEn: showcase.descriptionEn,
              start: toLocalInput(showcase.startsAt, showcase.session.fair.timeZone),
              durationMinutes: Math.round((showcase.endsAt.getTime() - showcase.startsAt.getTime()) / 60_000),
              productIds: showcase.products.map((row) => row.productId),
            }}
            limits={{ min: SHOWCASE_MIN_MINUTES, max: SHOWCASE_MAX_MINUTES, products: SHOWCASE_MAX_PRODUCTS }}
          />
        </Card>
      )}
    </div>
  );
}

import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { requirePageActor } from "@/lib/auth/page-guard";
import type { AppLocale } from "@/lib/i18n/routing";
import { listOwnProducts } from "@/lib/products/list-own-products";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Forbidden } from "@/components/account/forbidden";
import { OwnListPage } from "@/components/layout/own-list-page";
import { ProductRow } from "@/components/products/product-row";

type Props = { params: Promise<{ locale: AppLocale }>; searchParams: Promise<{ done?: string }> };
const doneMessages = ["created", "saved", "deleted"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "products.list" });
  return { title: t("title") };
}

export default async function SupplierProductsPage({ params, searchParams }: Props) {
  const { locale } = await params;
  const { done } = await searchParams;
  setRequestLocale(locale);
  const actor = await requirePageActor(locale, "/supplier/products", "manage:catalogue:own");
  if (!actor) return <Forbidden />;
  const t = await getTranslations("products.list");
  const products = await listOwnProducts(actor);
  const approved = actor.organization?.status === "APPROVED";
  const blocked = products.filter((product) => product.blockedByEntry).length;
  const doneMessage = doneMessages.find((key) => key === done);

  return (
    <OwnListPage
      title={t("title")}
      intro={t("intro")}
      add={approved ? { href: "/supplier/products/new", label: t("add") } : null}
      notApprovedNotice={approved ? undefined : t("notApproved")}
      notices={
        <>
          {doneMessage ? (
            <Alert tone="success" role="status" data-testid="products-done">
              {t(doneMessage)}
            </Alert>
          ) : null}
          {blocked > 0 ? (
            <Alert tone="danger" role="status" data-testid="blocked-summary">
              {t("blockedSummary", { count: blocked })}
            </Alert>
          ) : null}
        </>
      }
      empty={products.length === 0 ? { text: t("empty"), hint: t("emptyHint") } : null}
    >
      <Card className="py-1" aria-labelledby="product-list-heading">
        <h2 id="product-list-heading" className="sr-only">
          {t("count", { count: products.length })}
        </h2>
        <p className="pt-3 text-sm text-slate-500" aria-hidden>
          {t("count", { count: products.length })}
        </p>
        <ul className="divide-y divide-slate-100">
          {products.map((product) => (
            <ProductRow
              key={product.id}
              product={product}
              locale={locale}
              timeZone={actor.timeZone}
              canEdit={approved}
            />
          ))}
        </ul>
      </Card>
    </OwnListPage>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { messageOr } from "@/lib/i18n/message-keys";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoneyRange } from "@/lib/money/format-money";
import type { OwnProduct } from "@/lib/products/list-own-products";
import { fileUrl } from "@/lib/storage/file-url";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { BlockedProductNotice } from "@/components/negative-list/blocked-product-notice";
import { DeleteProductDialog } from "./delete-product-dialog";
import { VisibilityButton } from "./visibility-button";

type Props = { product: OwnProduct; locale: AppLocale; timeZone: string; canEdit: boolean };

/** One product in the supplier's list: picture, key terms, status and what can be done with it. */
export async function ProductRow({ product, locale, timeZone, canEdit }: Props) {
  const t = await getTranslations("products");
  const name = localized(product, "name", locale) || t("list.untitled");
  const otherNames = [product.nameZh, product.nameEn, product.nameRu].filter((n) => n && n !== name);
  const hidden = product.visibility === "HIDDEN_BY_SUPPLIER";
  const thumb = product.images[0]?.thumbKey;
  const moq = messageOr(t, `unitCounts.${product.moqUnit}`, `${product.moq} ${product.moqUnit}`, {
    count: product.moq,
  });

  return (
    <li className="space-y-3 py-4" data-testid="product-row">
      <div className="flex gap-4">
        {thumb ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already a 320 px thumbnail
          <img
            src={fileUrl(thumb)}
            alt=""
            className="h-20 w-20 shrink-0 rounded border border-slate-200 bg-slate-50 object-contain"
          />
        ) : (
          <div className="flex h-20 w-20 shrink-0 items-center justify-center rounded border border-dashed border-slate-300 bg-slate-50 p-1 text-center text-xs text-slate-500">
            {t("list.noImage")}
          </div>
        )}
        <div className="min-w-0 flex-1 space-y-1">
          <div className="flex flex-wrap items-center gap-2">
            <h3 className="font-semibold break-words text-slate-900">{name}</h3>
            {product.blockedByEntry ? (
              <Badge tone="danger">{t("status.BLOCKED")}</Badge>
            ) : (
              <Badge tone={hidden ? "neutral" : "success"}>{t(`status.${product.visibility}`)}</Badge>
            )}
          </div>
          {otherNames.length ? <p className="text-sm break-words text-slate-500">{otherNames.join(" · ")}</p> : null}
          <dl className="grid grid-cols-[max-content_1fr] gap-x-3 gap-y-0.5 text-sm sm:flex sm:flex-wrap sm:gap-x-5">
            {[
              [t("list.category"), localized(product.category, "name", locale)],
              [t("list.hsCode"), product.hsCode],
              [t("list.moq"), moq],
              [
                t("list.price"),
                formatMoneyRange(product.priceMinMinor, product.priceMaxMinor, product.currency, locale),
              ],
            ].map(([label, value]) => (
              <div key={label} className="contents sm:flex sm:gap-1">
                <dt className="text-slate-500">{label}</dt>
                <dd className="min-w-0 break-words text-slate-800 tabular-nums">{value}</dd>
              </div>
            ))}
          </dl>
        </div>
      </div>
      <BlockedProductNotice entry={product.blockedByEntry} blockedAt={product.blockedAt} timeZone={timeZone} />
      {canEdit ? (
        <div className="flex flex-wrap items-start gap-2 sm:pl-24">
          <Button asChild size="sm" variant="secondary">
            <Link href={`/supplier/products/${product.id}/edit`} aria-label={t("list.editLabel", { name })}>
              {t("list.edit")}
            </Link>
          </Button>
          {product.blockedByEntry ? null : (
            <VisibilityButton productId={product.id} productName={name} hidden={hidden} />
          )}
          <DeleteProductDialog productId={product.id} productName={name} />
        </div>
      ) : null}
    </li>
  );
}

import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import type { MatchedProduct } from "@/lib/matching/types";
import { ProductThumb } from "@/components/catalogue/product-thumb";

/** The best matching products of a pair as small linked thumbnails. */
export async function MatchedProducts({
  products,
  sessionId,
  locale,
  own = false,
}: {
  products: MatchedProduct[];
  sessionId: string | null;
  locale: AppLocale;
  own?: boolean;
}) {
  if (products.length === 0) return null;
  const t = await getTranslations("matching.products");
  return (
    <div className="space-y-1">
      <h4 className="text-xs font-medium tracking-wide text-slate-500 uppercase">{t(own ? "ownLabel" : "label")}</h4>
      <ul className="flex flex-wrap gap-3">
        {products.map((product) => {
          const name = localized(product, "name", locale);
          return (
            <li key={product.id} className="w-28">
              <Link
                href={sessionId ? `/products/${product.id}?session=${sessionId}` : `/products/${product.id}`}
                className="group block rounded focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
              >
                <ProductThumb
                  storageKey={product.thumbKey}
                  noImageLabel={t("noImage")}
                  className="h-20 w-28 rounded border border-slate-200"
                />
                <span className="mt-1 line-clamp-2 text-xs break-words text-slate-700 group-hover:underline">
                  {name}
                </span>
              </Link>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { formatMoneyRange } from "@/lib/money/format-money";
import type { ChatProductCardView } from "./chat-types";

/** A product shared into the chat: thumbnail, name in the viewer's language, price range. */
export function ChatProductCard({
  product,
  locale,
  noImage,
}: {
  product: ChatProductCardView;
  locale: AppLocale;
  noImage: string;
}) {
  const price = formatMoneyRange(
    product.priceMinMinor === null ? null : BigInt(product.priceMinMinor),
    product.priceMaxMinor === null ? null : BigInt(product.priceMaxMinor),
    product.currency,
    locale,
  );
  return (
    <div className="mt-1 flex gap-3 rounded-md border border-slate-200 bg-white p-2" data-testid="chat-product">
      {product.thumbKey ? (
        // eslint-disable-next-line @next/next/no-img-element -- stored thumbnails are already small
        <img src={`/api/files/${product.thumbKey}`} alt="" className="h-14 w-14 shrink-0 rounded object-cover" />
      ) : (
        <span className="flex h-14 w-14 shrink-0 items-center justify-center rounded bg-slate-100 text-center text-[10px] text-slate-500">
          {noImage}
        </span>
      )}
      <span className="min-w-0">
        <span className="block truncate font-medium text-slate-900">{localized(product, "name", locale)}</span>
        <span className="block text-sm text-slate-600 tabular-nums">{price}</span>
      </span>
    </div>
  );
}

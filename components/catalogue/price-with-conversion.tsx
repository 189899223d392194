import { getTranslations } from "next-intl/server";
import type { Currency } from "@/lib/generated/prisma/enums";
import type { AppLocale } from "@/lib/i18n/routing";
import { priceLines } from "@/lib/catalogue/money";

type Props = {
  min: bigint | null;
  max: bigint | null;
  currency: Currency;
  /** The viewer's currency and the fair's rates (minor units per US cent × 1e6). */
  viewerCurrency: Currency;
  rates: Partial<Record<Currency, bigint>>;
  locale: AppLocale;
  size?: "sm" | "lg";
};

/** The supplier's own price first; below it, approximately, in the viewer's currency. */
export async function PriceWithConversion({ min, max, currency, viewerCurrency, rates, locale, size = "sm" }: Props) {
  const t = await getTranslations("catalogue.card");
  const lines = priceLines(min, max, currency, viewerCurrency, rates, locale);
  if (!lines) return <p className="text-sm text-slate-600">{t("priceOnRequest")}</p>;
  return (
    <div>
      <p className={size === "lg" ? "text-2xl font-semibold text-slate-900" : "font-semibold text-slate-900"}>
        {lines.price}
      </p>
      {lines.converted ? (
        <p className={size === "lg" ? "text-sm text-slate-600" : "text-xs text-slate-500"}>
          {t("approx", { amount: lines.converted })}
        </p>
      ) : null}
    </div>
  );
}

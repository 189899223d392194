"use client";

import { useTranslations } from "next-intl";
import { currencies } from "@/lib/catalogue/money";

/**
 * The options of a currency <Select>, named in the viewer's language (one list of
 * names for every form). `placeholder` adds an empty first choice for optional fields.
 */
export function CurrencyOptions({ placeholder }: { placeholder?: string }) {
  const t = useTranslations("common.currencies");
  return (
    <>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {currencies.map((currency) => (
        <option key={currency} value={currency}>
          {t(currency)}
        </option>
      ))}
    </>
  );
}

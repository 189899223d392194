"use client";

import { useTranslations } from "next-intl";
import { moqUnits } from "@/lib/products/schemas";
import { CurrencyOptions } from "@/components/ui/currency-options";
import { RequiredLabel } from "./required-label";
import { Field, Input, Select, fieldA11y } from "@/components/ui/field";
import type { Choice, ProductFormDefaults } from "./product-form-types";

type Props = { defaults: ProductFormDefaults; errors: Record<string, string>; categories: Choice[] };

/** Category and HS code: what customs and the negative list look at. */
export function ProductClassificationFields({ defaults, errors, categories }: Props) {
  const t = useTranslations("products.form");
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <Field
        id="categoryId"
        label={<RequiredLabel>{t("category")}</RequiredLabel>}
        error={errors.categoryId}
        hint={categories.length ? undefined : t("noCategories")}
      >
        <Select {...fieldA11y("categoryId", errors.categoryId)} defaultValue={defaults.categoryId} required>
          <option value="">{t("chooseCategory")}</option>
          {categories.map((category) => (
            <option key={category.value} value={category.value}>
              {category.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        id="hsCode"
        label={<RequiredLabel>{t("hsCode")}</RequiredLabel>}
        error={errors.hsCode}
        hint={t("hsCodeHint")}
      >
        <Input
          {...fieldA11y("hsCode", errors.hsCode)}
          aria-describedby={errors.hsCode ? "hsCode-error" : "hsCode-hint"}
          defaultValue={defaults.hsCode}
          inputMode="numeric"
          autoComplete="off"
          maxLength={20}
          required
        />
      </Field>
    </div>
  );
}

/** Minimum order, price range and lead time. */
export function ProductTermsFields({ defaults, errors }: Omit<Props, "categories">) {
  const t = useTranslations("products.form");
  const tUnits = useTranslations("products.units");
  return (
    <div className="space-y-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="moq" label={<RequiredLabel>{t("moq")}</RequiredLabel>} error={errors.moq}>
          <Input {...fieldA11y("moq", errors.moq)} defaultValue={defaults.moq} inputMode="numeric" required />
        </Field>
        <Field id="moqUnit" label={<RequiredLabel>{t("moqUnit")}</RequiredLabel>} error={errors.moqUnit}>
          <Select {...fieldA11y("moqUnit", errors.moqUnit)} defaultValue={defaults.moqUnit} required>
            {moqUnits.map((unit) => (
              <option key={unit} value={unit}>
                {tUnits(unit)}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="priceMin" label={<RequiredLabel>{t("priceMin")}</RequiredLabel>} error={errors.priceMin}>
          <Input
            {...fieldA11y("priceMin", errors.priceMin)}
            aria-describedby={errors.priceMin ? "priceMin-error" : "price-hint"}
            defaultValue={defaults.priceMin}
            inputMode="decimal"
            required
          />
        </Field>
        <Field id="priceMax" label={t("priceMax")} error={errors.priceMax}>
          <Input
            {...fieldA11y("priceMax", errors.priceMax)}
            aria-describedby={errors.priceMax ? "priceMax-error" : "price-hint"}
            defaultValue={defaults.priceMax}
            inputMode="decimal"
          />
        </Field>
        <Field id="currency" label={<RequiredLabel>{t("currency")}</RequiredLabel>} error={errors.currency}>
          <Select {...fieldA11y("currency", errors.currency)} defaultValue={defaults.currency} required>
            <CurrencyOptions />
          </Select>
        </Field>
      </div>
      <p id="price-hint" className="-mt-2 text-xs text-slate-500">
        {t("priceHint")}
      </p>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="leadTimeDays" label={t("leadTimeDays")} error={errors.leadTimeDays} hint={t("leadTimeHint")}>
          <Input
            {...fieldA11y("leadTimeDays", errors.leadTimeDays)}
            aria-describedby={errors.leadTimeDays ? "leadTimeDays-error" : "leadTimeDays-hint"}
            defaultValue={defaults.leadTimeDays}
            inputMode="numeric"
          />
        </Field>
      </div>
    </div>
  );
}

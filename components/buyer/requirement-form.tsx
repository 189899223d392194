"use client";

import { useActionState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { createRequirementAction, updateRequirementAction } from "@/app/[locale]/buyer/requirements/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import type { AppLocale } from "@/lib/i18n/routing";
import { incoterms, requirementUnits } from "@/lib/requirements/schemas";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { CurrencyOptions } from "@/components/ui/currency-options";
import { Field, Input, Select, Textarea, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import type {
  CategoryChoice,
  CityChoice,
  NamedChoice,
  RequirementFormValues,
  SessionChoice,
} from "./requirement-form-types";
import { RequirementTargetFields } from "./requirement-target-fields";

type Props = {
  /** Set when editing; the form then saves instead of posting. */
  requirementId?: string;
  initial?: RequirementFormValues;
  categories: CategoryChoice[];
  sessions: SessionChoice[];
  certificateTypes: NamedChoice[];
  cities: CityChoice[];
  /** Today in the buyer's zone (YYYY-MM-DD), the earliest needed-by date. */
  today: string;
};

const textFields = ["textRu", "textEn", "textZh"] as const;

/** Post or edit a purchasing requirement; on an error every value stays as typed. */
export function RequirementForm({
  requirementId,
  initial = {},
  categories,
  sessions,
  certificateTypes,
  cities,
  today,
}: Props) {
  const t = useTranslations("buyer");
  const locale = useLocale() as AppLocale;
  const editing = Boolean(requirementId);
  const [state, formAction, pending] = useActionState(
    editing ? updateRequirementAction : createRequirementAction,
    idleFormState,
  );
  useFormRedirect(state);
  const values: RequirementFormValues = state.status === "error" ? state.values : initial;
  const errors = state.status === "error" ? state.fieldErrors : {};
  const a11y = (id: string, hinted = false) => ({
    ...fieldA11y(id, errors[id]),
    "aria-describedby": errors[id] ? `${id}-error` : hinted ? `${id}-hint` : undefined,
  });

  return (
    <form action={formAction} className="space-y-6" noValidate>
      {requirementId ? <input type="hidden" name="requirementId" value={requirementId} /> : null}
      <FormStatus state={state} />

      <RequirementTargetFields categories={categories} sessions={sessions} values={values} errors={errors} />

      <fieldset className="space-y-3" aria-describedby={errors.textRu ? "textRu-error text-hint" : "text-hint"}>
        <legend className="text-sm font-medium text-slate-800">{t("form.text")}</legend>
        <p id="text-hint" className="text-xs text-slate-500">
          {t("form.textHint")}
        </p>
        {textFields.map((field) => (
          <Field key={field} id={field} label={t(`form.${field}`)} error={errors[field]}>
            <Textarea {...a11y(field)} rows={3} defaultValue={values[field]} />
          </Field>
        ))}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="quantity" label={t("form.quantity")} error={errors.quantity}>
          <Input {...a11y("quantity")} inputMode="numeric" autoComplete="off" defaultValue={values.quantity} />
        </Field>
        <Field id="unit" label={t("form.unit")} error={errors.unit}>
          <Select {...a11y("unit")} defaultValue={values.unit ?? ""}>
            <option value="">{t("form.unitPlaceholder")}</option>
            {requirementUnits.map((unit) => (
              <option key={unit} value={unit}>
                {t(`units.${unit}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field
          id="targetPrice"
          label={t("form.targetPrice")}
          error={errors.targetPrice}
          hint={t("form.targetPriceHint")}
        >
          <Input
            {...a11y("targetPrice", true)}
            inputMode="decimal"
            autoComplete="off"
            defaultValue={values.targetPrice}
          />
        </Field>
        <Field id="currency" label={t("form.currency")} error={errors.currency}>
          <Select {...a11y("currency")} defaultValue={values.currency ?? ""}>
            <CurrencyOptions placeholder={t("form.currencyNone")} />
          </Select>
        </Field>
      </div>

      {certificateTypes.length > 0 ? (
        <CheckboxGroup
          name="requiredCertifications"
          legend={t("form.certifications")}
          hint={t("form.certificationsHint")}
          error={errors.requiredCertifications}
          checked={(values.requiredCertifications ?? "").split(",")}
          options={certificateTypes.map((type) => ({ value: type.value, label: localized(type, "name", locale) }))}
        />
      ) : null}

      <div className="grid gap-4 sm:grid-cols-3">
        <Field id="incoterm" label={t("form.incoterm")} error={errors.incoterm}>
          <Select {...a11y("incoterm")} defaultValue={values.incoterm ?? ""}>
            <option value="">{t("form.incotermNone")}</option>
            {incoterms.map((term) => (
              <option key={term} value={term}>
                {t(`incoterms.${term}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="destinationCity" label={t("form.destinationCity")} error={errors.destinationCity}>
          <Input
            {...a11y("destinationCity")}
            list="destination-cities"
            autoComplete="off"
            defaultValue={values.destinationCity}
          />
        </Field>
        <Field id="neededBy" label={t("form.neededBy")} error={errors.neededBy} hint={t("form.neededByHint")}>
          <Input {...a11y("neededBy", true)} type="date" min={today} defaultValue={values.neededBy} />
        </Field>
      </div>
      <datalist id="destination-cities">
        {cities.map((city) => (
          <option key={city.value} value={city.label} />
        ))}
      </datalist>

      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center">
        <Button asChild variant="secondary">
          <Link href="/buyer/requirements">{t("form.cancel")}</Link>
        </Button>
        <Button type="submit" disabled={pending}>
          {editing ? (pending ? t("form.saving") : t("form.save")) : pending ? t("form.creating") : t("form.create")}
        </Button>
      </div>
    </form>
  );
}

"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { scheduleShowcaseAction, updateShowcaseAction } from "@/app/[locale]/supplier/showcases/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { Field, Input, Select, Textarea, fieldA11y } from "@/components/ui/field";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

type Option = { id: string; label: string };

type Initial = {
  titleZh?: string | null;
  titleRu?: string | null;
  titleEn?: string | null;
  descriptionZh?: string | null;
  descriptionRu?: string | null;
  descriptionEn?: string | null;
  start?: string;
  durationMinutes?: number;
  productIds?: string[];
};

type Props = {
  /** Scheduling: the sessions to choose from; editing: the showcase's id. */
  sessions?: (Option & { zone: string })[];
  showcaseId?: string;
  fairZoneLabel?: string;
  products: Option[];
  initial?: Initial;
  limits: { min: number; max: number; products: number };
};

const languages = ["Zh", "Ru", "En"] as const;

/** Title and description in three languages, start (fair time), length and featured products. */
export function ShowcaseForm({ sessions, showcaseId, fairZoneLabel, products, initial = {}, limits }: Props) {
  const t = useTranslations("showcases.supplier");
  const [state, formAction, pending] = useActionState(
    showcaseId ? updateShowcaseAction : scheduleShowcaseAction,
    idleFormState,
  );
  useFormRedirect(state);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const text = (key: string, fallback?: string | null) => values[key] ?? fallback ?? "";
  const chosenProducts = state.status === "error" ? (values.productIds ?? "").split(",") : (initial.productIds ?? []);
  const zone = fairZoneLabel ?? sessions?.[0]?.zone ?? "";

  return (
    <form action={formAction} className="space-y-5" noValidate data-testid="showcase-form">
      {showcaseId ? <input type="hidden" name="showcaseId" value={showcaseId} /> : null}
      <FormStatus state={state} />
      {sessions ? (
        <Field id="sessionId" label={t("session")} error={errors.sessionId}>
          <Select {...fieldA11y("sessionId", errors.sessionId)} defaultValue={values.sessionId ?? sessions[0]?.id}>
            {sessions.map((session) => (
              <option key={session.id} value={session.id}>
                {session.label}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      <div className="grid gap-4 md:grid-cols-3">
        {languages.map((language) => (
          <Field
            key={language}
            id={`title${language}`}
            label={t(`title${language}`)}
            error={errors[`title${language}`]}
            hint={language === "En" ? t("titleHint") : undefined}
          >
            <Input
              {...fieldA11y(`title${language}`, errors[`title${language}`])}
              defaultValue={text(`title${language}`, initial[`title${language}`])}
              maxLength={120}
            />
          </Field>
        ))}
      </div>
      <div className="grid gap-4 md:grid-cols-3">
        {languages.map((language) => (
          <Field
            key={language}
            id={`description${language}`}
            label={t(`description${language}`)}
            error={errors[`description${language}`]}
          >
            <Textarea
              {...fieldA11y(`description${language}`, errors[`description${language}`])}
              defaultValue={text(`description${language}`, initial[`description${language}`])}
              rows={3}
              maxLength={2000}
            />
          </Field>
        ))}
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="start" label={t("start")} error={errors.start} hint={t("startHint", { zone })}>
          <Input
            type="datetime-local"
            {...fieldA11y("start", errors.start)}
            defaultValue={text("start", initial.start)}
          />
        </Field>
        <Field
          id="durationMinutes"
          label={t("duration")}
          error={errors.durationMinutes}
          hint={t("durationHint", { min: limits.min, max: limits.max })}
        >
          <Input
            type="number"
            min={limits.min}
            max={limits.max}
            step={5}
            {...fieldA11y("durationMinutes", errors.durationMinutes)}
            defaultValue={text("durationMinutes", String(initial.durationMinutes ?? 30))}
          />
        </Field>
      </div>
      <fieldset className="space-y-2" aria-describedby="products-hint">
        <legend className="text-sm font-medium text-slate-800">{t("products")}</legend>
        <p id="products-hint" className="text-xs text-slate-500">
          {t("productsHint", { max: limits.products })}
        </p>
        {errors.productIds ? <p className="text-sm text-red-700">{errors.productIds}</p> : null}
        {products.length === 0 ? (
          <p className="text-sm text-slate-600">{t("noProducts")}</p>
        ) : (
          <ul className="grid gap-2 sm:grid-cols-2">
            {products.map((product) => (
              <li key={product.id}>
                <label className="flex cursor-pointer items-center gap-2 rounded-md border border-slate-200 px-3 py-2 text-sm has-[:checked]:border-brand-500 has-[:checked]:bg-brand-50">
                  <input
                    type="checkbox"
                    name="productIds"
                    value={product.id}
                    defaultChecked={chosenProducts.includes(product.id)}
                  />
                  <span className="min-w-0 truncate">{product.label}</span>
                </label>
              </li>
            ))}
          </ul>
        )}
      </fieldset>
      {showcaseId ? <p className="text-xs text-slate-500">{t("movedHint")}</p> : null}
      <Button type="submit" disabled={pending}>
        {showcaseId ? t("save") : t("submit")}
      </Button>
    </form>
  );
}

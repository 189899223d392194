"use client";

import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { useTranslations } from "next-intl";
import { createProductAction, updateProductAction } from "@/app/[locale]/supplier/products/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Link } from "@/lib/i18n/navigation";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { useFormRedirect } from "@/components/auth/use-form-redirect";
import { CheckboxGroup } from "@/components/ui/checkbox-group";
import { ProductImagePicker } from "./product-image-picker";
import { ProductNameFields } from "./product-name-fields";
import { ProductClassificationFields, ProductTermsFields } from "./product-terms-fields";
import type { Choice, ExistingImage, ProductFormDefaults } from "./product-form-types";
import { useSubmitWithoutReset } from "./use-submit-without-reset";

type Props = {
  productId?: string;
  productName?: string;
  defaults: ProductFormDefaults;
  categories: Choice[];
  certificateTypes: Choice[];
  existingImages?: ExistingImage[];
};

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3 py-5 first:pt-0">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** Create or edit a product; errors appear next to their fields and nothing typed or chosen is lost. */
export function ProductForm({
  productId,
  productName = "",
  defaults,
  categories,
  certificateTypes,
  existingImages = [],
}: Props) {
  const t = useTranslations("products.form");
  const [state, formAction, pending] = useActionState(
    productId ? updateProductAction : createProductAction,
    idleFormState,
  );
  useFormRedirect(state);
  const onSubmit = useSubmitWithoutReset(formAction);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const errorRef = useRef<HTMLDivElement>(null);
  // The form is long: bring the message into view (and to screen readers' attention) after a failed save.
  useEffect(() => {
    if (state.status === "error") errorRef.current?.focus();
  }, [state]);

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-5" noValidate>
      {productId ? <input type="hidden" name="productId" value={productId} /> : null}
      {state.status === "error" && state.formError ? (
        <Alert
          ref={errorRef}
          tabIndex={-1}
          tone="danger"
          role="alert"
          data-testid="form-error"
          className="scroll-mt-4 break-words focus:outline-none"
        >
          {state.formError}
        </Alert>
      ) : null}
      <div className="divide-y divide-slate-200">
        <Section id="names-heading" title={t("namesHeading")}>
          <ProductNameFields defaults={defaults} errors={errors} />
        </Section>
        <Section id="classification-heading" title={t("classificationHeading")}>
          <ProductClassificationFields defaults={defaults} errors={errors} categories={categories} />
        </Section>
        <Section id="terms-heading" title={t("termsHeading")}>
          <ProductTermsFields defaults={defaults} errors={errors} />
        </Section>
        <Section id="certifications-heading" title={t("certificationsHeading")}>
          <CheckboxGroup
            name="certifications"
            legend={<span className="sr-only">{t("certificationsHeading")}</span>}
            hint={t("certificationsHint")}
            options={certificateTypes}
            checked={defaults.certifications}
            error={errors.certifications}
          />
        </Section>
        <Section id="images-heading" title={t("imagesHeading")}>
          <ProductImagePicker existing={existingImages} productName={productName} error={errors.images} />
        </Section>
      </div>
      <div className="flex flex-col-reverse gap-2 border-t border-slate-200 pt-5 sm:flex-row sm:justify-end">
        <Button asChild variant="secondary">
          <Link href="/supplier/products">{t("cancel")}</Link>
        </Button>
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : productId ? t("save") : t("create")}
        </Button>
      </div>
    </form>
  );
}

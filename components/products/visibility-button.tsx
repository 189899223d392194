"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setProductVisibilityAction } from "@/app/[locale]/supplier/products/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

/** Hide a visible product from the catalogue, or show a hidden one again. */
export function VisibilityButton({
  productId,
  productName,
  hidden,
}: {
  productId: string;
  productName: string;
  hidden: boolean;
}) {
  const t = useTranslations("products.list");
  const [state, formAction, pending] = useActionState(setProductVisibilityAction, idleFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="productId" value={productId} />
      <input type="hidden" name="visibility" value={hidden ? "VISIBLE" : "HIDDEN_BY_SUPPLIER"} />
      <Button
        type="submit"
        size="sm"
        variant="secondary"
        disabled={pending}
        aria-label={hidden ? t("showLabel", { name: productName }) : t("hideLabel", { name: productName })}
      >
        {hidden ? t("show") : t("hide")}
      </Button>
      {state.status === "error" ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}

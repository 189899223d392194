"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setLogoAction } from "@/app/[locale]/supplier/profile/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/products/file-picker";

/** Upload a new logo (same rules as product images) or remove the current one. */
export function LogoForm({ logoUrl, companyName }: { logoUrl: string | null; companyName: string }) {
  const t = useTranslations("products.profile");
  const [state, formAction, pending] = useActionState(setLogoAction, idleFormState);
  const error = state.status === "error" ? (state.fieldErrors.logo ?? state.formError) : undefined;

  return (
    <div className="flex flex-col gap-4 sm:flex-row sm:items-start">
      {logoUrl ? (
        // eslint-disable-next-line @next/next/no-img-element -- served by our own route, already resized
        <img
          src={logoUrl}
          alt={t("logoAlt", { name: companyName })}
          className="h-28 w-28 shrink-0 rounded border border-slate-200 bg-white object-contain p-1"
        />
      ) : (
        <div className="flex h-28 w-28 shrink-0 items-center justify-center rounded border border-dashed border-slate-300 bg-slate-50 p-2 text-center text-xs text-slate-500">
          {t("noLogo")}
        </div>
      )}
      <div className="min-w-0 flex-1 space-y-3">
        {state.status === "success" ? (
          <Alert tone="success" role="status">
            {state.message === "removed" ? t("logoRemoved") : t("logoSaved")}
          </Alert>
        ) : null}
        <form action={formAction} className="space-y-2" noValidate>
          <label htmlFor="logo" className="block text-sm font-medium text-slate-800">
            {t("logo")}
          </label>
          <FilePicker
            id="logo"
            accept="image/jpeg,image/png,image/webp"
            describedBy={error ? "logo-hint logo-error" : "logo-hint"}
            invalid={Boolean(error)}
          />
          <p id="logo-hint" className="text-xs text-slate-500">
            {t("logoHint")}
          </p>
          {error ? (
            <p id="logo-error" role="alert" className="text-sm text-red-700">
              {error}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <Button type="submit" size="sm" disabled={pending}>
              {pending ? t("uploading") : t("uploadLogo")}
            </Button>
            {logoUrl ? (
              <Button type="submit" size="sm" variant="secondary" name="remove" value="1" disabled={pending}>
                {t("removeLogo")}
              </Button>
            ) : null}
          </div>
        </form>
      </div>
    </div>
  );
}

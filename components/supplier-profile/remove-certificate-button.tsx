"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { removeCertificateAction } from "@/app/[locale]/supplier/profile/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { Button } from "@/components/ui/button";

export function RemoveCertificateButton({ certificateId, label }: { certificateId: string; label: string }) {
  const t = useTranslations("products.profile");
  const [state, formAction, pending] = useActionState(removeCertificateAction, idleFormState);
  return (
    <form action={formAction}>
      <input type="hidden" name="certificateId" value={certificateId} />
      <Button
        type="submit"
        size="sm"
        variant="ghost"
        className="text-red-700 hover:bg-red-50"
        disabled={pending}
        aria-label={label}
      >
        {t("removeCertificate")}
      </Button>
      {state.status === "error" ? (
        <p role="alert" className="text-xs text-red-700">
          {state.formError}
        </p>
      ) : null}
    </form>
  );
}

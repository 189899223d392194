"use client";

import { useActionState, useState } from "react";
import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { deleteProductAction } from "@/app/[locale]/supplier/products/actions";
import { idleFormState } from "@/lib/actions/form-state";
import { FormStatus } from "@/components/ui/form-status";
import { Button } from "@/components/ui/button";
import { useFormRedirect } from "@/components/auth/use-form-redirect";

/** Deleting is final, so it asks first and names the product. */
export function DeleteProductDialog({ productId, productName }: { productId: string; productName: string }) {
  const t = useTranslations("products.delete");
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState(deleteProductAction, idleFormState);

  // On success the list is loaded again without this product, which also closes the dialog.
  useFormRedirect(state);

  return (
    <Dialog.Root open={open} onOpenChange={setOpen}>
      <Dialog.Trigger asChild>
        <Button
          size="sm"
          variant="ghost"
          className="text-red-700 hover:bg-red-50"
          aria-label={t("label", { name: productName })}
        >
          {t("button")}
        </Button>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-slate-900/40" />
        <Dialog.Content className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100vh-2rem)] w-[min(32rem,calc(100vw-2rem))] -translate-x-1/2 -translate-y-1/2 space-y-4 overflow-y-auto rounded-lg bg-white p-6 shadow-xl focus:outline-none">
          <Dialog.Title className="text-lg font-semibold">{t("title")}</Dialog.Title>
          <Dialog.Description className="text-sm break-words text-slate-600">
            {t("description", { name: productName })}
          </Dialog.Description>
          <form action={formAction} className="space-y-4">
            <input type="hidden" name="productId" value={productId} />
            <FormStatus state={state} />
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Dialog.Close asChild>
                <Button type="button" variant="secondary">
                  {t("cancel")}
                </Button>
              </Dialog.Close>
              <Button type="submit" variant="danger" disabled={pending}>
                {pending ? t("deleting") : t("confirm")}
              </Button>
            </div>
          </form>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

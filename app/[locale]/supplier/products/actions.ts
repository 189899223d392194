"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import type { FormState } from "@/lib/actions/form-state";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { createProduct } from "@/lib/products/create-product";
import { deleteProduct } from "@/lib/products/delete-product";
import { readStrings, readUploads } from "@/lib/products/read-uploads";
import { productIdSchema, productSchema, productVisibilitySchema } from "@/lib/products/schemas";
import { setProductVisibility } from "@/lib/products/set-product-visibility";
import { updateProduct } from "@/lib/products/update-product";

async function requestLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : "en";
}

function refreshProductPages() {
  revalidatePath("/[locale]/supplier/products", "layout");
}

// The files are read here because the shared form wrapper passes on text fields only.
export async function createProductAction(previous: FormState, formData: FormData): Promise<FormState> {
  const images = await readUploads(formData, "images");
  const locale = await requestLocale();
  return defineFormAction({
    schema: productSchema,
    auth: true,
    permission: "catalogue:manage-own",
    handler: async (input, actor) => {
      await createProduct(actor, input, { images, locale });
      refreshProductPages();
      return { status: "success", redirectTo: `/${locale}/supplier/products?done=created` };
    },
  })(previous, formData);
}

export async function updateProductAction(previous: FormState, formData: FormData): Promise<FormState> {
  const images = await readUploads(formData, "images");
  const removeImageIds = readStrings(formData, "removeImageIds");
  const productId = readStrings(formData, "productId")[0] ?? "";
  const locale = await requestLocale();
  return defineFormAction({
    schema: productSchema,
    auth: true,
    permission: "catalogue:manage-own",
    handler: async (input, actor) => {
      await updateProduct(actor, productId, input, { images, removeImageIds, locale });
      refreshProductPages();
      return { status: "success", redirectTo: `/${locale}/supplier/products?done=saved` };
    },
  })(previous, formData);
}

export const setProductVisibilityAction = defineFormAction({
  schema: productVisibilitySchema,
  auth: true,
  permission: "catalogue:manage-own",
  handler: async ({ productId, visibility }, actor) => {
    await setProductVisibility(actor, productId, visibility);
    refreshProductPages();
    return { status: "success" };
  },
});

export const deleteProductAction = defineFormAction({
  schema: productIdSchema,
  auth: true,
  permission: "catalogue:manage-own",
  handler: async ({ productId }, actor) => {
    await deleteProduct(actor, productId);
    // No revalidation here: it would remove the row, and with it the dialog, before the
    // dialog can follow redirectTo; navigating there loads the fresh list anyway.
    return { status: "success", redirectTo: `/${await requestLocale()}/supplier/products?done=deleted` };
  },
});

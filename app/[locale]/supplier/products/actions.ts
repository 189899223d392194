"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { isAppLocale, type AppLocale } from "@/lib/i18n/routing";
import { createProduct } from "@/lib/products/create-product";
import { deleteProduct } from "@/lib/products/delete-product";
import {
  productIdSchema,
  productSchema,
  productVisibilitySchema,
  updateProductFormSchema,
} from "@/lib/products/schemas";
import { setProductVisibility } from "@/lib/products/set-product-visibility";
import { updateProduct } from "@/lib/products/update-product";

async function requestLocale(): Promise<AppLocale> {
  const locale = await getLocale();
  return isAppLocale(locale) ? locale : "en";
}

function refreshProductPages() {
  revalidatePath("/[locale]/supplier/products", "layout");
}

export const createProductAction = defineFormAction({
  schema: productSchema,
  auth: true,
  permission: "manage:catalogue:own",
  files: ["images"],
  handler: async (input, actor, { images }) => {
    const locale = await requestLocale();
    await createProduct(actor, input, { images, locale });
    refreshProductPages();
    return { status: "success", redirectTo: `/${locale}/supplier/products?done=created` };
  },
});

export const updateProductAction = defineFormAction({
  schema: productSchema.and(updateProductFormSchema),
  auth: true,
  permission: "manage:catalogue:own",
  files: ["images"],
  handler: async ({ productId, removeImageIds, ...input }, actor, { images }) => {
    const locale = await requestLocale();
    await updateProduct(actor, productId, input, { images, removeImageIds, locale });
    refreshProductPages();
    return { status: "success", redirectTo: `/${locale}/supplier/products?done=saved` };
  },
});

export const setProductVisibilityAction = defineFormAction({
  schema: productVisibilitySchema,
  auth: true,
  permission: "manage:catalogue:own",
  handler: async ({ productId, visibility }, actor) => {
    await setProductVisibility(actor, productId, visibility);
    refreshProductPages();
    return { status: "success" };
  },
});

export const deleteProductAction = defineFormAction({
  schema: productIdSchema,
  auth: true,
  permission: "manage:catalogue:own",
  handler: async ({ productId }, actor) => {
    await deleteProduct(actor, productId);
    // No revalidation here: it would remove the row, and with it the dialog, before the
    // dialog can follow redirectTo; navigating there loads the fresh list anyway.
    return { status: "success", redirectTo: `/${await requestLocale()}/supplier/products?done=deleted` };
  },
});

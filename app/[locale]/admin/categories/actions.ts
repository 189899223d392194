"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { categorySynonymsSchema } from "@/lib/categories/schemas";
import { setCategorySynonyms } from "@/lib/categories/set-category-synonyms";

export const setCategorySynonymsAction = defineFormAction({
  schema: categorySynonymsSchema,
  auth: true,
  permission: "manage:category:any",
  handler: async (input, actor) => {
    const { products } = await setCategorySynonyms(actor, input);
    revalidatePath("/[locale]/admin/categories", "page");
    return { status: "success", message: String(products) };
  },
});

"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { buyerProfileSchema } from "@/lib/buyers/schemas";
import { updateBuyerProfile } from "@/lib/buyers/update-buyer-profile";

export const updateBuyerProfileAction = defineFormAction({
  schema: buyerProfileSchema,
  auth: true,
  permission: "update:buyerProfile:own",
  handler: async (input, actor) => {
    await updateBuyerProfile(actor, input);
    // The company name shows in the header on every page.
    revalidatePath("/", "layout");
    return { status: "success", redirectTo: `/${await getLocale()}/buyer/profile?saved=1` };
  },
});

"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { reviewOrganizationSchema } from "@/lib/organizations/schemas";
import { reviewOrganization } from "@/lib/organizations/review-organization";

export const reviewOrganizationAction = defineFormAction({
  schema: reviewOrganizationSchema,
  auth: true,
  permission: "organization:review",
  handler: async (input, actor) => {
    await reviewOrganization(actor, input);
    revalidatePath("/[locale]/admin/organizations", "page");
    return { status: "success" };
  },
});

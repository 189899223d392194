"use server";

import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { signUpSchema } from "@/lib/organizations/schemas";
import { registerOrganization } from "@/lib/organizations/register-organization";

export const signUpAction = defineFormAction({
  schema: signUpSchema,
  auth: false,
  handler: async (input) => {
    await registerOrganization(input);
    // Stay in the language the form was filled in; the preferred language applies after sign-in.
    const locale = await getLocale();
    return { status: "success", redirectTo: `/${locale}/login?registered=1&email=${encodeURIComponent(input.email)}` };
  },
});

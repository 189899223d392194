"use server";

import { headers } from "next/headers";
import { getLocale } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { requestClientAddress } from "@/lib/http/request-client-address";
import { signUpSchema } from "@/lib/organizations/schemas";
import { registerOrganization } from "@/lib/organizations/register-organization";

export const signUpAction = defineFormAction({
  schema: signUpSchema,
  auth: false,
  handler: async (input) => {
    // The outcome (new or registered address) is deliberately not shown: both get the same page.
    await registerOrganization(input, { clientAddress: requestClientAddress(await headers()) });
    // Stay in the language the form was filled in; the preferred language applies after sign-in.
    const locale = await getLocale();
    return { status: "success", redirectTo: `/${locale}/signup/check-email` };
  },
});

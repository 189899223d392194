"use server";

import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { requestVerificationMail, resendVerificationSchema } from "@/lib/email-verification/request-verification-mail";
import { requestClientAddress } from "@/lib/http/request-client-address";

export const resendVerificationAction = defineFormAction({
  schema: resendVerificationSchema,
  auth: false,
  handler: async (input) => {
    await requestVerificationMail(input, { clientAddress: requestClientAddress(await headers()) });
    const t = await getTranslations("auth.signIn");
    // The same words whether or not the address waits for confirmation.
    return { status: "success", message: t("resendSent") };
  },
});

"use server";

import { z } from "zod";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { rememberLocale } from "@/lib/users/update-profile";

/** The language switcher's choice for a signed-in person; rememberLocale ignores an unknown locale. */
export const rememberLocaleAction = defineFormAction({
  schema: z.object({ locale: z.string() }),
  auth: true,
  handler: async ({ locale }, actor) => {
    await rememberLocale(actor, locale);
  },
});

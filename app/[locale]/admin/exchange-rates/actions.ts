"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { setExchangeRatesSchema } from "@/lib/catalogue/schemas";
import { setExchangeRates } from "@/lib/catalogue/set-exchange-rates";

export const setExchangeRatesAction = defineFormAction({
  schema: setExchangeRatesSchema,
  auth: true,
  permission: "manage:fair:any",
  handler: async (input, actor) => {
    await setExchangeRates(actor, input);
    revalidatePath("/[locale]/admin/exchange-rates", "page");
    return { status: "success" };
  },
});

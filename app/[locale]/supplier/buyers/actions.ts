"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { reactToMatch } from "@/lib/matching/react-to-match";
import { reactToMatchSchema } from "@/lib/matching/schemas";

/** The supplier marks a buyer's requirement "interested" / "not relevant" (or clears it). */
export const reactToBuyerAction = defineFormAction({
  schema: reactToMatchSchema,
  auth: true,
  permission: "react:match:own",
  handler: async (input, actor) => {
    await reactToMatch(actor, input);
    revalidatePath("/[locale]/supplier/buyers", "page");
  },
});

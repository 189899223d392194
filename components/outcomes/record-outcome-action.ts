"use server";

import { revalidatePath } from "next/cache";
import { defineFormAction } from "@/lib/actions/define-form-action";
import { recordOutcome } from "@/lib/outcomes/record-outcome";
import { outcomeSchema } from "@/lib/outcomes/schemas";

/** The meeting page's outcome form: one side records (or corrects) its outcome. */
export const recordOutcomeAction = defineFormAction({
  schema: outcomeSchema,
  auth: true,
  permission: "request:meeting:own",
  handler: async (input, actor) => {
    await recordOutcome(actor, input);
    revalidatePath("/[locale]/meetings/[meetingId]", "page");
    return { status: "success" };
  },
});
